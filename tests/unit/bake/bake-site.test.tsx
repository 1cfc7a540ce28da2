import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bakingCache, renderRoot, townHead, townSearch, townSummary } from '../../../src/bake/bake-site';
import { parseDataFiles } from '../../../src/data/format/parse';
import type { Town } from '../../../src/data/format/schema';
import { formatFigureValue } from '../../../src/i18n/format';

const files = parseDataFiles((file) => readFileSync(join(import.meta.dirname, '../../../public/data', file), 'utf8'));
const town = (id: string): Town => {
  const found = files.towns.towns.find((t) => t.id === id);
  if (!found) throw new Error(`no town ${id}`);
  return found;
};

describe('the pages baked at build', () => {
  it("say what a town's page is about: its name, tier, industry and county, in both languages", () => {
    const { title, description } = townSummary(town('taigu-malleable-iron'));
    expect(title).toBe('太谷玛钢 · 晋中特色专业镇数据看板');
    expect(description).toContain('太谷玛钢：太谷区的省级重点专业镇');
    expect(description).toContain('Taigu');
  });

  it('write data into the <head> as escaped text, never as markup', () => {
    const hostile = { ...town('taigu-malleable-iron'), name: { zh: '</title><script>x()</script>', en: '"><b>' } };
    const head = townHead(hostile, 'https://example.org/towns/');
    expect(head).not.toContain('<script>');
    expect(head).not.toContain('"><b>');
    expect(head).toContain('&lt;/title&gt;&lt;script&gt;');
    expect(head).toContain('<link rel="canonical" href="https://example.org/towns/town/taigu-malleable-iron.html"/>');
    expect(head).toContain('<base href="../"/>');
    // Without the site's address, the canonical one is relative to the <base>, and og:url is left out.
    expect(townHead(hostile, undefined)).not.toContain('og:url');
  });

  it('draw the headline figures into index.html, and the same markup every time', async () => {
    const cache = bakingCache(files);
    const markup = await renderRoot(cache, '');
    for (const id of files.dataset.headlines) {
      const figure = files.figures.figures.find((f) => f.id === id);
      const unit = files.dataset.indicators.find((i) => i.id === figure?.indicator)?.unit;
      if (!figure || !unit) throw new Error(`headline ${id} not in the data`);
      expect(markup).toContain(`data-figure="${id}"`);
      expect(markup).toContain(formatFigureValue(figure, unit, 'zh'));
    }
    expect(await renderRoot(bakingCache(files), '')).toBe(markup);
  });

  it("draw a town's page with its profile open", async () => {
    const markup = await renderRoot(bakingCache(files), townSearch(town('qixian-glassware')));
    expect(markup).toContain('<h2 id="profile-title">祁县玻璃器皿</h2>');
    expect(townSearch(town('qixian-glassware'))).toBe('?town=qixian-glassware');
  });
});
