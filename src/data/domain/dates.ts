/** Partial dates (YYYY, YYYY-MM or YYYY-MM-DD) as the sources give them. Pure. */

/**
 * The last day a partial date can stand for, as text that sorts with other dates: something dated
 * only "2023" is certain from the end of 2023, not before.
 */
export function endOf(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-31`;
  return date;
}

/** Whether something dated `date` had certainly happened once `asof`'s period was over. */
export const happenedBy = (date: string, asof: string): boolean => endOf(date) <= endOf(asof);

/** Today on the reader's calendar, as YYYY-MM-DD (the date a source is cited, a brief printed). */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
