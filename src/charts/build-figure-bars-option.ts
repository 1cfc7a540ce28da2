/**
 * ECharts option for figure rows as horizontal bars, top row first: the towns ranked by one
 * indicator, or one town's results over time. Pure: rows in, option out.
 * Qualifiers are drawn, not only written (see qualified-bars). Rows without a figure stay in the
 * chart as labelled "not reported" rows, never 0.
 */
import type { FigureKind, Unit } from '../data/schema';
import { formatCompact, unitLabel, type Lang } from '../i18n/format';
import { rowTooltip, type BuiltChart } from './echarts';
import type { FigureRow } from './figure-rows';
import { longestBar, namesAboveBars, qualifiedBar } from './qualified-bars';

export interface FigureBarsInput {
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

export function buildFigureBarsOption(input: FigureBarsInput): BuiltChart<FigureRow> {
  const { rows, unit, lang, label, details, notReported, kindNames, description, decal } = input;
  const ordered = displayOrder(rows);
  // Both series (a bar's sure part and its extent) draw the same rows.
  const rowAt = (_series: number, dataIndex: number) => ordered[dataIndex];
  const longest = longestBar(rows.map((r) => r.figure));
  const text = (row: FigureRow) =>
    row.figure
      ? `${label(row)}${row.figure.scope ? '*' : ''}${row.figure.kind === 'actual' ? '' : ` (${kindNames[row.figure.kind]})`}`
      : '';
  const bars = ordered.map((row) => qualifiedBar(row.figure, longest, text(row), 'horizontal'));

  return {
    rowAt,
    option: {
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
      tooltip: rowTooltip(rowAt, (row) =>
        row.figure ? [row.subject, label(row), ...details(row)] : [row.subject, notReported],
      ),
      series: [
        { type: 'bar', name: 'value', stack: 'figure', barWidth: 12, data: bars.map((b) => b.main) },
        { type: 'bar', name: 'extent', stack: 'figure', barWidth: 12, data: bars.map((b) => b.extent) },
      ],
    },
  };
}
