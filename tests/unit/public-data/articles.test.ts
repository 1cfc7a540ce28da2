/**
 * The bundled articles carry what their references need (GB/T 7714-2015): what kind of outlet
 * published each, a title or our description of it, and a newspaper's page only for wire stories.
 */
import { describe, expect, it } from 'vitest';
import { citeArticle } from '../../../src/i18n/citation';
import { realData } from '../support/real-data';

const { articles } = realData().articles;

describe('the bundled articles, as references', () => {
  it('say what kind of outlet published each one', () => {
    expect(articles.filter((a) => a.outletKind === null).map((a) => a.id)).toEqual([]);
  });

  it('give a title, or a description of our own in both languages, for every article', () => {
    expect(articles.filter((a) => a.title === null && a.description === null).map((a) => a.id)).toEqual([]);
  });

  it('name no outlet where none is known, and cite such a page with no publisher', () => {
    for (const a of articles.filter((x) => x.outletKind === 'none')) {
      expect(a.outlet.zh, a.id).toBe('未注明媒体');
      expect(citeArticle(a, 'zh', '2026-12-04'), a.id).not.toContain('未注明媒体');
      expect(citeArticle(a, 'en', '2026-12-04'), a.id).not.toContain('Outlet not named');
    }
    for (const a of articles.filter((x) => x.outlet.zh === '未注明媒体')) expect(a.outletKind, a.id).toBe('none');
  });

  it('type news agencies as agencies, and say which newspaper printed a wire story read on paper', () => {
    for (const a of articles.filter((x) => x.outlet.zh === '新华社')) expect(a.outletKind, a.id).toBe('agency');
    const printed = articles.filter((a) => a.printedIn);
    expect(printed.map((a) => [a.id, a.printedIn?.zh])).toEqual([['xinhua-2023-02-shanxi-towns', '晋中日报']]);
    // Read on paper, it is cited as the newspaper's page: [N], no address.
    const [wire] = printed;
    if (!wire) throw new Error('no wire story read on paper');
    expect(citeArticle(wire, 'zh', '2026-12-04')).toMatch(/\[N\]\. 晋中日报, 2023-02\.$/);
  });
});
