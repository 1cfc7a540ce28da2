import { describe, expect, it } from 'vitest';
import { articleCoverage, articlesByDate, outlets } from '../../src/data/domain/articles';
import { indexById } from '../../src/data/format/collections';
import { createDatasetIndex } from '../../src/data/domain/dataset-index';
import { headlineFigures, resultYears, subjectName } from '../../src/data/domain/figures';
import { rankTowns } from '../../src/data/domain/rankings';
import { tierAt, townTier } from '../../src/data/domain/towns';
import { compareFigure } from '../../src/features/compare/compare-figure';
import { disagreements, townFiguresByKind, townHistory } from '../../src/features/profile/profile-figures';
import { searchTowns } from '../../src/features/search/search-towns';
import { realData } from './real-data';

const data = realData();
const { towns } = data.towns;
const { figures } = data.figures;
const index = createDatasetIndex(towns, figures, data.articles.articles);

const tierOf = (id: string) => {
  const town = towns.find((t) => t.id === id);
  if (!town) throw new Error(`no town ${id}`);
  return townTier(town);
};

describe('town tiers come from the designation history', () => {
  it('gives the three provincial key towns of 2022 their tier', () => {
    expect(tierOf('taigu-malleable-iron')).toBe('provincial-key');
    expect(tierOf('qixian-glassware')).toBe('provincial-key');
    expect(tierOf('pingyao-beef-lacquer')).toBe('provincial-key');
  });
  it('gives 榆次 the provincial tier of the second batch (December 2023), and the city level before it', () => {
    expect(tierOf('yuci-textile-hydraulics')).toBe('provincial-key');
    const yuci = towns.find((t) => t.id === 'yuci-textile-hydraulics');
    expect(yuci && tierAt(yuci, '2023-06')).toBe('city');
  });
  it('gives 太谷中药康养 the city level from April 2023, and no tier before', () => {
    expect(tierOf('taigu-tcm-wellness')).toBe('city');
    const medicine = towns.find((t) => t.id === 'taigu-tcm-wellness');
    expect(medicine && tierAt(medicine, '2023-03')).toBeNull();
  });
  it('calls county initiatives and candidates "cultivating", and says so when no tier is stated', () => {
    expect(tierOf('zuoquan-latex')).toBe('cultivating');
    expect(tierOf('yushe-medicine')).toBe('cultivating');
    expect(tierOf('dingxiang-flanges')).toBe('unstated');
  });
});

describe('ranking towns by an indicator', () => {
  it('ranks output value with the whole-industry figure, not a narrower scope', () => {
    const rows = rankTowns(index, 'outputValue');
    expect(rows.map((r) => [r.town.id, r.figure?.value ?? null])).toEqual([
      ['yuci-textile-hydraulics', 5537000000],
      ['taigu-malleable-iron', 4185000000],
      ['jiexiu-carbon', 3850000000],
      ['qixian-glassware', 2300000000],
      // 平遥: only its lacquer trade's first half of 2023, a narrower scope, marked as such.
      ['pingyao-beef-lacquer', 60000000],
      ...rows.slice(5).map((r) => [r.town.id, null]),
    ]);
    expect(rows[4]?.figure?.scope?.zh).toBe('平遥推光漆器行业（仅2023年上半年）');
    // 祁县: the latest result (2022, about 23亿) over older ones (1997) and one without a year.
    expect(rows[3]?.figure?.id).toBe('f-qixian-output-2022');
    // 榆次's 13亿 is only the Development Zone's firms: it must not stand for the town.
    expect(rows[0]?.figure?.id).toBe('f-yuci-output-2022');
  });

  it('keeps every Jinzhong town, marking the unreported ones, and none from elsewhere', () => {
    const rows = rankTowns(index, 'employment');
    expect(rows).toHaveLength(towns.filter((t) => t.inJinzhong).length);
    expect(rows.filter((r) => r.figure === null).map((r) => r.town.id)).toContain('taigu-malleable-iron');
    expect(rows.some((r) => !r.town.inJinzhong)).toBe(false);
  });

  it('never ranks a plan as a result, but keeps it beside the missing figure', () => {
    const zuoquan = rankTowns(index, 'outputValue').find((r) => r.town.id === 'zuoquan-latex');
    expect(zuoquan?.figure).toBeNull();
    expect(zuoquan?.planned.map((f) => f.id)).toEqual(['f-zuoquan-latex-output']);
  });
});

describe('look-ups', () => {
  it('names subjects in both languages', () => {
    const ctx = { towns: indexById(towns), groups: indexById(data.dataset.groups) };
    expect(subjectName({ type: 'group', group: 'jz-provincial-key-2022' }, ctx).zh).toBe('晋中3个省级重点专业镇');
    expect(subjectName({ type: 'town', town: 'jiexiu-carbon' }, ctx).en).toBe('Jiexiu carbon');
    expect(subjectName({ type: 'city' }, ctx)).toEqual({ zh: '晋中市', en: 'Jinzhong' });
  });

  it('lists headline figures in the dataset order', () => {
    const ids = headlineFigures(data.dataset, figures).map((f) => f.id);
    expect(ids).toEqual(data.dataset.headlines);
    expect(ids[0]).toBe('f-jz-provincial-towns-2025-10');
  });

  it('sorts articles newest first and lists each outlet once with its site', () => {
    const sorted = articlesByDate(data.articles.articles);
    expect(sorted[0]?.date).toBe('2026-02-21');
    const jzrb = outlets(data.articles.articles).filter((o) => o.name.zh === '晋中日报');
    expect(jzrb).toEqual([{ name: { zh: '晋中日报', en: 'Jinzhong Daily' }, url: 'http://www.sxjzxw.com' }]);
  });
});

describe('what each article covers', () => {
  const coverage = articleCoverage(data.articles.articles, towns, data.dataset.groups, figures);

  it('counts the towns of its figures, of its groups’ members, of designations and of facts', () => {
    const seed = coverage.get('jzrb-2023-02-specialty-towns');
    // The group figures (200户以上, …) cover the three provincial towns.
    for (const id of ['taigu-malleable-iron', 'qixian-glassware', 'pingyao-beef-lacquer', 'lingshi-humic-acid'])
      expect(seed?.towns.has(id), id).toBe(true);
    expect(coverage.get('xinhuanet-2023-10-08-qixian-glass')?.towns).toEqual(new Set(['qixian-glassware']));
    expect(coverage.get('jzrb-2023-02-pingyao-lacquer-photo')?.towns).toEqual(new Set(['pingyao-beef-lacquer']));
  });

  it('lists the figures each article supplied, and every figure exactly once', () => {
    expect(coverage.get('jzwb-2023-06-13-yuci-hydraulics')?.figures).toHaveLength(8);
    const total = [...coverage.values()].reduce((n, c) => n + c.figures.length, 0);
    expect(total).toBe(figures.length);
  });
});

describe('a town profile', () => {
  const town = (id: string) => {
    const found = towns.find((t) => t.id === id);
    if (!found) throw new Error(id);
    return found;
  };

  it('puts the figures where sources differ side by side, the one used first', () => {
    const yuci = disagreements(index, town('yuci-textile-hydraulics'));
    expect(yuci.map((c) => [c.indicator, c.figures.map((f) => f.id)])).toEqual([
      [
        'enterprises',
        [
          'f-yuci-enterprises',
          'f-yuci-leading-enterprises',
          'f-yuci-supplier-enterprises',
          'f-yuci-devzone-enterprises',
        ],
      ],
      ['outputValue', ['f-yuci-output-2022', 'f-yuci-devzone-output-2022']],
    ]);
    const qixian = disagreements(index, town('qixian-glassware'));
    expect(qixian.map((c) => [c.indicator, c.figures.map((f) => f.value)])).toEqual([
      ['enterprises', [53, 50, 230, 56, 50]],
      ['employment', [20000, 25000, 20000]],
      ['outputValue', [2300000000, 2300000000]],
    ]);
    expect(disagreements(index, town('jiexiu-carbon'))).toEqual([]);
  });

  it("groups a town's and its enterprises' figures by kind", () => {
    const groups = townFiguresByKind(town('taigu-malleable-iron'), figures, data.dataset);
    expect(groups.map((g) => [g.kind, g.figures.length])).toEqual([
      ['actual', 4],
      ['plan', 1],
      ['event', 6],
    ]);
    expect(groups[2]?.figures.some((f) => f.subject.type === 'enterprise')).toBe(true);
  });
});

describe('finding a town', () => {
  const ids = (q: string) => searchTowns(towns, q).map((t) => t.id);
  it('by Chinese or English name, industry or county', () => {
    expect(ids('玻璃')).toEqual(['qixian-glassware']);
    expect(ids('Qi County')).toEqual(['qixian-glassware']);
    expect(ids('latex')).toEqual(['zuoquan-latex']);
    expect(ids('介休')).toEqual(['jiexiu-carbon']);
    expect(ids('榆次区')).toEqual(['yuci-textile-hydraulics']);
    expect(ids('hydraulics')).toEqual(['yuci-textile-hydraulics']);
    expect(ids('  ')).toEqual([]);
    expect(ids('nothing like this')).toEqual([]);
  });
  it('puts name matches before industry and county matches', () => {
    expect(ids('平遥')[0]).toBe('pingyao-beef-lacquer');
  });
});

describe('comparing towns', () => {
  it('takes a result, else a plan, else nothing', () => {
    expect(compareFigure(index, 'yuci-textile-hydraulics', 'outputValue')?.figure.id).toBe('f-yuci-output-2022');
    expect(compareFigure(index, 'zuoquan-latex', 'outputValue')?.figure.kind).toBe('plan');
    expect(compareFigure(index, 'yushe-medicine', 'outputValue')).toBeNull();
  });
});

describe('results over several years', () => {
  // A second year for 介休碳素's output, same scope: a test edit, not a real figure.
  const data = realData();
  const [real2022] = data.figures.figures.filter((f) => f.id === 'f-jiexiu-carbon-output-2022');
  if (!real2022) throw new Error('the bundled data has no 2022 output for 介休碳素');
  const figures = [...data.figures.figures, { ...real2022, id: 'test-jiexiu-2023', value: 4200000000, period: '2023' }];
  const towns = data.towns.towns;
  const index = createDatasetIndex(towns, figures, data.articles.articles);
  const jiexiu = towns.find((t) => t.id === 'jiexiu-carbon');
  const outputOf = (year: string | null) =>
    rankTowns(index, 'outputValue', { year }).find((r) => r.town.id === 'jiexiu-carbon')?.figure?.value;

  it('lists the years with results for an indicator', () => {
    expect(resultYears(figures, 'outputValue')).toEqual(['1997', '2022', '2023', '2024']);
    expect(resultYears(data.figures.figures, 'outputValue')).toEqual(['1997', '2022', '2023', '2024']);
  });

  it('ranks by the year chosen, or by each town’s latest result', () => {
    expect(outputOf(null)).toBe(4200000000);
    expect(outputOf('2023')).toBe(4200000000);
    expect(outputOf('2022')).toBe(3850000000);
    // A town without a result for the year chosen is not reported, never 0.
    expect(
      rankTowns(index, 'outputValue', { year: '2023' }).find((r) => r.town.id === 'yuci-textile-hydraulics')?.figure,
    ).toBeNull();
  });

  it('gives a town its series per indicator and scope, oldest first', () => {
    if (!jiexiu) throw new Error('no 介休碳素');
    expect(townHistory(index, jiexiu).map((h) => [h.indicator, h.series.map((s) => s.map((f) => f.period))])).toEqual([
      ['outputValue', [['2022', '2023']]],
    ]);
    // Scopes side by side (榆次) are not a history: one year.
    const yuci = towns.find((t) => t.id === 'yuci-textile-hydraulics');
    expect(yuci && townHistory(index, yuci)).toEqual([]);
  });
});
