/**
 * ECharts option for the towns ranked by one indicator. Pure: rows in, option out.
 * Qualifiers are drawn, not only written (see qualified-bars). Towns without a figure stay in the
 * chart as labelled "not reported" rows, never 0.
 */
import { encodeHTML, type EChartsCoreOption } from '../../charts/echarts';
import type { FigureRow } from '../../charts/figure-rows';
import { longestBar, namesAboveBars, qualifiedBar } from '../../charts/qualified-bars';
import type { FigureKind, Unit } from '../../data/schema';
import { formatCompact, unitLabel, type Lang } from '../../i18n/format';

export interface RankingOptionInput {
  /** In display order, top first. */
  rows: readonly FigureRow[];
  unit: Unit;
  lang: Lang;
  /** The value as shown, with qualifier and unit. */
  label: (row: FigureRow) => string;
  /** Further tooltip lines for a row with a figure: its kind, scope, period. */
  details: (row: FigureRow) => string[];
  notReported: string;
  kindNames: Record<FigureKind, string>;
  /** Screen-reader description (ECharts aria). */
  description: string;
  decal: boolean;
}

/** Category axes run bottom-up; the chart lists rows top-down. */
export function displayOrder<T>(rows: readonly T[]): T[] {
  return [...rows].reverse();
}

export function buildRankingOption(input: RankingOptionInput): EChartsCoreOption {
  const { rows, unit, lang, label, details, notReported, kindNames, description, decal } = input;
  const ordered = displayOrder(rows);
  const longest = longestBar(rows.map((r) => r.figure));
  const text = (row: FigureRow) =>
    row.figure
      ? `${label(row)}${row.figure.scope ? '*' : ''}${row.figure.kind === 'actual' ? '' : ` (${kindNames[row.figure.kind]})`}`
      : '';
  const bars = ordered.map((row) => qualifiedBar(row.figure, longest, text(row), 'horizontal'));

  return {
    aria: { enabled: true, label: { enabled: true, description }, decal: { show: decal } },
    animation: false,
    grid: { left: 4, right: 150, top: 20, bottom: 28, containLabel: false },
    xAxis: {
      type: 'value',
      name: unitLabel(unit, lang),
      nameLocation: 'end',
      axisLabel: { formatter: (v: number) => formatCompact(v, lang), hideOverlap: true },
      splitNumber: 3,
      splitLine: { lineStyle: { color: '#e3e7eb' } },
    },
    yAxis: {
      type: 'category',
      data: ordered.map((r) => r.subject),
      axisTick: { show: false },
      axisLabel: namesAboveBars(ordered, notReported, 'below'),
    },
    tooltip: {
      className: 'chart-tooltip',
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      // HTML tooltip with every piece of data escaped: data never becomes markup.
      formatter: (params: { dataIndex: number }[]) => {
        const row = ordered[params[0]?.dataIndex ?? -1];
        if (!row) return '';
        const lines = row.figure ? [row.subject, label(row), ...details(row)] : [row.subject, notReported];
        return lines.filter(Boolean).map(encodeHTML).join('<br/>');
      },
    },
    series: [
      { type: 'bar', name: 'value', stack: 'figure', barWidth: 12, data: bars.map((b) => b.main) },
      { type: 'bar', name: 'extent', stack: 'figure', barWidth: 12, data: bars.map((b) => b.extent) },
    ],
  };
}
