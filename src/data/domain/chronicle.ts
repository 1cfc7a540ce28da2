/**
 * The chronicle (大事记): every dated item of the data in the order it happened — designations,
 * the towns' facts (policies, measures, events, plans, honours, firms), the figures as their
 * articles reported them (funding, events and fairs, plans and targets, results), and the articles
 * themselves. Items the sources give no date are kept apart, never given one. Pure.
 */
import { articleCoverage } from './articles';
import { subjectCity, subjectTown } from './figures';
import { JINZHONG_CODE } from '../format/cities';
import type { Article, Designation, Figure, Group, Town } from '../format/schema';

/** The kinds of item, in the order the filter lists them. */
export const CHRONICLE_KINDS = [
  'designation',
  'policy',
  'measure',
  'funding',
  'event',
  'plan',
  'result',
  'honour',
  'enterprise',
  'article',
] as const;
export type ChronicleKind = (typeof CHRONICLE_KINDS)[number];

/** A kind named in the address (`?kind=`), or null for one the chronicle does not know (all kinds then). */
export const chronicleKind = (word: string | null): ChronicleKind | null =>
  CHRONICLE_KINDS.find((kind) => kind === word) ?? null;

type Fact = Town['facts'][number];

interface Common {
  /** Unique in the chronicle, stable between builds of the same data (a React key, an anchor). */
  key: string;
  kind: ChronicleKind;
  /** As precise as the source gives it (YYYY, YYYY-MM or YYYY-MM-DD); null for an undated fact. */
  date: string | null;
  /** The towns the item is about (a filter by town or county keeps it when one matches). */
  towns: readonly string[];
  /** Whether it belongs to 晋中's chronicle (otherwise only to all of 山西's). */
  inJinzhong: boolean;
}

export type ChronicleEntry = Common &
  (
    | { type: 'designation'; town: Town; designation: Designation }
    | { type: 'fact'; town: Town; fact: Fact }
    /** A figure, dated by the article that reported it. */
    | { type: 'figure'; figure: Figure; article: Article }
    | { type: 'article'; article: Article }
  );

/** Which kind of item a figure is: funding by its indicator, else by what it is (event, plan or target, result). */
export function figureKind(figure: Figure): ChronicleKind {
  if (figure.indicator === 'funding') return 'funding';
  if (figure.kind === 'event') return 'event';
  if (figure.kind === 'plan' || figure.kind === 'target') return 'plan';
  return 'result';
}

/** Every item of the data, dated ones in the order they happened (a date known only to its year first in that year), then the undated. */
export function chronicleEntries(
  towns: readonly Town[],
  figures: readonly Figure[],
  articles: readonly Article[],
  groups: readonly Group[],
): ChronicleEntry[] {
  const townById = new Map(towns.map((t) => [t.id, t]));
  const members = new Map(groups.map((g) => [g.id, g.members]));
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const inJinzhong = (ids: readonly string[]) => ids.some((id) => townById.get(id)?.inJinzhong);
  const entries: ChronicleEntry[] = [];

  for (const town of towns) {
    town.designations.forEach((designation, i) =>
      entries.push({
        key: `${town.id}-d${i}`,
        kind: 'designation',
        date: designation.date,
        towns: [town.id],
        inJinzhong: town.inJinzhong,
        type: 'designation',
        town,
        designation,
      }),
    );
    town.facts.forEach((fact, i) =>
      entries.push({
        key: `${town.id}-f${i}`,
        kind: fact.type,
        date: fact.date,
        towns: [town.id],
        inJinzhong: town.inJinzhong,
        type: 'fact',
        town,
        fact,
      }),
    );
  }

  for (const figure of figures) {
    const article = articleById.get(figure.source.article);
    if (!article) continue;
    const town = subjectTown(figure.subject);
    const about = town ? [town] : figure.subject.type === 'group' ? (members.get(figure.subject.group) ?? []) : [];
    const city = subjectCity(figure.subject);
    entries.push({
      key: figure.id,
      kind: figureKind(figure),
      date: article.date,
      towns: about,
      // A figure about the province belongs to 晋中's chronicle too; one about another city does not.
      inJinzhong: figure.subject.type === 'province' || city === JINZHONG_CODE || inJinzhong(about),
      type: 'figure',
      figure,
      article,
    });
  }

  const coverage = articleCoverage(articles, towns, groups, figures);
  for (const article of articles) {
    const covered = coverage.get(article.id);
    const about = [...(covered?.towns ?? [])];
    entries.push({
      key: article.id,
      kind: 'article',
      date: article.date,
      towns: about,
      inJinzhong:
        inJinzhong(about) ||
        (covered?.figures ?? []).some((f) => f.subject.type === 'province' || subjectCity(f.subject) === JINZHONG_CODE),
      type: 'article',
      article,
    });
  }

  const order = (kind: ChronicleKind) => CHRONICLE_KINDS.indexOf(kind);
  return entries.sort(
    (a, b) =>
      (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) ||
      (a.date ?? '').localeCompare(b.date ?? '') ||
      order(a.kind) - order(b.kind) ||
      a.key.localeCompare(b.key),
  );
}

export interface ChronicleFilter {
  scope: 'jinzhong' | 'shanxi';
  town: string | null;
  /** A county's division code. */
  county: string | null;
  kind: ChronicleKind | null;
  year: string | null;
}

/** The entries a filter keeps: a chosen year leaves out the undated ones (they have none). */
export function filterChronicle(
  entries: readonly ChronicleEntry[],
  filter: ChronicleFilter,
  townById: ReadonlyMap<string, Town>,
): ChronicleEntry[] {
  const { scope, town, county, kind, year } = filter;
  return entries.filter(
    (e) =>
      (scope === 'shanxi' || e.inJinzhong) &&
      (!town || e.towns.includes(town)) &&
      (!county || e.towns.some((id) => townById.get(id)?.county.code === county)) &&
      (!kind || e.kind === kind) &&
      (!year || e.date?.slice(0, 4) === year),
  );
}

export interface ChronicleYear {
  year: string;
  entries: ChronicleEntry[];
}

/** Entries by year, oldest first, and the undated apart. */
export function byYear(entries: readonly ChronicleEntry[]): { years: ChronicleYear[]; undated: ChronicleEntry[] } {
  const years: ChronicleYear[] = [];
  const undated: ChronicleEntry[] = [];
  for (const entry of entries) {
    if (entry.date === null) {
      undated.push(entry);
      continue;
    }
    const year = entry.date.slice(0, 4);
    const last = years.at(-1);
    if (last?.year === year) last.entries.push(entry);
    else years.push({ year, entries: [entry] });
  }
  return { years, undated };
}

/**
 * The month the map shows for an item (`?asof=`): its own month, or for a date known only to its
 * year, that year's December (by its end the item had certainly happened: dates.ts' endOf).
 */
export const asofMonth = (date: string): string => (date.length === 4 ? `${date}-12` : date.slice(0, 7));

/** The first entry in `month` or after it (the chronicle "around" a month of the map), else the last dated one. */
export function entryAround(entries: readonly ChronicleEntry[], month: string): ChronicleEntry | undefined {
  const dated = entries.filter((e) => e.date !== null);
  return dated.find((e) => e.date !== null && e.date.slice(0, 7) >= month) ?? dated.at(-1);
}
