import { SCOPE_MARK } from '../../../../src/charts/figure-marks';
import { describe, expect, it } from 'vitest';
import { rowLabel } from '../../../../src/charts/figure-rows';
import { sideBySide } from '../../../../src/data/domain/side-by-side';
import { buildScaleOption, type ScalePanel } from '../../../../src/features/charts/build-scale-option';
import { SCALE_INDICATORS } from '../../../../src/features/charts/scale-panel';
import { makeI18n } from '../../../../src/i18n/i18n';
import { fixtureIndex, GROUPS, INDICATORS } from '../../support/fixtures';

const zh = makeI18n('zh');

describe('the scale chart', () => {
  const subjects = sideBySide(fixtureIndex(), GROUPS, SCALE_INDICATORS);

  it('shows the combined group figures apart from the towns, never summed, and only subjects with data', () => {
    expect(subjects.map((s) => s.key)).toEqual(['group-key-three', 'yuci', 'jiexiu']);
    const group = subjects[0];
    expect(group?.figures.get('enterprises')?.id).toBe('group-enterprises');
    expect(group?.figures.get('outputValue')).toBeNull();
    // 榆次's whole-industry count, not the narrower scope's 60余户.
    expect(subjects[1]?.figures.get('enterprises')?.id).toBe('yuci-enterprises');
  });

  it('gives every indicator its own grid and axis, and marks missing cells', () => {
    const panels: ScalePanel[] = SCALE_INDICATORS.map((id) => {
      const indicator = INDICATORS[id];
      return {
        indicator,
        rows: subjects.map((s) => ({
          key: s.key,
          townId: s.townId,
          subject: s.name.zh,
          indicator,
          figure: s.figures.get(id) ?? null,
        })),
      };
    });
    const chart = buildScaleOption({
      panels,
      subjects: subjects.map((s) => s.name.zh),
      columns: 2,
      width: 1000,
      lang: 'zh',
      title: (i) => i.name.zh,
      label: (row) => rowLabel(row, zh),
      marks: (row) => (row.figure?.scope ? SCOPE_MARK : ''),
      notReported: '未报告',
      description: 'd',
      decal: false,
    });
    const option = chart.option as unknown as {
      grid: { left: number; width: number; top: number }[];
      xAxis: { gridIndex: number; name: string }[];
      yAxis: { axisLabel: { formatter: (n: string, i: number) => string } }[];
      series: { xAxisIndex: number }[];
    };
    expect(option.grid).toHaveLength(4);
    expect(option.grid.map((g) => g.left)).toEqual([8, 508, 8, 508]);
    // Each panel leaves room right of its bars for their labels, before the next panel begins.
    expect(option.grid.map((g) => g.width)).toEqual([314, 314, 314, 314]);
    expect(option.xAxis.map((a) => a.name)).toEqual(['元', '户', '户', '人']);
    expect(option.series.map((s) => s.xAxisIndex)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    // Output value: the group's row (top, last in the bottom-up axis) is "not reported".
    expect(option.yAxis[0]?.axisLabel.formatter('3个重点专业镇', 2)).toBe('3个重点专业镇 {missing|(未报告)}');
    expect(option.yAxis[1]?.axisLabel.formatter('3个重点专业镇', 2)).toBe('3个重点专业镇');
    // A bar of the third panel (above-scale enterprises), either part, stands for its panel's row.
    expect(chart.rowAt(4, 2)?.key).toBe('group-key-three');
    expect(chart.rowAt(5, 0)?.indicator.id).toBe('aboveScaleEnterprises');
    expect(chart.rowAt(8, 0)).toBeUndefined();
  });
});
