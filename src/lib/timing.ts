/**
 * What the page reports of its own speed, as User Timing entries (performance.mark/measure): the
 * benchmark (scripts/bench) reads them, and the browser's performance panel shows them beside its
 * own timeline. Each entry's name starts with `jz:`. Cheap enough to stay on in production.
 */

/** The names the page uses (the benchmark reads the same list). */
export const TIMING = {
  /**
   * Element Timing's identifier (the `elementtiming` attribute) of the headline values: the
   * browser times their paint, before any script runs in a page baked at build (scripts/bench).
   */
  headlineSeen: 'jz-headline',
  /** Mark: the headline figures first painted (after the frame that shows them). */
  headlinesPainted: 'jz:headlines-painted',
  /** Mark: every ranking indicator's ranking, with its rows by town and county sums, made ahead (app/prepare-indicators). */
  indicatorsPrepared: 'jz:indicators-prepared',
  /** Mark: the reader chose another indicator (the start of the measures below). */
  indicatorChosen: 'jz:indicator-chosen',
  /** Measure: a ranking made (all towns ranked by one indicator), on the page or, for a large dataset, asked of the data worker until its answer. */
  ranking: 'jz:ranking',
  /** Measure: the ranked towns summed by county (the map's colours). */
  countyGrouping: 'jz:county-grouping',
  /** Measure: from the choice to React's commit of the new view (includes ranking and grouping when made then). */
  reactRender: 'jz:react-render',
  /** Measure: a chart's new option handed to ECharts until ECharts reports it drawn. */
  chartDraw: 'jz:chart-draw',
  /** Measure: the map's counties and markers restyled for the new view. */
  mapRestyle: 'jz:map-restyle',
} as const;

const canTime = typeof performance !== 'undefined' && typeof performance.measure === 'function';

/** Runs `work` and records how long it took as measure `name`. */
export function timed<T>(name: string, work: () => T): T {
  if (!canTime) return work();
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(name, { start, end: performance.now() });
  }
}

/** Records measure `name` from `start` (a performance.now() time or a mark's name) to now. */
export function measureSince(name: string, start: number | string): void {
  if (!canTime) return;
  try {
    performance.measure(name, { start });
  } catch {
    // A mark that was never set (cleared by the page or never made): nothing to measure.
  }
}

/** Sets mark `name`, replacing an earlier one (measures from a mark's name start at the newest). */
export function mark(name: string): void {
  if (!canTime) return;
  performance.clearMarks(name);
  performance.mark(name);
}

/** Sets mark `name` after the next frame has been painted, once per page. */
export function markPainted(name: string): void {
  if (!canTime || performance.getEntriesByName(name, 'mark').length > 0) return;
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
    }),
  );
}
