/**
 * A source article as a reference a reader can paste: in Chinese after GB/T 7714-2015 for
 * newspaper articles (作者. 题名[N]. 报纸名, 出版日期(版次).), with [N/OL], the date cited and the
 * address when it was read online; in English as author, title, outlet and date. Where the text
 * was read at a copy, the reference says so. Pure: article in, text out.
 */
import type { Article } from '../data/format/schema';
import { formatDate, type Lang } from './format';

/** GB/T 7714 lists up to three authors, then 等 (et al.). */
const MAX_AUTHORS = 3;

function authorList(authors: readonly string[], lang: Lang): string {
  if (authors.length === 0) return '';
  const shown = authors.slice(0, MAX_AUTHORS).join(', ');
  return authors.length > MAX_AUTHORS ? `${shown}, ${lang === 'zh' ? '等' : 'et al.'}` : shown;
}

/** Where the text can be read: the outlet's own page, else a copy (said to be one). */
function address(article: Article): { url: string; copy: string | null } | null {
  if (article.url) return { url: article.url, copy: null };
  if (article.readAt) return { url: article.readAt.url, copy: article.readAt.site };
  return null;
}

/**
 * The reference for an article. `cited` is the date it is cited (YYYY-MM-DD), written for
 * online sources as GB/T 7714 asks.
 */
export function citeArticle(article: Article, lang: Lang, cited: string): string {
  const authors = authorList(article.authors, lang);
  const where = address(article);
  if (lang === 'zh') {
    const title = article.title ?? '无题';
    const page = article.page ? `(${article.page})` : '';
    const online = where ? `[${cited}]. ${where.url}` : '';
    const copy = where?.copy ? `（所引为${where.copy}上的副本）` : '';
    return `${authors ? `${authors}. ` : ''}${title}[${where ? 'N/OL' : 'N'}]. ${article.outlet.zh}, ${article.date}${page}${online}.${copy}`;
  }
  const title = article.title ? `"${article.title}"${article.titleEn ? ` (${article.titleEn})` : ''}` : '(untitled)';
  const parts = [
    authors,
    title,
    `${article.outlet.en}, ${formatDate(article.date, 'en')}${article.page ? `, p. ${article.page}` : ''}`,
    where ? `${where.url}${where.copy ? ` (a copy on ${where.copy})` : ''}` : '',
    where ? `Accessed ${formatDate(cited, 'en')}` : '',
  ].filter(Boolean);
  // "et al." ends with its own full stop: one between parts, never two.
  return `${parts.map((part) => part.replace(/\.$/, '')).join('. ')}.`;
}
