/**
 * The evidence for a figure: outlet, date, title, the verbatim quote, and the article's address
 * when one is known (and a plain statement when it is not).
 */
import type { Article, Figure } from '../data/format/schema';
import { useLoadedFiles } from '../data/loading/use-dataset';
import { useI18n } from '../i18n/i18n';
import { fill } from '../i18n/messages';
import { CopyCitation } from './copy-citation';
import { ExternalLink } from './external-link';
import { useDisclosure } from './use-disclosure';

export function ArticleLine({ article }: { article: Article }) {
  const { t, text, date, lang } = useI18n();
  return (
    <>
      {text(article.outlet)}, {date(article.date)},{' '}
      {article.title ? <span lang="zh-CN">《{article.title}》</span> : t.untitled}
      {lang === 'en' && article.titleEn && ` (${article.titleEn})`}
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

/** A source's citation; for a figure's source, with "copy citation" (the reference and the figure's permalink). */
export function SourceCitation({ source, figure }: { source: Figure['source']; figure?: Figure }) {
  const { t } = useI18n();
  const { articles } = useLoadedFiles();
  const article = articles?.articles.find((a) => a.id === source.article);
  return (
    <div className="citation">
      <p>
        {t.sourceOf}
        {article ? <ArticleLine article={article} /> : <code>{source.article}</code>}
      </p>
      <blockquote lang="zh-CN" cite={article?.url ?? undefined}>
        <span className="visually-hidden">{t.quote}: </span>“{source.quote}”
      </blockquote>
      {article && <ArticleAddress article={article} />}
      {article && figure && <CopyCitation article={article} figure={figure} />}
    </div>
  );
}

/** A "Source" button that shows the citation below it; the figure's evidence one click away. */
export function SourceToggle({ source, figure }: { source: Figure['source']; figure?: Figure }) {
  const { t } = useI18n();
  const { open, button, region } = useDisclosure();
  return (
    <>
      <button type="button" className="link-button" {...button}>
        {open ? t.hideSource : t.showSource}
      </button>
      <div {...region} hidden={!open}>
        {open && <SourceCitation source={source} figure={figure} />}
      </div>
    </>
  );
}
