/**
 * ECharts option for figure rows as horizontal bars, top row first: the towns ranked by one
 * indicator, or one town's results over time. Pure: rows in, option out.
 * Qualifiers are drawn, not only written (see qualified-bars). Rows without a figure stay in the
 * chart as labelled "not reported" rows, never 0.
 */
import type { FigureKind, Unit } from '../data/format/schema';
import { formatCompact, unitLabel, type Lang } from '../i18n/format';
import { rowTooltip, type BuiltChart } from './echarts';
import type { FigureRow } from './figure-rows';
import { longestBar, namesAboveBars, namesBesideBars, qualifiedBar, type BarItem } from './qualified-bars';

export interface FigureBarsInput {
  /** In display order, top first. */
  rows: readonly FigureRow[];
  unit: Unit;
  lang: Lang;
  /** The value as shown, with qualifier and unit. */
  label: (row: FigureRow) => string;
  /** The signs after a figure's value on its bar (figureMarks: *, †). */
  marks: (row: FigureRow) => string;
  /**
   * Each row's period, when the bars mix periods: written after the name above the bar
   * ("榆次纺机液压 · 2022年"), in a small box after the value; absent: none.
   */
  period?: (row: FigureRow) => string;
  /** Further tooltip lines for a row with a figure: its kind, scope, period. */
  details: (row: FigureRow) => string[];
  notReported: string;
  kindNames: Record<FigureKind, string>;
  /** Screen-reader description (ECharts aria). */
  description: string;
  decal: boolean;
  /**
   * Laid out for a small box (an embed) this wide: names beside the bars instead of above them,
   * smaller type, rows as tight as COMPACT_ROW (bar-layout), each value written by `label` and
   * followed by its `period` when the bars mix periods, both in the short style (CNY 5.537bn · H1
   * 2023); the tooltip keeps the long words. Null: the dashboard's layout.
   */
  compact?: { width: number; label: (row: FigureRow) => string; period?: (row: FigureRow) => string } | null;
}

const periodAt = (rows: readonly FigureRow[], index: number, period: (row: FigureRow) => string) => {
  const row = rows[index];
  return row ? period(row) : '';
};

/** Category axes run bottom-up; the chart lists rows top-down. */
export function displayOrder<T>(rows: readonly T[]): T[] {
  return [...rows].reverse();
}

export function buildFigureBarsOption(input: FigureBarsInput): BuiltChart<FigureRow> {
  const { rows, unit, lang, label, marks, period, details, notReported, kindNames, description, decal, compact } =
    input;
  const ordered = displayOrder(rows);
  // In a small box, the room right of the bars for each value and its period; a label longer than
  // that ends in "…" (the tooltip and the table give it whole), never cut at the box's edge.
  // Below 400 px the labels are a point smaller, so that the period after the value still fits.
  const valueRoom = compact ? Math.floor(Math.min(160, compact.width * 0.48)) : 0;
  const valueFont = compact && compact.width < 400 ? 10 : 11;
  // Both series (a bar's sure part and its extent) draw the same rows.
  const rowAt = (_series: number, dataIndex: number) => ordered[dataIndex];
  const longest = longestBar(rows.map((r) => r.figure));
  const text = (row: FigureRow) => {
    if (!row.figure) return '';
    const kind = row.figure.kind === 'actual' ? '' : ` (${kindNames[row.figure.kind]})`;
    if (!compact) return `${label(row)}${marks(row)}${kind}`;
    // In a small box the period follows the value (the name beside the bar is cut to fit); a plan
    // or target is told by its dashed bar, which the chart's key explains, not in words.
    const drawn = row.figure.kind === 'plan' || row.figure.kind === 'target' ? '' : kind;
    return `${compact.label(row)}${marks(row)}${drawn}${compact.period ? ` · ${compact.period(row)}` : ''}`;
  };
  // In the compact layout "not reported" stands where the bar would (the name beside it is cut to fit).
  const missing = (): { main: BarItem; extent: BarItem } => ({
    main: {
      value: 0,
      itemStyle: { color: 'rgba(0,0,0,0)' },
      label: { show: true, position: 'right', color: '#52606d', formatter: `(${notReported})` },
    },
    extent: '-',
  });
  const nameRoom = compact ? Math.round(compact.width * 0.32) : 0;
  // A value's label may also use the part of the plot right of its bar: the plot is at least this
  // wide (the box less the grid's left 4 px, the names, their axis margin of 8 px and the values),
  // its axis at least the longest bar.
  const plot = compact ? Math.max(0, compact.width - 4 - nameRoom - 8 - valueRoom) : 0;
  const room = (bar: { main: BarItem; extent: BarItem }) => {
    const end = [bar.main, bar.extent].reduce((sum, item) => sum + (item === '-' ? 0 : item.value), 0);
    const free = longest > 0 ? Math.max(0, 1 - end / longest) : 0;
    return Math.floor(valueRoom - 6 + free * plot);
  };
  const withRoom = (bar: { main: BarItem; extent: BarItem }): { main: BarItem; extent: BarItem } => {
    const width = room(bar);
    const widen = (item: BarItem): BarItem =>
      item !== '-' && item.label.show ? { ...item, label: { ...item.label, width } } : item;
    return { main: widen(bar.main), extent: widen(bar.extent) };
  };
  const bars = ordered.map((row) =>
    !compact
      ? qualifiedBar(row.figure, longest, text(row), 'horizontal')
      : row.figure
        ? withRoom(qualifiedBar(row.figure, longest, text(row), 'horizontal'))
        : missing(),
  );

  return {
    rowAt,
    option: {
      aria: { enabled: true, label: { enabled: true, description }, decal: { show: decal } },
      animation: false,
      grid: compact
        ? { left: 4, right: valueRoom, top: 6, bottom: 22, containLabel: true }
        : { left: 4, right: 150, top: 20, bottom: 28, containLabel: false, outerBoundsMode: 'none' },
      xAxis: {
        type: 'value',
        name: unitLabel(unit, lang),
        nameLocation: 'end',
        axisLabel: {
          formatter: (v: number) => formatCompact(v, lang),
          hideOverlap: true,
          ...(compact && { fontSize: 10 }),
        },
        splitNumber: 3,
        splitLine: { lineStyle: { color: '#e3e7eb' } },
      },
      yAxis: {
        type: 'category',
        data: ordered.map((r) => r.subject),
        axisTick: { show: false },
        axisLabel: compact
          ? namesBesideBars(nameRoom)
          : namesAboveBars(ordered, notReported, 'below', period && ((i) => periodAt(ordered, i, period))),
      },
      tooltip: rowTooltip(rowAt, (row) =>
        row.figure ? [row.subject, label(row), ...details(row)] : [row.subject, notReported],
      ),
      series: (['value', 'extent'] as const).map((name) => ({
        type: 'bar' as const,
        name,
        stack: 'figure',
        ...(compact
          ? {
              barMaxWidth: 12,
              barCategoryGap: '35%',
              label: { fontSize: valueFont, width: valueRoom - 6, overflow: 'truncate' as const },
            }
          : { barWidth: 12 }),
        data: bars.map((b) => (name === 'value' ? b.main : b.extent)),
      })),
    },
  };
}
