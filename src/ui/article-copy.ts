/** What a reader is told of an article known only from a copy on another site. */
import { standing } from '../data/domain/choice';
import type { Article } from '../data/format/schema';
import type { Messages } from '../i18n/messages';

/**
 * "A copy on a repost platform", "a copy on an unrelated site"…: for an article read only at a copy
 * (no address on the outlet's own site); null when the outlet's own page is known, or no page at all.
 */
export function copyNote(article: Article, t: Messages): string | null {
  const read = standing(article);
  return read === 'outlet' ? null : t.copyOf[read];
}
