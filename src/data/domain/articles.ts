/** Domain rules about the source articles: their order, their outlets, what each covers. Pure. */
import { periodEnd, subjectTown } from './figures';
import type { Article, Figure, Group, Text, Town } from '../format/schema';

/** Articles newest first. */
export function articlesByDate(articles: readonly Article[]): Article[] {
  return [...articles].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** The outlets of the sources, each once, with the outlet's own site where known. */
export function outlets(articles: readonly Article[]): { name: Text; url: string | null }[] {
  const seen = new Map<string, { name: Text; url: string | null }>();
  for (const a of articles) {
    const prev = seen.get(a.outlet.zh);
    if (!prev) seen.set(a.outlet.zh, { name: a.outlet, url: a.outletUrl });
    else if (!prev.url && a.outletUrl) prev.url = a.outletUrl;
  }
  return [...seen.values()];
}

/**
 * The outlets that published the sources, as a list of "sources" names them: without the pages
 * that name no outlet ("未注明媒体" is no outlet's name).
 */
export const namedOutlets = (articles: readonly Article[]) => outlets(articles.filter((a) => a.outletKind !== 'none'));

export interface ArticleCoverage {
  /** Towns the article reports on: through figures (a group's figure covers its members), designations or facts. */
  towns: Set<string>;
  /** The figures it supplied. */
  figures: Figure[];
}

/** For every article, the towns it covers and the figures it supplied. */
export function articleCoverage(
  articles: readonly Article[],
  towns: readonly Town[],
  groups: readonly Group[],
  figures: readonly Figure[],
): Map<string, ArticleCoverage> {
  const coverage = new Map(articles.map((a) => [a.id, { towns: new Set<string>(), figures: new Array<Figure>() }]));
  const members = new Map(groups.map((g) => [g.id, g.members]));
  for (const f of figures) {
    const c = coverage.get(f.source.article);
    if (!c) continue;
    c.figures.push(f);
    const town = subjectTown(f.subject);
    if (town) c.towns.add(town);
    if (f.subject.type === 'group') for (const m of members.get(f.subject.group) ?? []) c.towns.add(m);
  }
  for (const t of towns)
    for (const { source } of [...t.designations, ...t.facts]) coverage.get(source.article)?.towns.add(t.id);
  return coverage;
}

export interface Coverage {
  /** The dates of the oldest and newest source articles, as precisely as they are known. */
  sources: { from: string; to: string } | null;
  /** The latest period a result (an actual figure) about a town, its firms or a group of towns is for, or null. */
  resultsTo: string | null;
}

/** What span the data covers, derived from the articles and figures (never typed by hand). */
export function datasetCoverage(articles: readonly Article[], figures: readonly Figure[]): Coverage {
  const dates = articles.map((a) => a.date).sort();
  const from = dates[0];
  const to = dates.at(-1);
  let resultsTo: string | null = null;
  for (const f of figures) {
    // Counts of towns in the programme (the city's, the province's) are not the towns' results.
    const aboutTowns = f.subject.type === 'town' || f.subject.type === 'enterprise' || f.subject.type === 'group';
    const end = f.period && periodEnd(f.period);
    if (aboutTowns && f.kind === 'actual' && end && (!resultsTo || end > resultsTo)) resultsTo = end;
  }
  return { sources: from && to ? { from, to } : null, resultsTo };
}
