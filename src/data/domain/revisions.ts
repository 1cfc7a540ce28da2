/** What the data's own change log (dataset.json's `revisions`) says of one figure. Pure. */
import type { Qualifier, Revision } from '../format/schema';

export interface FigureHistory {
  /** The date of the last revision that changed it. */
  date: string;
  /** The fields changed since it was published, by their first part (`scope` for `scope.zh`), in the log's order. */
  fields: string[];
  /** Its value as first published, when a revision changed the value. */
  was?: { value: number; upper?: number; qualifier: Qualifier };
}

/**
 * How a figure has changed since it was (last) added to the data: undefined when no revision
 * changed it. Revisions are oldest first; a figure removed and added again starts afresh.
 */
export function figureHistory(revisions: readonly Revision[] | undefined, id: string): FigureHistory | undefined {
  let history: FigureHistory | undefined;
  for (const revision of revisions ?? []) {
    if (revision.figures.added.includes(id) || revision.figures.removed.includes(id)) history = undefined;
    const change = revision.figures.changed.find((c) => c.id === id);
    if (!change) continue;
    const fields = [...(history?.fields ?? [])];
    for (const field of change.fields) {
      const first = field.split('.')[0] ?? field;
      if (!fields.includes(first)) fields.push(first);
    }
    history = { date: revision.date, fields, was: history?.was ?? change.was };
  }
  return history;
}
