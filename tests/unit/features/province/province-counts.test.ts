import { describe, expect, it } from 'vitest';
import { indexById } from '../../../../src/data/format/collections';
import type { Figure } from '../../../../src/data/format/schema';
import { provinceByCity, provinceReported } from '../../../../src/features/province/province-counts';
import { realData } from '../../support/real-data';

const data = realData();
const articles = indexById(data.articles.articles);
const articleOf = (f: Figure) => articles.get(f.source.article);
const cities = (asof: string | null = null) => provinceByCity(data.towns.towns, data.figures.figures, articleOf, asof);
const city = (code: string, asof: string | null = null) => {
  const found = cities(asof).find((c) => c.code === code);
  if (!found) throw new Error(code);
  return found;
};

describe("晋中 among 山西's cities", () => {
  it("lists all eleven cities, 晋中's first, then those with the most towns", () => {
    const all = cities();
    expect(all).toHaveLength(11);
    expect(all[0]?.code).toBe('140700');
    const most = all.map((c) => Math.max(c.named.length, c.reported?.value ?? 0));
    expect(most.slice(1)).toEqual([...most.slice(1)].sort((a, b) => b - a));
    // A city our sources say nothing of keeps its row, with nothing in it.
    expect(city('141000')).toMatchObject({ named: [], reported: null, others: [] });
  });

  it('keeps the towns our sources name apart from the count a source reports, each with its own date', () => {
    const jinzhong = city('140700');
    expect(jinzhong.named.map((n) => [n.town.id, n.designation.batch])).toEqual([
      ['taigu-malleable-iron', 1],
      ['pingyao-beef-lacquer', 1],
      ['qixian-glassware', 1],
      ['yuci-textile-hydraulics', 2],
    ]);
    expect(jinzhong.reported).toMatchObject({ id: 'f-jz-provincial-towns-2025-10', value: 4, period: '2025-10' });
    // 大同: two towns named, no count reported; its city-level counts stand apart, one per year.
    const datong = city('140200');
    expect(datong.named.map((n) => n.town.id).sort()).toEqual(['datong-devzone-medicine', 'yunzhou-daylily']);
    expect(datong.named.every((n) => n.designation.batch === undefined)).toBe(true);
    expect(datong.reported).toBeNull();
    expect(datong.others.map((f) => [f.value, f.period])).toEqual([
      [7, '2023'],
      [7, '2024'],
    ]);
  });

  it('stands as it stood at a date: towns named by then, counts reported by then', () => {
    const mid2023 = city('140700', '2023-06');
    expect(mid2023.named.map((n) => n.town.id)).not.toContain('yuci-textile-hydraulics');
    expect(mid2023.reported).toBeNull();
    expect(city('140500', '2024-12').named.map((n) => n.town.id)).toEqual(['zezhou-foundry']);
  });

  it("gives the province's own newest count of provincial towns, never the sum of the towns named", () => {
    expect(provinceReported(data.figures.figures, articleOf)).toMatchObject({ value: 18, period: '2023-12' });
    // Before the second batch, the first ten (reported in August 2023); before any report, none.
    expect(provinceReported(data.figures.figures, articleOf, '2023-09')).toMatchObject({ value: 10 });
    expect(provinceReported(data.figures.figures, articleOf, '2023-06')).toBeNull();
    const named = cities().reduce((n, c) => n + c.named.length, 0);
    expect(named).toBe(17);
  });
});
