/**
 * The evidence for a figure: outlet, date, title, the verbatim quote, and the article's address
 * when one is known (and a plain statement when it is not).
 */
import type { Article, Figure, Indicator } from '../data/format/schema';
import { findIndicator } from '../data/domain/figures';
import { figureHistory } from '../data/domain/revisions';
import { useLoadedFiles } from '../data/loading/use-dataset';
import { articleTitle, scriptLang } from '../i18n/citation';
import { useI18n, type I18n } from '../i18n/i18n';
import { fill } from '../i18n/messages';
import { CopyCitation, figurePlace, type CitedPlace } from './copy-citation';
import { ExternalLink } from './external-link';
import { useDisclosure } from './use-disclosure';

/** An article's title: the headline as published (《》 around Chinese, quotes around English), else our description in brackets. */
export function ArticleTitle({ article }: { article: Article }) {
  const { lang } = useI18n();
  const title = articleTitle(article, lang);
  if (title.ours) return <span className="muted">{title.text}</span>;
  return (
    <>
      <span lang={title.lang}>{title.lang === 'zh-CN' ? `《${title.text}》` : `“${title.text}”`}</span>
      {lang === 'en' && article.titleEn && ` (${article.titleEn})`}
    </>
  );
}

export function ArticleLine({ article }: { article: Article }) {
  const { text, date } = useI18n();
  return (
    <>
      {text(article.outlet)}, {date(article.date)}, <ArticleTitle article={article} />
    </>
  );
}

/**
 * The article's address on its outlet's own site as a link; else where its text was read, marked as
 * a copy with how far that site can be trusted; else a plain statement that no address is known
 * (and the outlet's site).
 */
export function ArticleAddress({ article }: { article: Article }) {
  const { t } = useI18n();
  if (article.url)
    return (
      <p className="article-link">
        <ExternalLink href={article.url}>{article.url}</ExternalLink>
      </p>
    );
  if (article.readAt)
    return (
      <p className="article-copy small" data-authority={article.readAt.authority}>
        {fill(t.readAtCopy, { site: article.readAt.site, what: t.copyOf[article.readAt.authority] })}
        <ExternalLink href={article.readAt.url}>{article.readAt.url}</ExternalLink>
      </p>
    );
  return (
    <p className="muted small">
      {t.noUrl}
      {article.outletUrl && (
        <>
          {' '}
          {t.outletSite}: <ExternalLink href={article.outletUrl}>{article.outletUrl}</ExternalLink>
        </>
      )}
    </p>
  );
}

/**
 * A source's citation, with "copy citation": the reference, and the permalink of the figure it
 * supports (or of the town whose designation or fact it reports).
 */
export function SourceCitation({ source, figure, town, cite = true }: SourceProps) {
  const { t } = useI18n();
  const { articles } = useLoadedFiles();
  const article = articles?.articles.find((a) => a.id === source.article);
  const at: CitedPlace | null = figure ? figurePlace(figure) : town ? { town } : null;
  return (
    <div className="citation">
      <p>
        {t.sourceOf}
        {article ? <ArticleLine article={article} /> : <code>{source.article}</code>}
      </p>
      <blockquote lang={scriptLang(source.quote)} cite={article?.url ?? undefined}>
        <span className="visually-hidden">{t.quote}: </span>“{source.quote}”
      </blockquote>
      {article && <ArticleAddress article={article} />}
      {figure && <FigureRevised figure={figure} />}
      {article && cite && <CopyCitation article={article} at={at} />}
    </div>
  );
}

/** A figure changed since it was first published says so: which fields, when last, and the value it had (the data's own log). */
function FigureRevised({ figure }: { figure: Figure }) {
  const { t, date, list, value } = useI18n();
  const meta = useLoadedFiles().dataset;
  const history = figureHistory(meta?.revisions, figure.id);
  if (!meta || !history) return null;
  const fields = [...new Set(history.fields.map((field) => t.revisedField[field] ?? field))];
  const unit = findIndicator(meta, figure.indicator)?.unit;
  return (
    <p className="figure-revised small">
      {fill(t.figureRevised, { fields: list(fields), date: date(history.date), page: t.methodTitle })}
      {history.was && unit && ` ${fill(t.figureRevisedWas, { value: value(history.was, unit) })}`}
    </p>
  );
}

interface SourceProps {
  source: Figure['source'];
  /** The figure the source supports, */
  figure?: Figure;
  /** or the town whose designation or fact it reports. */
  town?: string;
  /** Whether it carries "copy citation" (false where that stands beside the source's button already). */
  cite?: boolean;
}

/**
 * What a figure is, in a few words, for the name of a button about it: "产值 55.37亿元 · 2022年"
 * (its scope or indicator, an enterprise's name, the value, the period).
 */
export function figureAbout(
  figure: Figure,
  indicator: Indicator | undefined,
  i18n: I18n,
  /** Its article, when known: a figure without a period is then told by the date it was reported. */
  article?: Article,
): string {
  const { text, value } = i18n;
  const name = figure.scope ? text(figure.scope) : indicator ? text(indicator.name) : figure.indicator;
  const who = figure.subject.type === 'enterprise' ? ` · ${text(figure.subject.name)}` : '';
  const amount = indicator ? value(figure, indicator.unit) : String(figure.value);
  const when = figure.period || article ? ` · ${periodOrReported(figure, article, i18n)}` : '';
  return `${name}${who} ${amount}${when}`;
}

/**
 * A figure's period, or, where it gives none, the date its article reported it (the figure was
 * current then): for lists and charts that mix periods (the province's towns, a town's figures).
 */
export function periodOrReported(figure: Figure, article: Article | undefined, i18n: I18n): string {
  if (figure.period) return i18n.period(figure.period);
  return article ? fill(i18n.t.periodReportedOn, { date: i18n.date(article.date) }) : i18n.t.periodNotGiven;
}

/**
 * A "Source" button that shows the citation below it; the figure's evidence one click away. Its
 * name says whose source it is (`about`: "来源：晋中的省级专业镇 4个"), so that a screen reader's
 * list of buttons tells the many "Source" buttons of a page apart.
 */
export function SourceToggle({ source, figure, town, cite, about }: SourceProps & { about: string }) {
  const { t } = useI18n();
  const { open, button, region } = useDisclosure();
  const action = open ? t.hideSource : t.showSource;
  return (
    <>
      <button type="button" className="link-button" aria-label={fill(t.actionFor, { action, about })} {...button}>
        {action}
      </button>
      <div {...region} hidden={!open}>
        {open && <SourceCitation source={source} figure={figure} town={town} cite={cite} />}
      </div>
      {/* Read without scripts (the page baked at build), the citation stands open. */}
      <noscript>
        <SourceCitation source={source} figure={figure} town={town} cite={cite} />
      </noscript>
    </>
  );
}
