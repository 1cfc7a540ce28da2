/**
 * "Copy citation" beside a source: the article as a reference (GB/T 7714-2015 in Chinese,
 * author–title–outlet–date in English) and the dashboard's address of what it supports: a figure
 * in its town's profile, or the town whose designation or fact it reports.
 */
import { today } from '../data/domain/dates';
import { subjectTown } from '../data/domain/figures';
import type { Article, Figure } from '../data/format/schema';
import { articleTitle, citeArticle } from '../i18n/citation';
import { useI18n } from '../i18n/i18n';
import { fill } from '../i18n/messages';
import { DEFAULT_VIEW, viewAddress } from '../state/url-state';
import { CopyButton } from './copy-text';

/** What a source supports, as the dashboard's address names it: a town, and a figure of it. */
export interface CitedPlace {
  town: string | null;
  figure?: string;
}

/** A figure's place: its town's profile (none for a group's or the city's), with the figure in view. */
export const figurePlace = (figure: Figure): CitedPlace => ({ town: subjectTown(figure.subject), figure: figure.id });

export function CopyCitation({ article, at }: { article: Article; at: CitedPlace | null }) {
  const { t, lang } = useI18n();
  const text = () => {
    const reference = citeArticle(article, lang, today());
    if (!at) return reference;
    const link = viewAddress({ ...DEFAULT_VIEW, lang, town: at.town, figure: at.figure ?? null });
    return `${reference}\n${at.figure ? t.citeInDashboard : t.citeTownInDashboard}${link}`;
  };
  const about = articleTitle(article, lang).text;
  return <CopyButton label={t.copyCitation} name={fill(t.actionFor, { action: t.copyCitation, about })} text={text} />;
}
