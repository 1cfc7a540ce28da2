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

/** Panels a line in a box (an embed): two, four in a wide one, to use its width and height alike. */
export function scaleFitColumns(width: number): number {
  return width >= 900 ? 4 : 2;
}

/** Narrowest a panel may be in a box: a town's name and its bar's label beside each other. */
const FIT_PANEL_WIDTH = 280;
/** Smallest share of its natural size a chart in a box may be drawn at and stay legible. */
const FIT_LEAST_SCALE = 0.8;

/**
 * Whether all the panels stay legible in a box of this size (an embed); if not, the box shows one
 * indicator's panel at a time.
 */
export function scaleFitsBox(box: { width: number; height: number }, subjects: number, panels: number): boolean {
  const columns = scaleFitColumns(box.width);
  return (
    box.width / columns >= FIT_PANEL_WIDTH &&
    box.height >= scaleChartHeight(subjects, panels, columns) * FIT_LEAST_SCALE
  );
}
