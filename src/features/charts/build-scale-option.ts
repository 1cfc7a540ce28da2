/**
 * ECharts option for the scale of the towns' economies side by side: one small chart per
 * indicator, each with its own axis and unit; values are never summed or put on one scale.
 * Pure: rows in, option out.
 */
import { rowTooltip, type BuiltChart } from '../../charts/echarts';
import type { FigureRow } from '../../charts/figure-rows';
import { longestBar, namesAboveBars, qualifiedBar } from '../../charts/qualified-bars';
import type { Indicator } from '../../data/format/schema';
import { formatCompact, unitLabel, type Lang } from '../../i18n/format';
import { ROW_HEIGHT, TITLE_SPACE } from './scale-layout';

export interface ScalePanel {
  indicator: Indicator;
  /** One row per subject, in the same order in every panel. */
  rows: readonly FigureRow[];
}

export interface ScaleOptionInput {
  panels: readonly ScalePanel[];
  subjects: readonly string[];
  /** Panels per line: 4 on wide screens, fewer on narrow ones. */
  columns: number;
  /** The chart's width in pixels: each panel keeps room right of its bars for the value labels. */
  width: number;
  lang: Lang;
  title: (indicator: Indicator) => string;
  label: (row: FigureRow) => string;
  /** The signs after a figure's value on its bar (figureMarks: *, †). */
  marks: (row: FigureRow) => string;
  notReported: string;
  description: string;
  decal: boolean;
}

/** Room right of the longest bar for its label ("CNY 5.537 billion*", "nearly 200 thousand people"). */
const LABEL_ROOM = 170;
/** Space between panels. */
const GAP = 16;

export function buildScaleOption(input: ScaleOptionInput): BuiltChart<FigureRow> {
  const { panels, subjects, columns, width, lang, title, label, marks, notReported, description, decal } = input;
  const ordered = [...subjects].reverse();
  // Each panel's rows bottom-up, as its category axis runs; each panel draws two series.
  const drawn = panels.map((p) => [...p.rows].reverse());
  const rowAt = (seriesIndex: number, dataIndex: number) => drawn[Math.floor(seriesIndex / 2)]?.[dataIndex];
  const panelHeight = subjects.length * ROW_HEIGHT + TITLE_SPACE + 28;
  const panelWidth = width / columns;
  const place = (i: number) => ({
    left: Math.round((i % columns) * panelWidth + 8),
    width: Math.max(60, Math.round(panelWidth - LABEL_ROOM - GAP)),
    top: Math.floor(i / columns) * panelHeight + TITLE_SPACE,
    height: subjects.length * ROW_HEIGHT,
  });
  const text = (row: FigureRow) => (row.figure ? `${label(row)}${marks(row)}` : '');
  return {
    rowAt,
    option: {
      aria: { enabled: true, label: { enabled: true, description }, decal: { show: decal } },
      animation: false,
      title: panels.map((p, i) => ({
        text: title(p.indicator),
        left: place(i).left,
        top: Math.floor(i / columns) * panelHeight + 8,
        textStyle: { fontSize: 13, fontWeight: 600, color: '#1f2933' },
      })),
      // Placed exactly (the names are inside, room is left for the values): no outer-bounds layout,
      // which measures every label of the four panels on the first draw.
      grid: panels.map((_, i) => ({ ...place(i), containLabel: false, outerBoundsMode: 'none' as const })),
      xAxis: panels.map((p, i) => ({
        type: 'value',
        gridIndex: i,
        name: unitLabel(p.indicator.unit, lang),
        nameGap: 4,
        splitNumber: 2,
        axisLabel: { formatter: (v: number) => formatCompact(v, lang), hideOverlap: true },
        splitLine: { lineStyle: { color: '#e3e7eb' } },
      })),
      yAxis: drawn.map((rows, i) => ({
        type: 'category',
        gridIndex: i,
        data: ordered,
        axisTick: { show: false },
        // Where this indicator is not reported for a subject, the row says so.
        // In a narrow panel "not reported" goes under the name, where a long name leaves it room.
        axisLabel: namesAboveBars(rows, notReported, panelWidth < 480 ? 'below' : 'beside'),
      })),
      tooltip: rowTooltip(rowAt, (row) => [
        row.subject,
        `${title(row.indicator)}: ${row.figure ? label(row) : notReported}`,
      ]),
      series: drawn.flatMap((rows, i) => {
        const longest = longestBar(rows.map((r) => r.figure));
        const bars = rows.map((r) => qualifiedBar(r.figure, longest, text(r), 'horizontal'));
        return [
          {
            type: 'bar' as const,
            xAxisIndex: i,
            yAxisIndex: i,
            stack: `p${i}`,
            barWidth: 10,
            data: bars.map((b) => b.main),
          },
          {
            type: 'bar' as const,
            xAxisIndex: i,
            yAxisIndex: i,
            stack: `p${i}`,
            barWidth: 10,
            data: bars.map((b) => b.extent),
          },
        ];
      }),
    },
  };
}
