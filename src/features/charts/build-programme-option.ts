/**
 * ECharts option for 晋中's specialty-town programme: how many towns at each level, by year and
 * stage, with the targets beside what the sources report as achieved. Pure: bars in, option out.
 */
import { rowTooltip, type BuiltChart } from '../../charts/echarts';
import { kindStyle, longestBar, qualifiedBar, type BarItem } from '../../charts/qualified-bars';
import type { Figure, Level } from '../../data/format/schema';

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
  /** Laid out for a small box this wide (an embed): smaller legend and type. Null: the dashboard's. */
  compact?: { width: number } | null;
}

/** The legend's lines for a box this wide: each entry a swatch, its words and a gap (CJK characters count double). */
function legendLines(names: readonly string[], width: number, charWidth: number, swatch: number): number {
  let lines = 1;
  let used = 0;
  for (const name of names) {
    const entry = swatch + [...name].reduce((sum, c) => sum + (c.charCodeAt(0) > 0x2e7f ? 2 : 1), 0) * charWidth;
    if (used > 0 && used + entry > width) {
      lines += 1;
      used = 0;
    }
    used += entry;
  }
  return lines;
}

/** Labels of neighbouring bars whose tops are closer than this share of the tallest bar would touch. */
const CLOSE_TOPS = 0.15;
/** How far a label is raised to clear its neighbour's, in pixels. */
const RAISE = 14;

/**
 * Raises every other label of bars side by side whose tops are close ("10个以上" beside "12个"),
 * so that no two labels touch. `items` are per series, per level. Changes the labels in place.
 */
function staggerLabels(items: { main: BarItem; extent: BarItem }[][], longest: number) {
  const levels = Math.max(0, ...items.map((s) => s.length));
  for (let level = 0; level < levels; level++) {
    // The bar just left of this one (ECharts keeps a slot for every series, drawn or not).
    let previous: { top: number; raised: boolean; slot: number } | null = null;
    for (const [slot, seriesItems] of items.entries()) {
      const item = seriesItems[level];
      if (!item) continue;
      const labelled = [item.extent, item.main].find((b) => b !== '-' && b.label.show);
      if (!labelled || labelled === '-' || !labelled.label.show) continue;
      const main = item.main === '-' ? 0 : item.main.value;
      const top = main + (item.extent === '-' ? 0 : item.extent.value);
      const raised: boolean =
        previous !== null &&
        previous.slot === slot - 1 &&
        !previous.raised &&
        Math.abs(top - previous.top) < CLOSE_TOPS * longest;
      if (raised) labelled.label = { ...labelled.label, offset: [0, -RAISE] };
      previous = { top, raised, slot };
    }
  }
}

/** Colours of the series of results, in order; targets are hollow and dashed whatever their series. */
export const SERIES_COLOURS = ['#2f6f9f', '#7fb3d5', '#1b4965', '#5b8e7d'] as const;

export function buildProgrammeOption({
  bars,
  levels,
  levelNames,
  description,
  decal,
  compact = null,
}: ProgrammeOptionInput): BuiltChart<ProgrammeBar> {
  const seriesNames = [...new Set(bars.map((b) => b.series))];
  const barOf = (name: string | undefined, level: Level | undefined) =>
    bars.find((b) => b.series === name && b.level === level);
  // Each series of bars is drawn as two ECharts series (its sure part, then its extent).
  const rowAt = (seriesIndex: number, dataIndex: number) =>
    barOf(seriesNames[Math.floor(seriesIndex / 2)], levels[dataIndex]);
  const longest = longestBar(bars.map((b) => b.figure));
  let results = 0;
  const drawn = seriesNames.map((name) => {
    const kind = bars.find((b) => b.series === name)?.figure.kind ?? 'actual';
    const colour = kind === 'actual' ? SERIES_COLOURS[results++ % SERIES_COLOURS.length] : undefined;
    const items = levels.map((level) => {
      const bar = barOf(name, level);
      return qualifiedBar(bar?.figure ?? null, longest, bar?.label ?? '', 'vertical', colour);
    });
    return { name, kind, colour, items };
  });
  staggerLabels(
    drawn.map((d) => d.items),
    longest,
  );
  const series = drawn.flatMap(({ name, kind, colour, items }, i) => {
    // Sure part and extent stack per series and share its name, so that the legend shows (and
    // toggles) them as one; the series style is what the legend shows.
    return [
      {
        type: 'bar' as const,
        id: `s${i}`,
        name,
        stack: name,
        barMaxWidth: 28,
        ...(compact && { label: { fontSize: 10 } }),
        itemStyle: kindStyle(kind, false, colour),
        data: items.map((item) => item.main),
      },
      {
        type: 'bar' as const,
        id: `s${i}-extent`,
        name,
        stack: name,
        barMaxWidth: 28,
        ...(compact && { label: { fontSize: 10 } }),
        data: items.map((item) => item.extent),
      },
    ];
  });
  return {
    rowAt,
    option: {
      aria: { enabled: true, label: { enabled: true, description }, decal: { show: decal } },
      animation: false,
      legend: compact
        ? {
            data: seriesNames,
            top: 0,
            type: 'plain',
            itemWidth: 14,
            itemHeight: 8,
            itemGap: 6,
            textStyle: { fontSize: 10 },
          }
        : { data: seriesNames, top: 0, type: 'plain' },
      grid: compact
        ? {
            left: 4,
            right: 8,
            top: 16 * legendLines(seriesNames, compact.width - 16, 5.5, 26) + 22,
            bottom: 4,
            containLabel: true,
          }
        : // Room for the counts on the left and one line of tier names below, set here: ECharts'
          // outer-bounds layout would measure every label on the first draw to work it out.
          { left: 40, right: 40, top: 84, bottom: 28, containLabel: false, outerBoundsMode: 'none' as const },
      xAxis: {
        type: 'category',
        data: levels.map((l) => levelNames[l]),
        axisTick: { show: false },
        ...(compact && { axisLabel: { fontSize: 10 } }),
      },
      yAxis: {
        type: 'value',
        minInterval: 1,
        splitLine: { lineStyle: { color: '#e3e7eb' } },
        ...(compact && { axisLabel: { fontSize: 10 } }),
      },
      tooltip: rowTooltip(
        rowAt,
        (bar) => [bar.series, `${levelNames[bar.level]}: ${bar.label}`, ...bar.details],
        'item',
      ),
      series,
    },
  };
}
