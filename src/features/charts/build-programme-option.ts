/**
 * ECharts option for 晋中's specialty-town programme: how many towns at each level, by year and
 * stage, with the targets beside what the sources report as achieved. Pure: bars in, option out.
 */
import { encodeHTML, type EChartsCoreOption } from '../../charts/echarts';
import { kindStyle, longestBar, qualifiedBar } from '../../charts/qualified-bars';
import type { Figure, Level } from '../../data/schema';

export interface ProgrammeBar {
  level: Level;
  /** Series this bar belongs to, e.g. "2023年 · 目标". */
  series: string;
  figure: Figure;
  /** The value as shown, with qualifier and unit. */
  label: string;
  /** Tooltip lines after the label: who, scope, source. */
  details: string[];
}

export interface ProgrammeOptionInput {
  bars: readonly ProgrammeBar[];
  levels: readonly Level[];
  levelNames: Record<Level, string>;
  description: string;
  decal: boolean;
}

/** Colours of the series of results, in order; targets are hollow and dashed whatever their series. */
export const SERIES_COLOURS = ['#2f6f9f', '#7fb3d5', '#1b4965', '#5b8e7d'] as const;

export function buildProgrammeOption({
  bars,
  levels,
  levelNames,
  description,
  decal,
}: ProgrammeOptionInput): EChartsCoreOption {
  const seriesNames = [...new Set(bars.map((b) => b.series))];
  const longest = longestBar(bars.map((b) => b.figure));
  let results = 0;
  const series = seriesNames.flatMap((name) => {
    const kind = bars.find((b) => b.series === name)?.figure.kind ?? 'actual';
    const colour = kind === 'actual' ? SERIES_COLOURS[results++ % SERIES_COLOURS.length] : undefined;
    const items = levels.map((level) => {
      const bar = bars.find((b) => b.series === name && b.level === level);
      return qualifiedBar(bar?.figure ?? null, longest, bar?.label ?? '', 'vertical', colour);
    });
    // Sure part and extent stack per series; the extent has no legend entry of its own.
    // The series style is what the legend shows.
    return [
      {
        type: 'bar',
        name,
        stack: name,
        barMaxWidth: 28,
        itemStyle: kindStyle(kind, false, colour),
        data: items.map((i) => i.main),
      },
      { type: 'bar', name: `${name} `, stack: name, barMaxWidth: 28, data: items.map((i) => i.extent) },
    ];
  });
  return {
    aria: { enabled: true, label: { enabled: true, description }, decal: { show: decal } },
    animation: false,
    legend: { data: seriesNames, top: 0, type: 'plain' },
    grid: { left: 8, right: 40, top: 84, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: levels.map((l) => levelNames[l]), axisTick: { show: false } },
    yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#e3e7eb' } } },
    tooltip: {
      className: 'chart-tooltip',
      trigger: 'item',
      formatter: (params: { seriesName: string; dataIndex: number }) => {
        const bar = bars.find((b) => b.series === params.seriesName.trim() && b.level === levels[params.dataIndex]);
        if (!bar) return '';
        return [bar.series, `${levelNames[bar.level]}: ${bar.label}`, ...bar.details]
          .filter(Boolean)
          .map(encodeHTML)
          .join('<br/>');
      },
    },
    series,
  };
}
