/**
 * ECharts option for the towns ranked by one indicator. Pure: rows in, option out.
 * Towns without a reported figure stay in the chart as labelled "not reported" rows, never as 0.
 */
import type { EChartsCoreOption } from '../../charts/echarts';
import type { Unit } from '../../data/schema';
import { formatCompact, unitLabel, type Lang } from '../../i18n/format';
import type { RankingTextRow } from './ranking-rows';

export interface RankingOptionInput {
  rows: readonly RankingTextRow[];
  unit: Unit;
  lang: Lang;
  notReported: string;
  /** Screen-reader description (ECharts aria). */
  description: string;
}

const BAR = '#2f6f9f';

/** Room for the longest value label to the right of its bar (CJK characters count double). */
export function labelRoom(labels: readonly string[]): number {
  const widest = Math.max(
    0,
    ...labels.map((l) => [...l].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)),
  );
  return Math.min(200, 16 + widest * 6.5);
}

export function buildRankingOption({
  rows,
  unit,
  lang,
  notReported,
  description,
}: RankingOptionInput): EChartsCoreOption {
  // ECharts draws category axes bottom-up; reverse so the top row is the highest value.
  const ordered = [...rows].reverse();
  return {
    aria: { enabled: true, label: { enabled: true, description } },
    animation: false,
    grid: {
      left: 4,
      right: labelRoom(rows.filter((r) => r.value !== null).map((r) => `${r.label}*`)),
      top: 20,
      bottom: 28,
      containLabel: false,
    },
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
      data: ordered.map((r) => r.town),
      axisTick: { show: false },
      // Names sit above their bars, inside the grid, so that bars keep the full width on phones.
      axisLabel: {
        inside: true,
        align: 'left',
        verticalAlign: 'bottom',
        padding: [0, 0, 8, 2],
        color: '#1f2933',
        // Names of towns with no figure carry the "not reported" mark beside them.
        formatter: (name: string, index: number) =>
          ordered[index]?.value === null ? `${name}\n{missing|(${notReported})}` : name,
        rich: { missing: { color: '#6b7280', fontStyle: 'italic' } },
      },
    },
    tooltip: {
      trigger: 'item',
      // A plain string: the tooltip is set as text, data never becomes HTML.
      renderMode: 'richText',
      formatter: (params: { dataIndex: number }) => {
        const row = ordered[params.dataIndex];
        if (!row) return '';
        return [row.town, row.label, row.scope ?? '', row.period ?? ''].filter(Boolean).join('\n');
      },
    },
    series: [
      {
        type: 'bar',
        barWidth: 12,
        itemStyle: { color: BAR },
        data: ordered.map((r) => ({ value: r.value, name: r.town })),
        label: {
          show: true,
          position: 'right',
          color: '#1f2933',
          formatter: (params: { dataIndex: number }) => {
            const row = ordered[params.dataIndex];
            return row ? `${row.label}${row.scope ? '*' : ''}` : '';
          },
        },
      },
    ],
  };
}
