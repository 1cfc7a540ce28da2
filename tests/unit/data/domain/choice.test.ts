import { describe, expect, it } from 'vitest';
import { chooseFigure, headlineAsOf, samePeriod, standing, type ArticleOf } from '../../../../src/data/domain/choice';
import { rankTowns } from '../../../../src/data/domain/rankings';
import type { Article, Figure } from '../../../../src/data/format/schema';
import { article, figure } from '../../support/fixtures';
import { datasetIndexOf, realData } from '../../support/real-data';

const copy = (authority: 'platform' | 'mirror' | 'unknown') => ({
  url: 'https://copy.example/a',
  site: 'copy.example',
  authority,
});

const ARTICLES: Article[] = [
  article('own', { date: '2023-03', url: 'https://paper.example/a' }),
  article('print', { date: '2023-02' }),
  article('platform', { date: '2024-01', readAt: copy('platform') }),
  article('mirror', { date: '2024-05', readAt: copy('mirror') }),
  article('nameless', { date: '2024-06', readAt: copy('unknown') }),
];
const byId = new Map(ARTICLES.map((a) => [a.id, a]));
const articleOf: ArticleOf = (f) => byId.get(f.source.article);
const from = (articleId: string, id: string, patch: Partial<Figure> = {}) =>
  figure(id, { source: { article: articleId, quote: '测试' }, ...patch });
const ids = (figures: readonly Figure[]) => figures.map((f) => f.id);

describe('which figure stands for a town (one rule)', () => {
  it('takes results only, the newest year first, undated after dated', () => {
    const chosen = chooseFigure(
      [
        from('own', 'old', { period: '2021' }),
        from('own', 'new', { period: '2022' }),
        from('own', 'undated', { period: null }),
        from('own', 'target', { period: '2025', kind: 'target' }),
      ],
      articleOf,
    );
    expect(chosen?.figure.id).toBe('new');
    expect(chooseFigure([from('own', 'target', { kind: 'target' })], articleOf)).toBeNull();
  });

  it('puts the whole town before a narrower scope within a year, and says the other differs', () => {
    const chosen = chooseFigure(
      [from('own', 'zone', { value: 13, scope: { zh: '开发区', en: 'zone' } }), from('mirror', 'whole', { value: 55 })],
      articleOf,
    );
    expect(chosen?.figure.id).toBe('whole');
    expect(ids(chosen?.others ?? [])).toEqual(['zone']);
  });

  it('then the most authoritative source: own text, platform copy, unrelated site, nameless copy', () => {
    const candidates = [
      from('nameless', 'n', { value: 4 }),
      from('mirror', 'm', { value: 3 }),
      from('platform', 'p', { value: 2 }),
      from('print', 'o', { value: 1 }),
    ];
    const chosen = chooseFigure(candidates, articleOf);
    expect(chosen?.figure.id).toBe('o');
    expect(ids(chosen?.others ?? [])).toEqual(['p', 'm', 'n']);
    expect(ARTICLES.map(standing)).toEqual(['outlet', 'outlet', 'platform', 'mirror', 'unknown']);
  });

  it('then the later report, and never the order of the file', () => {
    const a = from('print', 'a', { value: 1 });
    const b = from('own', 'b', { value: 2 });
    expect(chooseFigure([a, b], articleOf)?.figure.id).toBe('b');
    expect(chooseFigure([b, a], articleOf)?.figure.id).toBe('b');
  });

  it('lists no disagreement where the sources say the same, or speak of other years', () => {
    const chosen = chooseFigure(
      [
        from('own', 'a', { value: 50 }),
        from('platform', 'same', { value: 50 }),
        from('mirror', 'earlier', { value: 35, period: '2019' }),
      ],
      articleOf,
    );
    expect(chosen?.figure.id).toBe('a');
    expect(chosen?.others).toEqual([]);
  });

  it('takes a whole year before part of one, and never takes them for the same period', () => {
    const half = from('own', 'half', { value: 6, period: '2023-01/2023-06' });
    const whole = from('mirror', 'whole', { value: 10, period: '2022' });
    // The whole year 2022 stands although the half year is newer and better sourced.
    const chosen = chooseFigure([half, whole], articleOf);
    expect(chosen?.figure.id).toBe('whole');
    expect(chooseFigure([half], articleOf)?.figure.id).toBe('half');
    // In 2023's ranking the half year is all there is; it is not a disagreement with 2023's total.
    expect(chooseFigure([half, whole], articleOf, { year: '2023' })?.figure.id).toBe('half');
    expect(samePeriod(half, from('own', 'y23', { period: '2023' }), articleOf)).toBe(false);
    expect(samePeriod(half, from('platform', 'h2', { period: '2023-01/2023-06' }), articleOf)).toBe(true);
  });

  it('with a date, counts only what had been published by then', () => {
    const candidates = [from('print', 'feb', { value: 1 }), from('mirror', 'may2024', { value: 2, period: '2023' })];
    expect(chooseFigure(candidates, articleOf, { asof: '2023-06' })?.figure.id).toBe('feb');
    expect(chooseFigure(candidates, articleOf, { asof: '2024-05' })?.figure.id).toBe('may2024');
    expect(chooseFigure(candidates, articleOf, { asof: '2023-01' })).toBeNull();
  });

  it('shows a headline as it stood on a date: itself once published, before that the same question answered then', () => {
    const city = { type: 'city' } as const;
    const designated = (level: 'city' | 'provincial') => ({ level, status: 'designated' }) as const;
    const count = (articleId: string, id: string, value: number, patch: Partial<Figure> = {}) =>
      from(articleId, id, { subject: city, indicator: 'towns', value, programme: designated('city'), ...patch });
    const headline = count('nameless', 'now', 12, { period: '2024-06' }); // published 2024-06
    const aim = count('print', 'aim', 10, { kind: 'target', period: '2023' }); // a target is not a result
    const figures = [
      headline,
      count('own', 'first', 6, { period: '2023-03' }), // published 2023-03
      count('print', 'provincial', 4, { programme: designated('provincial') }), // another level
      aim,
      count('print', 'county', 2, { subject: { type: 'town', town: 'yuci' } }), // another subject
    ];
    const at = (asof: string | null) => headlineAsOf(headline, figures, articleOf, asof)?.id ?? null;
    expect(at(null)).toBe('now');
    expect(at('2024-06')).toBe('now');
    expect(at('2024-05')).toBe('first');
    expect(at('2023-03')).toBe('first');
    expect(at('2023-02')).toBeNull();
    // A target stands as the latest target reported by then.
    const later = count('platform', 'aim-later', 15, { kind: 'target', period: '2025' }); // published 2024-01
    expect(headlineAsOf(later, [...figures, later], articleOf, '2023-06')?.id).toBe('aim');
    expect(headlineAsOf(later, [...figures, later], articleOf, '2023-01')).toBeNull();
    expect(headlineAsOf(aim, figures, articleOf, '2023-02')?.id).toBe('aim');
  });

  it('takes an undated figure as of the year it was published or the year before', () => {
    const undated = from('own', 'u', { period: null }); // published 2023-03
    expect(samePeriod(undated, from('own', 'y22', { period: '2022' }), articleOf)).toBe(true);
    expect(samePeriod(undated, from('own', 'y23', { period: '2023-12' }), articleOf)).toBe(true);
    expect(samePeriod(undated, from('own', 'y21', { period: '2021' }), articleOf)).toBe(false);
    expect(samePeriod(undated, from('platform', 'u24', { period: null }), articleOf)).toBe(false);
  });
});

describe('the rule on the bundled data', () => {
  const data = realData();
  const index = datasetIndexOf(data);
  const row = (indicator: string, town: string, asof: string | null = null) =>
    rankTowns(index, indicator, { asof }).find((r) => r.town.id === town);
  const values = (figures: readonly Figure[] | undefined) => (figures ?? []).map((f) => f.value).sort((a, b) => a - b);

  it('祁县: enterprises 53 of 2023 (中国日报) stand, with 50, 56 and the 230 suppliers beside them', () => {
    const qixian = row('enterprises', 'qixian-glassware');
    expect(qixian?.figure?.value).toBe(53);
    expect(values(qixian?.others)).toEqual([50, 50, 56, 230]);
  });

  it('祁县: employment 2万余 of 2023 stands, with 2万 and 2.5万余 beside it', () => {
    const qixian = row('employment', 'qixian-glassware');
    expect(qixian?.figure).toMatchObject({ value: 20000, qualifier: 'over', period: '2023' });
    expect(values(qixian?.others)).toEqual([20000, 25000]);
  });

  it('榆次: the whole industry’s 55.37亿 stands, the zone firms’ 13亿 beside it', () => {
    const yuci = row('outputValue', 'yuci-textile-hydraulics');
    expect(yuci?.figure?.value).toBe(5537000000);
    expect(values(yuci?.others)).toEqual([1300000000]);
  });

  it('at a date, shows what was known then, and only the towns in the programme then', () => {
    expect(row('employment', 'qixian-glassware', '2023-06')?.figure).toMatchObject({ value: 20000, period: null });
    expect(row('outputValue', 'yuci-textile-hydraulics', '2023-03')?.figure?.value).toBe(1300000000);
    expect(row('outputValue', 'taigu-tcm-wellness', '2023-03')).toBeUndefined();
    expect(row('outputValue', 'taigu-tcm-wellness', '2023-04')).toBeDefined();
  });
});
