import { describe, expect, it } from 'vitest';
import { realData } from '../support/real-data';

describe("the bundled data's revision log", () => {
  const data = realData();
  const revisions = data.dataset.revisions ?? [];

  it('runs oldest first and ends at the date the data was last updated', () => {
    expect(revisions.length).toBeGreaterThan(0);
    const dates = revisions.map((r) => r.date);
    expect([...dates].sort()).toEqual(dates);
    expect(dates.at(-1)).toBe(data.dataset.updated);
  });

  it('replayed from the start, gives exactly the figures, towns and articles the data holds', () => {
    const held = {
      figures: data.figures.figures.map((f) => f.id),
      towns: data.towns.towns.map((t) => t.id),
      articles: data.articles.articles.map((a) => a.id),
    };
    for (const key of ['figures', 'towns', 'articles'] as const) {
      const ids = new Set<string>();
      for (const revision of revisions) {
        const set = revision[key];
        if (!set) continue;
        for (const id of set.added) {
          expect(ids.has(id), `${key} ${id} added twice`).toBe(false);
          ids.add(id);
        }
        for (const c of set.changed) expect(ids.has(c.id), `${key} ${c.id} changed before it was added`).toBe(true);
        for (const id of set.removed) ids.delete(id);
      }
      expect([...ids].sort()).toEqual([...held[key]].sort());
    }
  });

  it('gives each revision a summary in both languages', () => {
    for (const r of revisions) expect(r.summary.zh.length * r.summary.en.length).toBeGreaterThan(0);
  });
});
