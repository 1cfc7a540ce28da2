/**
 * What a chart's bars say beyond their length, and the key that explains it: a whole year's result
 * is a solid bar, part of a year a light one with a solid edge, a plan or target a hollow dashed
 * bar, a range spans its two ends, a lower bound ("over") fades out; a narrower scope is marked *,
 * a figure read only at a copy the method takes as corroboration (an unrelated site, a page naming
 * no source) is marked †. One list of entries feeds the chart's own key (in the dashboard and in an
 * embed) and the caption of its PNG, each listing only what its bars draw. Pure.
 */
import { standing } from '../data/domain/choice';
import { isPartYear, isPlanned } from '../data/domain/figures';
import type { Article, Figure } from '../data/format/schema';

/** The sign written after a value whose figure has a narrower scope than its subject. */
export const SCOPE_MARK = '*';
/** The sign written after a value read only at a copy that is corroboration, not a source. */
export const COPY_MARK = '†';

export const KEY_ENTRIES = ['actual', 'partYear', 'planned', 'range', 'over', 'scope', 'copy'] as const;
export type KeyEntry = (typeof KEY_ENTRIES)[number];

export interface MarkRules {
  /** Whether the chart writes * after a narrower scope (the programme's counts have none). */
  marksScope: boolean;
  /** The article a figure's source is, to tell a copy that is only corroboration. */
  article: (id: string) => Article | undefined;
}

/** Whether a figure's only source is a copy the method takes as corroboration only. */
function onlyAtWeakCopy(figure: Figure, rules: MarkRules): boolean {
  const read = standing(rules.article(figure.source.article));
  return read === 'mirror' || read === 'unknown';
}

/** The key entries a figure's bar calls for. */
function entriesOf(figure: Figure, rules: MarkRules): KeyEntry[] {
  const entries: KeyEntry[] = [isPlanned(figure) ? 'planned' : isPartYear(figure) ? 'partYear' : 'actual'];
  if (figure.qualifier === 'range') entries.push('range');
  if (figure.qualifier === 'over') entries.push('over');
  if (rules.marksScope && figure.scope) entries.push('scope');
  if (onlyAtWeakCopy(figure, rules)) entries.push('copy');
  return entries;
}

/** The signs written after a figure's value on its bar: "*", "†", "*†" or "". */
export function figureMarks(figure: Figure, rules: MarkRules): string {
  const entries = entriesOf(figure, rules);
  return `${entries.includes('scope') ? SCOPE_MARK : ''}${entries.includes('copy') ? COPY_MARK : ''}`;
}

/** The entries of a chart's key, in KEY_ENTRIES order: what its figures' bars draw (events as results). */
export function keyEntries(figures: readonly (Figure | null)[], rules: MarkRules): KeyEntry[] {
  const found = new Set<KeyEntry>();
  for (const f of figures) if (f) for (const entry of entriesOf(f, rules)) found.add(entry);
  return KEY_ENTRIES.filter((entry) => found.has(entry));
}
