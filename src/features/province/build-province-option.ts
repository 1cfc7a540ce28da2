/**
 * ECharts option for 晋中 among 山西's cities: for each city two bars side by side, never stacked or
 * added: the provincial towns our sources name, and the count a source reports (its date on the
 * label). A city with neither keeps its row, labelled. Pure: cities in, option out.
 */
import { rowTooltip, type BuiltChart } from '../../charts/echarts';
import type { CityCounts } from './province-counts';

export interface ProvinceOptionInput {
  /** Top first. */
  cities: readonly CityCounts[];
  cityName: (city: CityCounts) => string;
  /** The series' names: the towns named, the count reported. */
  series: { named: string; reported: string };
  /** A named bar's label ("4个"), a reported one's with its date ("4个 · 2025年10月"). */
  namedLabel: (city: CityCounts) => string;
  reportedLabel: (city: CityCounts) => string;
  /** The tooltip's lines for a city. */
  details: (city: CityCounts) => string[];
  /** Written where a city has neither. */
  nothing: string;
  description: string;
  decal: boolean;
}

const NAMED_COLOUR = '#1d5f8c';
const REPORTED_COLOUR = '#e69f00';

export function buildProvinceOption(input: ProvinceOptionInput): BuiltChart<CityCounts> {
  const { cities, cityName, series, namedLabel, reportedLabel, details, nothing, description, decal } = input;
  // The category axis runs bottom-up.
  const ordered = [...cities].reverse();
  const rowAt = (_series: number, dataIndex: number) => ordered[dataIndex];
  const label = (text: string) => ({
    show: text !== '',
    position: 'right' as const,
    formatter: text,
    color: '#1f2933',
  });
  return {
    rowAt,
    option: {
      aria: { enabled: true, label: { enabled: true, description }, decal: { show: decal } },
      animation: false,
      legend: { top: 0, left: 0, data: [series.named, series.reported], selectedMode: false },
      grid: { left: 4, right: 150, top: 34, bottom: 24, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#e3e7eb' } } },
      yAxis: {
        type: 'category',
        data: ordered.map(cityName),
        axisTick: { show: false },
        axisLabel: { fontWeight: 600 },
      },
      tooltip: rowTooltip(rowAt, (city) => [cityName(city), ...details(city)]),
      series: [
        {
          type: 'bar',
          name: series.named,
          barWidth: 12,
          barGap: '30%',
          itemStyle: { color: NAMED_COLOUR },
          data: ordered.map((c) => {
            const none = c.named.length === 0 && c.reported === null;
            return {
              value: c.named.length,
              label: label(none ? `(${nothing})` : c.named.length > 0 ? namedLabel(c) : ''),
            };
          }),
        },
        {
          type: 'bar',
          name: series.reported,
          barWidth: 12,
          itemStyle: { color: REPORTED_COLOUR },
          // A city no source gives a count for has no bar here: "-", never 0.
          data: ordered.map((c) => (c.reported ? { value: c.reported.value, label: label(reportedLabel(c)) } : '-')),
        },
      ],
    },
  };
}
