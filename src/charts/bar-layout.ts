/**
 * How tall a chart of figure rows is: apart from the option builder so that a panel can reserve
 * the chart's height without loading ECharts.
 */

/** The least height of a row in the compact layout (an embed), in pixels. */
export const COMPACT_ROW = 18;

/** The height of a chart of `rows` rows: the dashboard's, or (compact) the least at which it stays legible. */
export function figureBarsHeight(rows: number, compact = false): number {
  return compact ? rows * COMPACT_ROW + 34 : Math.max(240, rows * 48 + 40);
}
