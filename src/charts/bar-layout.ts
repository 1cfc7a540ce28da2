/**
 * How tall a chart of figure rows is: apart from the option builder so that a panel can reserve
 * the chart's height without loading ECharts.
 */

/** The least height of a row in the compact layout (an embed), in pixels. */
export const COMPACT_ROW = 18;

/**
 * The height of a chart of `rows` rows: the dashboard's, or (compact) the least at which it stays
 * legible; `tall` for rows whose name carries a third line (the province's towns: period and scope).
 */
export function figureBarsHeight(rows: number, compact = false, tall = false): number {
  return compact ? rows * COMPACT_ROW + 34 : Math.max(240, rows * (tall ? 64 : 48) + 40);
}

/** A scope written under a bar's name is cut to about this many characters (the table and tooltip give it whole). */
export const SCOPE_LINE_CHARS = { zh: 22, en: 44 } as const;
