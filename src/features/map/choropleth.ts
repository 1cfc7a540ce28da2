/**
 * The choropleth's classes: breaks that read well in a legend, the class of a value, and what
 * the legend says. (A county's value comes from countyValues in data/rankings.) Pure, no DOM.
 */
import type { CountyValue } from '../../data/domain/rankings';
import type { FigureValue } from '../../i18n/format';

/** Rounds to two significant digits, down or up, so that legend bounds read as round numbers. */
export function roundSignificant(value: number, direction: 'down' | 'up'): number {
  if (value === 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
  const round = direction === 'down' ? Math.floor : Math.ceil;
  // Guard against floating-point noise (e.g. 55 * 1e8 / 1e8).
  return round(Number((value / magnitude).toFixed(9))) * magnitude;
}

export interface ColourClass {
  /** Inclusive lower and upper bounds. */
  from: number;
  to: number;
  colour: string;
}

/** Sequential blues, light to dark; fewer classes take evenly spread steps. */
export const CLASS_COLOURS = ['#d6e6f4', '#a6c8e4', '#6ba4d0', '#3a7db8', '#1b5a94'] as const;

/**
 * Colour classes for a set of values. Up to `maxClasses` distinct values each get a class of
 * their own (a legend of the actual values reads better than invented ranges); more values get
 * quantile classes with rounded bounds. Classes are never empty and their bounds increase.
 */
export function classBreaks(values: readonly number[], maxClasses = CLASS_COLOURS.length): ColourClass[] {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const k = Math.min(maxClasses, CLASS_COLOURS.length);
  const lows: number[] = [];
  if (sorted.length <= k) lows.push(...sorted);
  else
    for (let i = 0; i < k; i++) {
      const low = roundSignificant(sorted[Math.floor((i * sorted.length) / k)] ?? 0, 'down');
      if (lows.length === 0 || low > (lows.at(-1) ?? -Infinity)) lows.push(low);
    }
  const exact = sorted.length <= k;
  const max = exact ? (sorted.at(-1) ?? 0) : roundSignificant(sorted.at(-1) ?? 0, 'up');
  const step = (CLASS_COLOURS.length - 1) / Math.max(1, lows.length - 1);
  return lows.map((from, i) => ({
    from,
    // A class of one value runs from it to itself.
    to: exact ? from : (lows[i + 1] ?? max),
    colour: CLASS_COLOURS[Math.round(lows.length === 1 ? CLASS_COLOURS.length - 2 : i * step)] ?? CLASS_COLOURS[0],
  }));
}

/** The class a value falls in: the last whose lower bound it reaches. */
export function classOf(value: number, classes: readonly ColourClass[]): ColourClass | undefined {
  let found: ColourClass | undefined;
  for (const c of classes) if (value >= c.from) found = c;
  return found;
}

export interface ChoroplethLegend {
  /** One entry per class: its colour and its label (a value, or a range of values). */
  entries: { colour: string; label: string }[];
  /** Some coloured values are bounds, approximations or ranges ("over 200", "nearly 20万"). */
  bounds: boolean;
  /** Some counties have only plans or targets, which are not coloured. */
  plansOnly: boolean;
  /** Some figures have a narrower scope than their town. */
  scoped: boolean;
}

/** What the legend shows for these classes and county values; `format` writes a value with its unit. */
export function buildLegend(
  classes: readonly ColourClass[],
  values: Iterable<CountyValue>,
  format: (value: FigureValue) => string,
): ChoroplethLegend {
  const counted = [...values];
  return {
    entries: classes.map((c) => ({
      colour: c.colour,
      label: format(
        c.to > c.from ? { value: c.from, upper: c.to, qualifier: 'range' } : { value: c.from, qualifier: 'exact' },
      ),
    })),
    bounds: counted.some((v) => v.value !== null && v.qualifier !== 'exact'),
    plansOnly: counted.some((v) => v.value === null && v.rows.some((r) => r.planned.length > 0)),
    scoped: counted.some((v) => v.rows.some((r) => r.figure?.scope)),
  };
}
