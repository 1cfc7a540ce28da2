/** A designation's batch as a reader reads it: "第2批", or for a provincial town "批次未说明" where no source states it. */
import type { Designation } from '../data/format/schema';
import { fill, type Messages } from './messages';

export function batchText(d: Designation, t: Messages): string | null {
  if (d.batch) return fill(t.batchOf, { n: d.batch });
  return d.level === 'provincial' && d.status === 'designated' ? t.batchNotStated : null;
}
