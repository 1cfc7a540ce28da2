/**
 * A source article as a reference a reader can paste, and its title as the page shows it. In
 * Chinese after GB/T 7714-2015: a newspaper article as [N] (作者. 题名[N]. 报纸名, 出版日期(版次).),
 * its online edition as [N/OL] with the date cited and the address, a web page or a news agency's
 * wire read online as [EB/OL]; elements the sources do not give are left out, never guessed; a
 * title always stands, an untitled article's being our description in square brackets; Latin-script
 * names in the standard's form (WANG K J). In English, author, title, outlet and date. Where the
 * text was read at a copy, the reference says so. Pure: article in, text out.
 */
import type { Article, Text } from '../data/format/schema';
import { formatDate, type Lang } from './format';

/** GB/T 7714 lists up to three authors, then 等 (et al.). */
const MAX_AUTHORS = 3;

const LATIN = /^[A-Za-z\s.'’-]+$/;

/**
 * One pinyin syllable at the start of a word (an initial, then a final). Loose: it allows a few
 * pairs that no syllable has, which does not matter for splitting a real name.
 */
const SYLLABLE =
  /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|van|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|ve|vn|a|o|e|i|u|v)/;

/** A word as pinyin syllables ("keju" → ke, ju), the longest first, backtracking; null when it is not pinyin. */
function syllables(word: string): string[] | null {
  if (word === '') return [];
  const longest = SYLLABLE.exec(word)?.[0] ?? '';
  for (let length = longest.length; length > 0; length--) {
    const head = word.slice(0, length);
    if (SYLLABLE.exec(head)?.[0] !== head) continue;
    const rest = syllables(word.slice(length));
    if (rest) return [head, ...rest];
  }
  return null;
}

/** A word of a name as pinyin syllables, an apostrophe or hyphen parting two ("Xi'an" → xi, an); null when it is not pinyin. */
function pinyinSyllables(word: string): string[] | null {
  const parts = word.toLowerCase().split(/['’-]/).map(syllables);
  return parts.every((part) => part !== null && part.length > 0) ? parts.flatMap((part) => part ?? []) : null;
}

/**
 * A Latin-script name in GB/T 7714's form: the surname in capitals, then the initials of the given
 * names. A name written in pinyin keeps the Chinese order (surname first) and each syllable of the
 * given name gives an initial: "Wang Keju" → "WANG K J"; any other name puts its last word first:
 * "Mary Ann Smith" → "SMITH M A". A name in Chinese characters stays as it is.
 */
export function standardName(name: string): string {
  const trimmed = name.trim();
  if (!LATIN.test(trimmed)) return trimmed;
  const words = trimmed.split(/\s+/);
  if (words.length < 2) return trimmed.toUpperCase();
  const pinyin = words.map(pinyinSyllables);
  const chinese = pinyin.every((parts) => parts !== null);
  const surname = (chinese ? words[0] : words[words.length - 1]) ?? trimmed;
  const given = chinese
    ? pinyin.slice(1).flatMap((parts) => parts ?? [])
    : words.slice(0, -1).flatMap((w) => w.split('-'));
  return [surname.toUpperCase(), ...given.map((g) => g.charAt(0).toUpperCase())].join(' ');
}

function authorList(authors: readonly string[], lang: Lang): string {
  if (authors.length === 0) return '';
  const names = authors.slice(0, MAX_AUTHORS).map((a) => (lang === 'zh' ? standardName(a) : a));
  const shown = names.join(', ');
  return authors.length > MAX_AUTHORS ? `${shown}, ${lang === 'zh' ? '等' : 'et al.'}` : shown;
}

/** Where the text can be read: the outlet's own page, else a copy (said to be one). */
function address(article: Article): { url: string; copy: string | null } | null {
  if (article.url) return { url: article.url, copy: null };
  if (article.readAt) return { url: article.readAt.url, copy: article.readAt.site };
  return null;
}

/** The words of our own that stand for an untitled article's title. */
function description(article: Article, lang: Lang): string {
  if (article.description) return article.description[lang];
  if (article.outletKind === 'none') return lang === 'zh' ? '网页' : 'web page';
  return lang === 'zh' ? `${article.outlet.zh}的报道` : `report in ${article.outlet.en}`;
}

/** The language a source's own words are in, for `lang`: Chinese where they hold a Han character, else English. */
export const scriptLang = (words: string): 'zh-CN' | 'en' => (/\p{Script=Han}/u.test(words) ? 'zh-CN' : 'en');

/**
 * An article's title as the page shows it: the headline as published (and its script's language),
 * else our description, bracketed.
 */
export function articleTitle(article: Article, lang: Lang): { text: string; lang: 'zh-CN' | 'en'; ours: boolean } {
  if (article.title) return { text: article.title, lang: scriptLang(article.title), ours: false };
  return { text: `[${description(article, lang)}]`, lang: lang === 'zh' ? 'zh-CN' : 'en', ours: true };
}

/**
 * How the standard types the article, and who published it: the newspaper that printed a wire
 * story; else the outlet, a newspaper's [N] or [N/OL], a website's or an agency's [EB/OL]; no
 * publisher where no outlet is named. An article from before version 3 (kind unknown) is cited as
 * a newspaper's, as it was then.
 */
function kindOf(article: Article, online: boolean): { type: string; publisher: Text | null; paged: boolean } {
  if (article.printedIn) return { type: 'N', publisher: article.printedIn, paged: true };
  const kind = article.outletKind ?? 'newspaper';
  if (kind === 'newspaper') return { type: online ? 'N/OL' : 'N', publisher: article.outlet, paged: true };
  return { type: online ? 'EB/OL' : 'EB', publisher: kind === 'none' ? null : article.outlet, paged: false };
}

/**
 * The reference for an article. `cited` is the date it is cited (YYYY-MM-DD), written for
 * online sources as GB/T 7714 asks.
 */
export function citeArticle(article: Article, lang: Lang, cited: string): string {
  const authors = authorList(article.authors, lang);
  const where = article.printedIn ? null : address(article);
  // Only a newspaper's page (版次) is cited; a web page has none.
  const { type, publisher, paged } = kindOf(article, where !== null);
  const page = paged && article.page ? article.page : null;
  if (lang === 'zh') {
    const title = article.title ?? `[${description(article, 'zh')}]`;
    const date = publisher ? `${publisher.zh}, ${article.date}` : where ? `(${article.date})` : article.date;
    const online = where ? `[${cited}]. ${where.url}` : '';
    const copy = where?.copy ? `（所引为${where.copy}上的副本）` : '';
    return `${authors ? `${authors}. ` : ''}${title}[${type}]. ${date}${page ? `(${page})` : ''}${online}.${copy}`;
  }
  const title = article.title
    ? `"${article.title}"${article.titleEn ? ` (${article.titleEn})` : ''}`
    : `[${description(article, 'en')}]`;
  const by = article.printedIn ? `${article.outlet.en}, in ${article.printedIn.en}` : publisher?.en;
  const parts = [
    authors,
    title,
    `${by ? `${by}, ` : ''}${formatDate(article.date, 'en')}${page ? `, p. ${page}` : ''}`,
    where ? `${where.url}${where.copy ? ` (a copy on ${where.copy})` : ''}` : '',
    where ? `Accessed ${formatDate(cited, 'en')}` : '',
  ].filter(Boolean);
  // "et al." ends with its own full stop: one between parts, never two.
  return `${parts.map((part) => part.replace(/\.$/, '')).join('. ')}.`;
}
