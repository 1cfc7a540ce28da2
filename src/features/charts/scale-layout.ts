/**
 * The scale chart's layout in numbers: how many panels a line for a width, and the chart's height.
 * Apart from the option builder so that the panel can reserve the chart's height without loading
 * ECharts.
 */

/** Height of one panel's plot per subject row, and the space for its title. */
export const ROW_HEIGHT = 40;
export const TITLE_SPACE = 44;

/** Panels per line for a chart this wide. */
export function scaleColumns(width: number): number {
  // Panels of at least 420 px: a town's name and its bar's label fit beside each other.
  if (width >= 1680) return 4;
  if (width >= 840) return 2;
  return 1;
}

export function scaleChartHeight(subjects: number, panels: number, columns: number): number {
  return Math.ceil(panels / columns) * (subjects * ROW_HEIGHT + TITLE_SPACE + 28);
}
