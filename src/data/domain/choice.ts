/**
 * Which figure stands for a town when several report the same thing, and which other reports there
 * are. The rule, in order (the method page and docs/data-format.md say it in words):
 *
 * 1. Only results (kind "actual"); with a year, only that year's; with a date (`asof`), only those
 *    whose source had been published by the end of that date's period.
 * 2. A whole year before part of one (January to June): a part-year result stands for a town only
 *    when it has no result for a whole year.
 * 3. The newest: a later year first; figures whose source gives no period come after dated ones.
 * 4. The town's own scope first: a figure about the whole town before one about a narrower scope.
 * 5. The most authoritative source: the outlet's own text, then a copy on a repost platform or
 *    portal, then a copy on an unrelated site, then a copy naming no outlet.
 * 6. The later report, then the figure's id (the choice never depends on the order of the file).
 *
 * The others are the results of the same indicator and period that say something else (another
 * value, qualifier or scope): they are shown beside the chosen one as "sources differ", never
 * dropped. A part of a year is not the same period as the whole year. Pure, no DOM.
 */
import { happenedBy } from './dates';
import { figureYear, isPartYear, sameSubject } from './figures';
import type { Article, Figure } from '../format/schema';
import { COPY_AUTHORITIES } from '../format/vocabulary';

/** How a source's text was read, most authoritative first: the outlet's own, then the kinds of copy. */
export const STANDINGS = ['outlet', ...COPY_AUTHORITIES] as const;
export type Standing = (typeof STANDINGS)[number];

/** The article a figure comes from (the dataset's index answers it). */
export type ArticleOf = (figure: Figure) => Article | undefined;

/** Where an article's text was read: its outlet's own (or printed) text, or a kind of copy. */
export function standing(article: Article | undefined): Standing {
  if (!article) return 'unknown';
  return article.readAt && !article.url ? article.readAt.authority : 'outlet';
}

export interface FigureChoice {
  /** Only results for this year (YYYY). */
  year?: string | null;
  /** Only results reported by then (YYYY, YYYY-MM or YYYY-MM-DD); null or absent: everything. */
  asof?: string | null;
}

export interface Chosen {
  /** The figure that stands for the town (rule above). */
  figure: Figure;
  /** Other results for the same indicator and period that say something else, in the same order. */
  others: Figure[];
}

/** Whether a figure's source had been published by the end of `asof`'s period. */
export function reportedBy(figure: Figure, articleOf: ArticleOf, asof: string): boolean {
  const article = articleOf(figure);
  return article !== undefined && happenedBy(article.date, asof);
}

/** Steps 2–6 of the rule: negative when `a` stands before `b`. */
export function reportOrder(a: Figure, b: Figure, articleOf: ArticleOf): number {
  const part = Number(isPartYear(a)) - Number(isPartYear(b));
  if (part !== 0) return part;
  const ya = figureYear(a);
  const yb = figureYear(b);
  if (ya !== yb) return ya === null ? 1 : yb === null ? -1 : yb.localeCompare(ya);
  const scope = Number(a.scope !== null) - Number(b.scope !== null);
  if (scope !== 0) return scope;
  const sa = articleOf(a);
  const sb = articleOf(b);
  const authority = STANDINGS.indexOf(standing(sa)) - STANDINGS.indexOf(standing(sb));
  if (authority !== 0) return authority;
  // A date known only to its year or month counts from its start: later only when surely later.
  const reported = (sb?.date ?? '').localeCompare(sa?.date ?? '');
  return reported !== 0 ? reported : a.id.localeCompare(b.id);
}

/** The year a source was published. */
const reportYear = (figure: Figure, articleOf: ArticleOf) => articleOf(figure)?.date.slice(0, 4) ?? null;

/**
 * Whether two results are for the same period: the same year (a span of months only the same
 * span); a figure whose source gives no period is taken as describing the year its source was
 * published or the year before (an article of February 2023 reporting "50 firms" may mean 2022's);
 * two such figures, when published the same year.
 */
export function samePeriod(a: Figure, b: Figure, articleOf: ArticleOf): boolean {
  if (isPartYear(a) || isPartYear(b)) return a.period === b.period;
  const ya = figureYear(a);
  const yb = figureYear(b);
  if (ya !== null && yb !== null) return ya === yb;
  if (ya === null && yb === null) return reportYear(a, articleOf) === reportYear(b, articleOf);
  const undated = ya === null ? a : b;
  const year = Number(ya ?? yb);
  const gap = Number(reportYear(undated, articleOf)) - year;
  return gap === 0 || gap === 1;
}

/** Whether two results say something different: value, upper bound, qualifier or scope. */
function saysOtherwise(a: Figure, b: Figure): boolean {
  return a.value !== b.value || a.upper !== b.upper || a.qualifier !== b.qualifier || a.scope?.zh !== b.scope?.zh;
}

/**
 * The figure that stands for a subject and one indicator among `candidates` (its figures of that
 * indicator) and the other reports of the same period, by the rule above; null when the sources
 * report no result (for that year, or by that date).
 */
export function chooseFigure(
  candidates: readonly Figure[],
  articleOf: ArticleOf,
  { year = null, asof = null }: FigureChoice = {},
): Chosen | null {
  const results = candidates.filter(
    (f) =>
      f.kind === 'actual' &&
      (year === null || figureYear(f) === year) &&
      (asof === null || reportedBy(f, articleOf, asof)),
  );
  let figure: Figure | null = null;
  for (const f of results) if (!figure || reportOrder(f, figure, articleOf) < 0) figure = f;
  if (!figure) return null;
  const chosen = figure;
  const others = results
    .filter((f) => f !== chosen && f.indicator === chosen.indicator && samePeriod(f, chosen, articleOf))
    .filter((f) => saysOtherwise(f, chosen))
    .sort((a, b) => reportOrder(a, b, articleOf));
  return { figure: chosen, others };
}

/** Whether two figures answer the same question: indicator, subject, kind and, for counts of towns, the programme's level and stage. */
function sameQuestion(a: Figure, b: Figure): boolean {
  return (
    a.indicator === b.indicator &&
    a.kind === b.kind &&
    a.programme?.level === b.programme?.level &&
    a.programme?.status === b.programme?.status &&
    sameSubject(a.subject, b.subject)
  );
}

/**
 * A headline figure as it stood at the end of `asof`'s period: the headline itself once its source
 * had been published; before that, the figure that answered the same question then (a result by
 * the rule above, a plan or target the latest reported); null when none had been reported.
 * Without a date, the headline.
 */
export function headlineAsOf(
  headline: Figure,
  figures: readonly Figure[],
  articleOf: ArticleOf,
  asof: string | null,
): Figure | null {
  if (asof === null || reportedBy(headline, articleOf, asof)) return headline;
  const same = figures.filter((f) => f !== headline && sameQuestion(f, headline));
  if (headline.kind === 'actual') return chooseFigure(same, articleOf, { asof })?.figure ?? null;
  let latest: Figure | null = null;
  for (const f of same)
    if (reportedBy(f, articleOf, asof) && (!latest || reportOrder(f, latest, articleOf) < 0)) latest = f;
  return latest;
}
