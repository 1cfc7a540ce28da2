import { describe, expect, it } from 'vitest';
import { buildProgrammeOption, SERIES_COLOURS } from '../../../../src/features/charts/build-programme-option';
import { programmeFigures } from '../../../../src/features/charts/programme-figures';
import { makeI18n } from '../../../../src/i18n/i18n';
import { FIGURES } from '../../support/fixtures';

const zh = makeI18n('zh');

describe('the programme chart', () => {
  const items = programmeFigures(FIGURES);

  it("takes 晋中's counts of towns by level and stage, not the province's", () => {
    expect(items.map((i) => [i.figure.id, i.level, i.status, i.year])).toEqual([
      ['provincial-count', 'provincial', 'designated', '2022'],
      ['city-shortlist', 'city', 'shortlisted', '2022'],
      ['city-first', 'city', 'designated', '2023'],
      ['city-target', 'city', 'designated', '2023'],
    ]);
  });

  it('puts targets in their own hollow series beside the results', () => {
    const bars = items.map(({ figure, level, year }) => ({
      level,
      series: `${year} ${figure.kind}`,
      figure,
      label: zh.value(figure, 'towns'),
      details: [],
    }));
    const chart = buildProgrammeOption({
      bars,
      levels: ['provincial', 'city', 'county'],
      levelNames: zh.t.levelTowns,
      description: 'd',
      decal: false,
    });
    const option = chart.option as unknown as {
      legend: { data: string[] };
      series: { id: string; name: string; itemStyle: object; data: unknown[] }[];
      tooltip: { formatter: (p: { seriesIndex: number; dataIndex: number }) => string };
    };
    expect(option.legend.data).toEqual(['2022 actual', '2023 actual', '2023 target']);
    const targetIndex = option.series.findIndex((s) => s.name === '2023 target');
    const target = option.series[targetIndex];
    expect(target?.itemStyle).toMatchObject({ borderType: 'dashed' });
    expect(target?.data[1]).toMatchObject({ value: 10, label: { show: false } });
    // The extent follows its series under the same name: the legend shows and toggles them as one.
    const extent = option.series[targetIndex + 1];
    expect(extent?.name).toBe('2023 target');
    expect(extent?.data[1]).toMatchObject({ label: { formatter: '10个以上' } });
    expect(option.series.find((s) => s.name === '2022 actual')?.itemStyle).toMatchObject({ color: SERIES_COLOURS[0] });
    // Either part of a bar stands for it, in the tooltip and for rowAt.
    expect(chart.rowAt(targetIndex + 1, 1)?.figure.id).toBe('city-target');
    expect(option.tooltip.formatter({ seriesIndex: targetIndex + 1, dataIndex: 1 })).toBe(
      '2023 target<br/>市级专业镇: 10个以上',
    );
    expect(chart.rowAt(targetIndex, 0)).toBeUndefined();
  });

  it('raises the label of a bar whose top is close to the one beside it, so that the two never touch', () => {
    const base = items[0]?.figure;
    if (!base) throw new Error('no programme figure');
    const bar = (series: string, value: number, qualifier: 'exact' | 'over' = 'exact') => {
      const figure = { ...base, id: series, value, qualifier };
      return { level: 'city' as const, series, figure, label: zh.value(figure, 'towns'), details: [] };
    };
    const chart = buildProgrammeOption({
      // 30 and 6 are far apart; "10个以上" and 12 are close; 13 is close to 12 but 12 is already raised.
      bars: [bar('a', 30), bar('b', 6), bar('c', 10, 'over'), bar('d', 12), bar('e', 13)],
      levels: ['city'],
      levelNames: zh.t.levelTowns,
      description: 'd',
      decal: false,
    });
    const series = (chart.option as unknown as { series: { name: string; data: unknown[] }[] }).series;
    const offsetOf = (name: string) => {
      const [main, extent] = series.filter((s) => s.name === name).map((s) => s.data[0]);
      const labelled = [extent, main].find(
        (item): item is { label: { show: true; offset?: number[] } } =>
          typeof item === 'object' && item !== null && (item as { label: { show: boolean } }).label.show,
      );
      return labelled?.label.offset ?? null;
    };
    expect(['a', 'b', 'c', 'd', 'e'].map(offsetOf)).toEqual([null, null, null, [0, -14], null]);
  });
});
