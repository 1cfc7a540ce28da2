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
    grid: { left: 8, right: 96, top: 8, bottom: 24, containLabel: true },
    xAxis: {
      type: 'value',
      name: unitLabel(unit, lang),
      nameLocation: 'end',
      axisLabel: { formatter: (v: number) => formatCompact(v, lang) },
      splitLine: { lineStyle: { color: '#e3e7eb' } },
    },
    yAxis: {
      type: 'category',
      data: ordered.map((r) => r.town),
      axisTick: { show: false },
      axisLabel: {
        // Names of towns with no figure carry the "not reported" mark beside them.
        formatter: (name: string, index: number) =>
          ordered[index]?.value === null ? `${name} {missing|(${notReported})}` : name,
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
        barMaxWidth: 22,
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
