/**
 * Bars that draw a figure's qualifier and kind, shared by every bar chart: a range spans its two
 * ends (the uncertain part lighter), a lower bound ("over") ends in a fading open end, a plan or
 * target is a hollow dashed bar, a result for part of a year a light bar with a solid edge. Each
 * figure becomes two stacked items: its sure part, and its extent (range or open end). Pure data
 * for ECharts options.
 */
import { isPartYear } from '../data/domain/figures';
import type { Figure, FigureKind } from '../data/format/schema';

export const BAR_COLOURS = { actual: '#2f6f9f', event: '#6b5ca5', planned: '#b45309' } as const;
const TRANSPARENT = { actual: 'rgba(47,111,159,0)', event: 'rgba(107,92,165,0)', planned: 'rgba(180,83,9,0)' };
const LIGHT = { actual: 'rgba(47,111,159,0.4)', event: 'rgba(107,92,165,0.4)', planned: 'rgba(180,83,9,0.15)' };
/** Length of a lower bound's open end, as a share of the longest bar. */
export const OPEN_END = 0.07;

const tone = (kind: FigureKind) => (kind === 'plan' || kind === 'target' ? 'planned' : kind);

/** Style of a figure's bar by kind; `colour` replaces the default colour of results and events. */
export function kindStyle(kind: FigureKind, light = false, colour?: string) {
  const t = tone(kind);
  if (t === 'planned')
    return {
      color: light ? LIGHT.planned : 'rgba(255,255,255,0)',
      borderColor: BAR_COLOURS.planned,
      borderType: 'dashed' as const,
      borderWidth: 1.5,
    };
  if (colour) return { color: colour, opacity: light ? 0.4 : 1 };
  return { color: light ? LIGHT[t] : BAR_COLOURS[t] };
}

/** A figure's bar: by its kind, and a result or event for part of a year light with a solid edge. */
function figureStyle(figure: Figure, colour?: string) {
  const t = tone(figure.kind);
  if (t === 'planned' || !isPartYear(figure)) return kindStyle(figure.kind, false, colour);
  if (colour) return { ...kindStyle(figure.kind, true, colour), borderColor: colour, borderWidth: 1.5 };
  return { color: LIGHT[t], borderColor: BAR_COLOURS[t], borderWidth: 1.5 };
}

export type BarItem =
  | '-'
  | {
      value: number;
      itemStyle: object;
      label:
        | { show: false }
        | {
            show: true;
            position: 'right' | 'top';
            color: string;
            formatter: string;
            offset?: [number, number];
            /** The most a label may take before it ends in "…" (a small box). */
            width?: number;
          };
    };

/**
 * The two stacked items for a figure (or '-' twice when there is none). `longest` is the
 * chart's longest bar, for the open end's length; `label` is written at the bar's far end.
 */
export function qualifiedBar(
  figure: Figure | null,
  longest: number,
  label: string,
  orientation: 'horizontal' | 'vertical',
  colour?: string,
): { main: BarItem; extent: BarItem } {
  if (!figure) return { main: '-', extent: '-' };
  const shown = {
    show: true,
    position: orientation === 'horizontal' ? 'right' : 'top',
    color: '#1f2933',
    formatter: label,
  } as const;
  const extended = figure.qualifier === 'range' || figure.qualifier === 'over';
  const main: BarItem = {
    value: figure.value,
    itemStyle: figureStyle(figure, colour),
    label: extended ? { show: false } : shown,
  };
  if (!extended) return { main, extent: '-' };
  if (figure.qualifier === 'range')
    return {
      main,
      extent: {
        value: (figure.upper ?? figure.value) - figure.value,
        itemStyle: kindStyle(figure.kind, true, colour),
        label: shown,
      },
    };
  const t = tone(figure.kind);
  const fade = {
    type: 'linear',
    ...(orientation === 'horizontal' ? { x: 0, y: 0, x2: 1, y2: 0 } : { x: 0, y: 1, x2: 0, y2: 0 }),
    colorStops: [
      { offset: 0, color: t === 'planned' ? BAR_COLOURS.planned : (colour ?? BAR_COLOURS[t]) },
      { offset: 1, color: TRANSPARENT[t] },
    ],
  };
  return { main, extent: { value: longest * OPEN_END, itemStyle: { color: fade }, label: shown } };
}

/** The longest bar a set of figures draws (a range counts to its upper end). */
export function longestBar(figures: readonly (Figure | null)[]): number {
  return Math.max(0, ...figures.map((f) => f?.upper ?? f?.value ?? 0));
}

/**
 * Category-axis labels for horizontal bars: each name sits above its bar, inside the grid, so
 * bars keep the full width on phones; rows without a figure carry a "not reported" mark, on the
 * same line or (`below`) under the name, rows with one what `after` gives, there too (a long
 * English name and its period would not fit one line: "Pingyao beef and polished lacquerware",
 * then "January–June 2023"). `rows` are in the axis's (bottom-up) order.
 */
export function namesAboveBars(
  rows: readonly { figure: Figure | null }[],
  notReported: string,
  placement: 'beside' | 'below',
  /**
   * What goes with the name of a row with a figure (its period: "榆次纺机液压", "2022年"), if anything:
   * plain text in the name's colour, as ECharts lays out and draws a rich-text label as several
   * pieces (a new indicator's draw measured about 10 ms faster without: docs/performance.md).
   */
  after?: (index: number) => string,
) {
  const separator = placement === 'below' ? '\n' : ' ';
  return {
    // Every row is named (no interval to work out: that measures every name).
    interval: 0,
    inside: true,
    align: 'left' as const,
    verticalAlign: 'bottom' as const,
    padding: [0, 0, 8, 2],
    color: '#1f2933',
    formatter: (name: string, index: number) =>
      rows[index]?.figure === null
        ? `${name}${separator}{missing|(${notReported})}`
        : after
          ? `${name}${placement === 'below' ? separator : ' · '}${after(index)}`
          : name,
    rich: { missing: { color: '#52606d', fontStyle: 'italic' as const } },
  };
}

/**
 * Category-axis labels beside the bars, for a small box: each name left of its bar, cut to
 * `width` pixels (the tooltip and the table give it whole).
 */
export function namesBesideBars(width: number) {
  return { interval: 0, width, overflow: 'truncate' as const, fontSize: 11, color: '#1f2933' };
}
