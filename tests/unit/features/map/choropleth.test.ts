import { describe, expect, it } from 'vitest';
import { combineQualifiers } from '../../../../src/data/domain/figures';
import { countyOf, countyValues, makeRanking, rankingSubject } from '../../../../src/data/domain/rankings';
import {
  CLASS_COLOURS,
  buildLegend,
  classBreaks,
  classOf,
  roundSignificant,
} from '../../../../src/features/map/choropleth';
import { formatFigureValue } from '../../../../src/i18n/format';
import { fixtureIndex, TOWNS } from '../../support/fixtures';
import { datasetIndexOf, realData } from '../../support/real-data';

const data = realData();
const codes = data.counties.features.map((f) => f.properties.code);
const index = datasetIndexOf(data);
const ranking = (indicator: string, year?: string) => makeRanking(index, rankingSubject(indicator, { year }));

describe('county values for the choropleth', () => {
  it('gives a county its towns’ reported result, and "no data" (null, not 0) otherwise', () => {
    const values = countyValues(ranking('outputValue'), codes);
    expect(values.get('140702')).toMatchObject({ value: 5537000000, qualifier: 'exact' });
    expect(values.get('140781')).toMatchObject({ value: 3850000000 });
    // 左权 has only a plan: no data, with the plan kept for the tooltip.
    const zuoquan = values.get('140722');
    expect(zuoquan?.value).toBeNull();
    expect(zuoquan?.rows[0]?.planned.map((f) => f.id)).toEqual(['f-zuoquan-latex-output']);
    // 和顺 has no town at all.
    expect(values.get('140723')).toMatchObject({ value: null, rows: [] });
    expect([...values.values()].filter((v) => v.value === 0)).toEqual([]);
  });

  it('sums each county once per indicator, for the map and a county profile alike', () => {
    const output = ranking('outputValue');
    // A county profile asks for one county: the same group as the map's, summed once with the ranking.
    expect(countyOf(output, '140702')).toBe(output.byCounty.get('140702'));
    expect(countyValues(output, codes).get('140702')).toBe(countyOf(output, '140702'));
    expect(countyOf(output, '140702').rows.map((r) => r.town.id)).toEqual(['yuci-textile-hydraulics']);
    // Another year is another sum: 祁县 in 1997 (1亿), not its latest (23亿).
    expect(countyOf(output, '140727').value).toBe(2300000000);
    expect(countyOf(ranking('outputValue', '1997'), '140727').value).toBe(100000000);
  });

  it("gives each town's ranked row by id, the same rows the ranking holds", () => {
    const { rows, byTown } = ranking('outputValue');
    expect(byTown.size).toBe(rows.length);
    expect(byTown.get('qixian-glassware')).toBe(rows.find((r) => r.town.id === 'qixian-glassware'));
    expect(byTown.get('qixian-glassware')?.figure?.id).toBe('f-qixian-output-2022');
  });

  it('keeps a lower bound a lower bound', () => {
    const values = countyValues(ranking('enterprises'), codes);
    expect(values.get('140702')).toMatchObject({ value: 206, qualifier: 'exact' });
  });

  it('combines qualifiers of summed parts honestly', () => {
    expect(combineQualifiers(['exact', 'exact'])).toBe('exact');
    expect(combineQualifiers(['exact', 'over'])).toBe('over');
    expect(combineQualifiers(['nearly', 'exact'])).toBe('nearly');
    expect(combineQualifiers(['over', 'nearly'])).toBe('about');
    expect(combineQualifiers(['exact', 'range'])).toBe('range');
  });
});

describe('class breaks', () => {
  it('rounds bounds to two significant digits', () => {
    expect(roundSignificant(5537000000, 'down')).toBe(5500000000);
    expect(roundSignificant(5537000000, 'up')).toBe(5600000000);
    expect(roundSignificant(8841, 'down')).toBe(8800);
    expect(roundSignificant(0, 'up')).toBe(0);
  });

  it('makes five quantile classes with round bounds for more than five values, covering every value', () => {
    const values = [3850000000, 5537000000, 1300000000, 200, 71, 9000, 45];
    const classes = classBreaks(values);
    expect(classes).toHaveLength(5);
    expect(classes.map((c) => c.from)).toEqual([45, 71, 200, 1300000000, 3800000000]);
    const froms = classes.map((c) => c.from);
    expect(froms).toEqual([...froms].sort((a, b) => a - b));
    expect(new Set(froms).size).toBe(froms.length);
    for (const v of values) expect(classOf(v, classes), String(v)).toBeDefined();
    expect(classes.at(-1)?.to).toBe(5600000000);
    expect(classes.map((c) => c.colour)).toEqual([...CLASS_COLOURS]);
  });

  it('gives each of a few values its own class, lightest to darkest', () => {
    const classes = classBreaks([5537000000, 3850000000, 3850000000]);
    expect(classes).toEqual([
      { from: 3850000000, to: 3850000000, colour: CLASS_COLOURS[0] },
      { from: 5537000000, to: 5537000000, colour: CLASS_COLOURS[4] },
    ]);
    expect(classOf(3850000000, classes)?.colour).toBe(CLASS_COLOURS[0]);
    expect(classOf(5537000000, classes)?.colour).toBe(CLASS_COLOURS[4]);
  });

  it('has no classes without values, and one for a single value', () => {
    expect(classBreaks([])).toEqual([]);
    expect(classBreaks([8841])).toEqual([{ from: 8841, to: 8841, colour: CLASS_COLOURS[3] }]);
  });
});

describe('the legend', () => {
  // On the test's own towns and figures (fixtures.ts): a result, a scoped result and a plan.
  const fixtureCodes = [...new Set(TOWNS.map((t) => t.county.code))];
  const legendFor = (indicator: string, lang: 'zh' | 'en', unit: 'yuan' | 'enterprises' | 'persons') => {
    const values = countyValues(makeRanking(fixtureIndex(), rankingSubject(indicator)), fixtureCodes);
    const classes = classBreaks([...values.values()].flatMap((v) => (v.value === null ? [] : [v.value])));
    return buildLegend(classes, values.values(), (v) => formatFigureValue(v, unit, lang));
  };

  it('labels each class with its value and unit, light to dark, and notes plans and scopes', () => {
    expect(legendFor('outputValue', 'zh', 'yuan')).toEqual({
      entries: [
        { colour: CLASS_COLOURS[0], label: '38.5亿元' },
        { colour: CLASS_COLOURS[4], label: '55.37亿元' },
      ],
      bounds: false,
      plansOnly: true,
      scoped: true,
    });
  });

  it('speaks English to English readers', () => {
    expect(legendFor('outputValue', 'en', 'yuan').entries.map((e) => e.label)).toEqual([
      'CNY 3.85 billion',
      'CNY 5.537 billion',
    ]);
  });

  it('labels ranges of values for many counties', () => {
    const values = [10, 20, 30, 40, 50, 60, 70].map((v, i) => ({
      code: String(i),
      rows: [],
      value: v,
      qualifier: i === 0 ? ('over' as const) : ('exact' as const),
    }));
    const legend = buildLegend(classBreaks(values.map((v) => v.value)), values, (v) =>
      formatFigureValue(v, 'enterprises', 'zh'),
    );
    expect(legend.entries.map((e) => e.label)).toEqual(['10至20户', '20至30户', '30至50户', '50至60户', '60至70户']);
    expect(legend.bounds).toBe(true);
  });
});
