/**
 * Towns ranked by an indicator, and what the map and the profiles read from a ranking (each
 * town's row, each county's towns and sum). Pure: the same function ranks a small dataset on the
 * page and a large one in the data worker (see loading/derive), which sends the ranking back as
 * ids (packRanking) for the page to put back together with its own records (unpackRanking).
 */
import { chooseFigure, reportedBy, type FigureChoice } from './choice';
import { groupBy } from '../format/collections';
import type { DatasetIndex } from './dataset-index';
import { combineQualifiers, figureYear, isPlanned } from './figures';
import type { Figure, Qualifier, Town } from '../format/schema';
import { tierAt } from './towns';

export interface RankingRow {
  town: Town;
  /** The actual figure ranked, or null: "not reported". */
  figure: Figure | null;
  /** Other results for the same period that say something else ("sources differ"; see chooseFigure). */
  others: Figure[];
  /** Targets or plans for the same indicator, shown beside a missing actual, never ranked. */
  planned: Figure[];
}

export interface CountyValue {
  code: string;
  /** The towns of the county with their ranked figure (or null) and plans. */
  rows: RankingRow[];
  /** Sum of the towns' reported results; null when none reports one ("no data", never 0). */
  value: number | null;
  upper?: number;
  qualifier: Qualifier;
}

/** Which towns a ranking takes: 晋中's, or every town of 山西 the data holds. */
export type RankingScope = 'jinzhong' | 'shanxi';

/** What a ranking was made for: an indicator, the year and date its figures were chosen by, and its towns. */
export interface RankingSubject {
  indicator: string;
  year: string | null;
  asof: string | null;
  scope: RankingScope;
}

/** A ranking with what is read from it: each town's row, each county's towns and their sum. */
export interface Ranking extends RankingSubject {
  /** Reported values high to low, then the towns without one by name. */
  rows: readonly RankingRow[];
  byTown: ReadonlyMap<string, RankingRow>;
  /** Each county with a ranked town. */
  byCounty: ReadonlyMap<string, CountyValue>;
}

/** The subject of a ranking by `indicator` with the figures chosen by `choice`, of the towns of `scope`. */
export function rankingSubject(
  indicator: string,
  choice: FigureChoice = {},
  scope: RankingScope = 'jinzhong',
): RankingSubject {
  return { indicator, year: choice.year ?? null, asof: choice.asof ?? null, scope };
}

/** Whether a town is one a ranking of `scope` takes. */
export const inScope = (town: Town, scope: RankingScope) => scope === 'shanxi' || town.inJinzhong;

/** Figures about a town itself (not its enterprises), for one indicator. */
export function townFigures(index: DatasetIndex, townId: string, indicator: string): Figure[] {
  return index.aboutTown(townId).filter((f) => f.indicator === indicator);
}

/**
 * Towns of 晋中 (or, with scope "shanxi", every town the data holds) ranked by one indicator:
 * reported values high to low, then the rest by name. Each
 * town's figure is chosen by one rule (chooseFigure): with a year, only results for that year count
 * (and only plans or targets for that year are shown beside a missing one: an undated plan belongs
 * to the latest view alone); with a date (`asof`), only the towns in the programme by then and the
 * results reported by then.
 */
export function rankTowns(
  index: DatasetIndex,
  indicator: string,
  choice: FigureChoice = {},
  scope: RankingScope = 'jinzhong',
): RankingRow[] {
  const reported: RankingRow[] = [];
  const missing: RankingRow[] = [];
  const asof = choice.asof ?? null;
  const year = choice.year ?? null;
  for (const town of index.towns) {
    if (!inScope(town, scope) || (asof !== null && tierAt(town, asof) === null)) continue;
    const own = townFigures(index, town.id, indicator);
    const chosen = chooseFigure(own, index.articleOf, choice);
    const planned = own.filter(
      (f) =>
        isPlanned(f) &&
        (year === null || figureYear(f) === year) &&
        (asof === null || reportedBy(f, index.articleOf, asof)),
    );
    (chosen ? reported : missing).push({ town, figure: chosen?.figure ?? null, others: chosen?.others ?? [], planned });
  }
  reported.sort((a, b) => (b.figure?.value ?? 0) - (a.figure?.value ?? 0));
  missing.sort((a, b) => index.nameRank(a.town.id) - index.nameRank(b.town.id));
  return [...reported, ...missing];
}

/** The ranking by `subject`'s indicator, with its rows by town and by county. */
export function makeRanking(index: DatasetIndex, subject: RankingSubject): Ranking {
  return rankingFrom(subject, rankTowns(index, subject.indicator, subject, subject.scope));
}

/** A ranking's rows read by town and summed by county. */
export function rankingFrom(subject: RankingSubject, rows: readonly RankingRow[]): Ranking {
  const byCounty = new Map<string, CountyValue>();
  for (const [code, own] of groupBy(rows, (row) => row.town.county.code)) byCounty.set(code, countyValue(code, own));
  return { ...subject, rows, byTown: new Map(rows.map((row) => [row.town.id, row])), byCounty };
}

/** A county's towns in a ranking and the sum of their results ("no data" when none is ranked). */
export function countyOf(ranking: Ranking, code: string): CountyValue {
  return ranking.byCounty.get(code) ?? { code, rows: [], value: null, qualifier: 'exact' };
}

/** Each of the given counties' towns and the sum of their results, with the qualifiers kept (see combineQualifiers). */
export function countyValues(ranking: Ranking, countyCodes: readonly string[]): Map<string, CountyValue> {
  return new Map(countyCodes.map((code) => [code, countyOf(ranking, code)]));
}

/** A county's towns in a ranking and the sum of their reported results. */
function countyValue(code: string, own: RankingRow[]): CountyValue {
  const reported = own.flatMap((r) => (r.figure ? [r.figure] : []));
  if (reported.length === 0) return { code, rows: own, value: null, qualifier: 'exact' };
  const qualifier = combineQualifiers(reported.map((f) => f.qualifier));
  const value = reported.reduce((sum, f) => sum + f.value, 0);
  const upper = qualifier === 'range' ? reported.reduce((sum, f) => sum + (f.upper ?? f.value), 0) : undefined;
  return { code, rows: own, value, upper, qualifier };
}

/**
 * A ranking's rows as ids, for a message between the data worker and the page: a few flat lists
 * rather than an object per town, which the browser copies several times faster.
 */
export interface PackedRanking {
  /** Each row's town, in ranking order. */
  towns: string[];
  /** Each row's ranked figure, or null. */
  figures: (string | null)[];
  /** The rows with other reports or plans: [row, others, planned]. */
  extras: [row: number, others: string[], planned: string[]][];
}

const ids = (figures: readonly Figure[]) => figures.map((f) => f.id);

export function packRanking(rows: readonly RankingRow[]): PackedRanking {
  const extras: PackedRanking['extras'] = [];
  for (const [i, row] of rows.entries())
    if (row.others.length > 0 || row.planned.length > 0) extras.push([i, ids(row.others), ids(row.planned)]);
  return { towns: rows.map((row) => row.town.id), figures: rows.map((row) => row.figure?.id ?? null), extras };
}

/**
 * The rows back with the index's own towns and figures; null when the index lacks one of them
 * (the worker read other files than the page holds).
 */
export function unpackRanking(index: DatasetIndex, packed: PackedRanking): RankingRow[] | null {
  const figures = (list: readonly string[]) => {
    const found = list.map((id) => index.figureById(id));
    return found.every((f) => f !== undefined) ? (found as Figure[]) : null;
  };
  const rows: RankingRow[] = [];
  for (const [i, id] of packed.towns.entries()) {
    const town = index.townById.get(id);
    const figureId = packed.figures[i] ?? null;
    const figure = figureId === null ? null : index.figureById(figureId);
    if (!town || figure === undefined) return null;
    rows.push({ town, figure, others: [], planned: [] });
  }
  for (const [i, others, planned] of packed.extras) {
    const row = rows[i];
    const found = { others: figures(others), planned: figures(planned) };
    if (!row || !found.others || !found.planned) return null;
    rows[i] = { ...row, others: found.others, planned: found.planned };
  }
  return rows;
}
