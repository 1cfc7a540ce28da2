/**
 * "Copy citation" beside a figure's source: the article as a reference (GB/T 7714-2015 in Chinese,
 * author–title–outlet–date in English) and the permalink to that figure in the dashboard.
 */
import { today } from '../data/domain/dates';
import { subjectTown } from '../data/domain/figures';
import type { Article, Figure } from '../data/format/schema';
import { citeArticle } from '../i18n/citation';
import { useI18n } from '../i18n/i18n';
import { DEFAULT_VIEW, viewAddress } from '../state/url-state';
import { CopyButton } from './copy-text';

/** The dashboard's address for one figure: its town's profile with the figure in view. */
export function figureLink(figure: Figure, lang: 'zh' | 'en'): string {
  return viewAddress({ ...DEFAULT_VIEW, lang, town: subjectTown(figure.subject), figure: figure.id });
}

export function CopyCitation({ article, figure }: { article: Article; figure: Figure }) {
  const { t, lang } = useI18n();
  const text = () => {
    return `${citeArticle(article, lang, today())}\n${t.citeInDashboard}${figureLink(figure, lang)}`;
  };
  return <CopyButton label={t.copyCitation} text={text} />;
}
