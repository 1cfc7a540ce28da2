/**
 * The profile's series over time: one indicator in one scope per series, one result per year.
 * The figures are written here after 祁县's history (全县 firms in 1997 and 2007, the producers of
 * 2023 reported by two sources, output in two scopes, 平遥's 经济总量 as another indicator).
 */
import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../../../../src/data/domain/dataset-index';
import type { Figure } from '../../../../src/data/format/schema';
import { townHistory } from '../../../../src/features/profile/profile-figures';
import { article, figure, TOWNS } from '../../support/fixtures';

const county = { zh: '全县玻璃器皿企业', en: 'all glassware firms' };
const producers = { zh: '生产企业', en: 'producers' };
const chain = { zh: '全产业链', en: 'whole chain' };
const about = (id: string, patch: Partial<Figure>) =>
  figure(id, { subject: { type: 'town', town: 'yuci' }, source: { article: 'paper', quote: '测试' }, ...patch });

const FIGURES: Figure[] = [
  about('e1997', { indicator: 'enterprises', scope: county, period: '1997', value: 35 }),
  about('e2007', { indicator: 'enterprises', scope: county, period: '2007', value: 160 }),
  about('e2023-mirror', {
    indicator: 'enterprises',
    scope: producers,
    period: '2023',
    value: 56,
    source: { article: 'mirror', quote: '测试' },
  }),
  about('e2023-paper', { indicator: 'enterprises', scope: producers, period: '2023-12', value: 53 }),
  about('e2024', { indicator: 'enterprises', scope: producers, period: '2024', value: 58 }),
  about('o1997', { indicator: 'outputValue', scope: county, period: '1997', value: 1e8, qualifier: 'over' }),
  about('o2022', { indicator: 'outputValue', scope: producers, period: '2022', value: 2.3e9 }),
  about('t2015', { indicator: 'economicTotal', scope: chain, period: '2015', value: 5e8 }),
  about('t2016', { indicator: 'outputValue', scope: chain, period: '2016', value: 6e8 }),
  about('undated', { indicator: 'enterprises', scope: county, period: null, value: 50 }),
];
const ARTICLES = [
  article('paper', { date: '2024-01', url: 'https://paper.example/a' }),
  article('mirror', {
    date: '2024-03',
    readAt: { url: 'https://copy.example/a', site: 'copy.example', authority: 'mirror' },
  }),
];
const yuci = TOWNS[0];
if (!yuci) throw new Error('no fixture town');
const history = townHistory(createDatasetIndex(TOWNS, FIGURES, ARTICLES), yuci);
const ids = (figures: readonly Figure[]) => figures.map((f) => f.id);
const of = (indicator: string) => history.find((h) => h.indicator === indicator);

describe('a town’s history', () => {
  it('never joins a change of scope or of indicator: each scope is its own series, oldest first', () => {
    expect(of('enterprises')?.series.map(ids)).toEqual([
      ['e1997', 'e2007'],
      ['e2023-paper', 'e2024'],
    ]);
  });

  it('takes one result per year, by the ranking’s rule (the outlet’s own text before a copy)', () => {
    expect(of('enterprises')?.series[1]?.map((f) => f.value)).toEqual([53, 58]);
  });

  it('lists scopes reported for one year as points beside the series, never in one', () => {
    // Output: the whole county's firms in 1997, the producers in 2022, the whole chain in 2016.
    expect(of('outputValue')?.series).toEqual([]);
    expect(ids(of('outputValue')?.points ?? [])).toEqual(['o1997', 't2016', 'o2022']);
  });

  it('has no history for an indicator with one year (经济总量 2015), and leaves undated figures out', () => {
    expect(of('economicTotal')).toBeUndefined();
    expect(history.flatMap((h) => [...h.series.flat(), ...h.points]).some((f) => f.period === null)).toBe(false);
  });
});
