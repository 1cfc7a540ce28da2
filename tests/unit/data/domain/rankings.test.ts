import { describe, expect, it } from 'vitest';
import { resultYearCounts } from '../../../../src/data/domain/figures';
import { rankTowns } from '../../../../src/data/domain/rankings';
import { datasetIndexOf, realData } from '../../support/real-data';

const data = realData();
const { towns } = data.towns;
const index = datasetIndexOf(data);

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
    expect(rows[4]?.figure?.scope?.zh).toBe('平遥推光漆器行业');
    expect(rows[4]?.figure?.period).toBe('2023-01/2023-06');
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

  it('ranks every town the data holds with scope "shanxi", each with its own figure and scope, never summed', () => {
    const rows = rankTowns(index, 'outputValue', {}, 'shanxi');
    expect(rows).toHaveLength(towns.length);
    const of = (id: string) => rows.find((r) => r.town.id === id)?.figure;
    // 定襄: only its SME cluster's output is known, and it says so.
    expect(of('dingxiang-flanges')).toMatchObject({ value: 12089000000, period: '2023' });
    expect(of('dingxiang-flanges')?.scope?.zh).toMatch(/中小企业/);
    // 代州's 30亿 is a 2027 target: never ranked as a result, kept beside the missing figure.
    const daizhou = rows.find((r) => r.town.id === 'daizhou-rice-wine');
    expect(daizhou?.figure).toBeNull();
    expect(daizhou?.planned.map((f) => f.kind)).toEqual(['target']);
    // 晋中's towns keep the figures their own ranking gives them.
    const jinzhong = rankTowns(index, 'outputValue');
    for (const row of jinzhong) expect(of(row.town.id) ?? null).toBe(row.figure);
  });

  it('never ranks a plan as a result, but keeps it beside the missing figure', () => {
    const zuoquan = rankTowns(index, 'outputValue').find((r) => r.town.id === 'zuoquan-latex');
    expect(zuoquan?.figure).toBeNull();
    expect(zuoquan?.planned.map((f) => f.id)).toEqual(['f-zuoquan-latex-output']);
  });

  it("shows a year's plans only in that year's ranking: an undated plan belongs to the latest alone", () => {
    const planOf = (year: string | null) =>
      rankTowns(index, 'outputValue', { year }).find((r) => r.town.id === 'zuoquan-latex')?.planned ?? [];
    expect(planOf(null)).toHaveLength(1);
    expect(planOf('1997')).toEqual([]);
    expect(planOf('2022')).toEqual([]);
  });

  it('names how many towns each year has a result for', () => {
    const counts = resultYearCounts(data.figures.figures, 'outputValue');
    const towns2022 = new Set(
      data.figures.figures
        .filter((f) => f.indicator === 'outputValue' && f.kind === 'actual' && f.period === '2022')
        .flatMap((f) => (f.subject.type === 'town' ? [f.subject.town] : [])),
    );
    expect(counts.find((c) => c.year === '2022')?.towns).toBe(towns2022.size);
    expect(counts.find((c) => c.year === '1997')).toEqual({ year: '1997', towns: 1 });
  });
});
