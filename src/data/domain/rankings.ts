/**
 * Towns ranked by an indicator, and the counties' values the map colours: pure derivations read
 * through a dataset's index (figures by town, towns in name order, rankings already made).
 */
import { chooseFigure, reportedBy, type FigureChoice } from './choice';
import { addToGroup, keptIn } from '../format/collections';
import type { DatasetIndex } from './dataset-index';
import { combineQualifiers, isPlanned } from './figures';
import type { Figure, Qualifier, Town } from '../format/schema';
import { tierAt } from './towns';
import { finish, inOrder, later, loopUntil, once, sortJob, type Job } from '../../lib/slices';
import { measureSince, TIMING } from '../../lib/timing';

export interface RankingRow {
  town: Town;
  /** The actual figure ranked, or null: "not reported". */
  figure: Figure | null;
  /** Other results for the same period that say something else ("sources differ"; see chooseFigure). */
  others: Figure[];
  /** Targets or plans for the same indicator, shown beside a missing actual, never ranked. */
  planned: Figure[];
}

/** Figures about a town itself (not its enterprises), for one indicator. */
export function townFigures(index: DatasetIndex, townId: string, indicator: string): Figure[] {
  return index.aboutTown(townId).filter((f) => f.indicator === indicator);
}

/** The key a ranking (and its county groups) is kept under. */
const rankingKey = (indicator: string, choice: FigureChoice) =>
  `${indicator}|${choice.year ?? ''}|${choice.asof ?? ''}`;

/**
 * Towns of 晋中 ranked by one indicator: reported values high to low, then the rest by name. Each
 * town's figure is chosen by one rule (chooseFigure): with a year, only results for that year count;
 * with a date (`asof`), only the towns in the programme by then and the results reported by then.
 * Each ranking is made once per dataset and kept in its index (the map and the chart share it, and
 * app/prepare-indicators makes the other indicators' ahead): do not mutate the result.
 */
export function rankTowns(index: DatasetIndex, indicator: string, choice: FigureChoice = {}): readonly RankingRow[] {
  return atOnce(rankingJob(index, indicator, choice), () => madeRanking(index, indicator, choice), indicator);
}

/** The ranking by `indicator` already made, or undefined (see rankingJob). */
export function madeRanking(
  index: DatasetIndex,
  indicator: string,
  choice: FigureChoice = {},
): readonly RankingRow[] | undefined {
  return index.rankings.get(rankingKey(indicator, choice));
}

/** What `job` makes, made to its end now (the at-once callers of the jobs below). */
function atOnce<T>(job: Job, made: () => T | undefined, indicator: string): T {
  finish(job);
  const result = made();
  if (result === undefined) throw new Error(`what is made from the ranking by ${indicator} was not made`);
  return result;
}

/** What is being made, by index and key: each as one job, whichever caller moves it on. */
const making = new WeakMap<DatasetIndex, Map<string, Job>>();

/**
 * The job `make` makes for `key`, shared by every caller until it is done (whoever calls it moves
 * the same work on); true at once when `made` says it is. Each call's time is measured as `timing`, if given.
 */
function shared(index: DatasetIndex, key: string, made: () => boolean, make: () => Job, timing?: string): Job {
  return (deadline) => {
    if (made()) return true;
    const byKey = keptIn(making, index, () => new Map<string, Job>());
    const job = keptIn(byKey, key, make);
    const start = performance.now();
    const done = job(deadline);
    if (timing) measureSince(timing, start);
    if (done) byKey.delete(key);
    return done;
  };
}

/**
 * Makes the ranking a slice at a time (see slices): each call goes on where the last one stopped,
 * whoever made it; once done, the ranking is kept in the index like rankTowns' (which runs the
 * same job to its end at once). The index's own preparations (figures by town, towns in name
 * order) are steps of their own.
 */
export function rankingJob(index: DatasetIndex, indicator: string, choice: FigureChoice = {}): Job {
  const key = rankingKey(indicator, choice);
  return shared(
    index,
    `ranking|${key}`,
    () => index.rankings.has(key),
    () => newRanking(index, indicator, choice, (rows) => index.rankings.set(key, rows)),
    TIMING.ranking,
  );
}

/** The steps of making a ranking, as one job that hands the rows to `keep` at the end. */
function newRanking(
  index: DatasetIndex,
  indicator: string,
  choice: FigureChoice,
  keep: (rows: RankingRow[]) => void,
): Job {
  let reported: RankingRow[] = [];
  let missing: RankingRow[] = [];
  const asof = choice.asof ?? null;
  const rank = (town: Town) => {
    if (!town.inJinzhong || (asof !== null && tierAt(town, asof) === null)) return;
    const own = townFigures(index, town.id, indicator);
    const chosen = chooseFigure(own, index.articleOf, choice);
    const planned = own.filter((f) => isPlanned(f) && (asof === null || reportedBy(f, index.articleOf, asof)));
    (chosen ? reported : missing).push({ town, figure: chosen?.figure ?? null, others: chosen?.others ?? [], planned });
  };
  const towns = { next: 0 };
  return inOrder([
    index.preparing,
    (deadline) => loopUntil(index.towns, towns, deadline, rank),
    // Sorted in parts once all are in (sortJob sorts a copy).
    later(() =>
      sortJob(
        reported,
        (a, b) => (b.figure?.value ?? 0) - (a.figure?.value ?? 0),
        (rows) => (reported = rows),
      ),
    ),
    later(() =>
      sortJob(
        missing,
        (a, b) => index.nameRank(a.town.id) - index.nameRank(b.town.id),
        (rows) => (missing = rows),
      ),
    ),
    once(() => keep([...reported, ...missing])),
  ]);
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

/**
 * Every county's towns in a ranking and the sum of their results, for each county with a ranked
 * town. Made once per ranking and kept in the index, like the rankings: the map's colours, the
 * county profiles and the idle preparation share it. Do not mutate the result.
 */
export function countyGroups(
  index: DatasetIndex,
  indicator: string,
  choice: FigureChoice = {},
): ReadonlyMap<string, CountyValue> {
  return atOnce(
    countyGroupsJob(index, indicator, choice),
    () => index.countyGroups.get(rankingKey(indicator, choice)),
    indicator,
  );
}

/** countyGroups a slice at a time (see slices), after the ranking they are made from. */
export function countyGroupsJob(index: DatasetIndex, indicator: string, choice: FigureChoice = {}): Job {
  const key = rankingKey(indicator, choice);
  return inOrder([
    rankingJob(index, indicator, choice),
    shared(
      index,
      `counties|${key}`,
      () => index.countyGroups.has(key),
      () => newCountyGroups(rankTowns(index, indicator, choice), (groups) => index.countyGroups.set(key, groups)),
      TIMING.countyGrouping,
    ),
  ]);
}

/** Each of the given counties' towns and the sum of their results, with the qualifiers kept (see combineQualifiers). */
export function countyValues(
  index: DatasetIndex,
  countyCodes: readonly string[],
  indicator: string,
  choice: FigureChoice = {},
): Map<string, CountyValue> {
  const groups = countyGroups(index, indicator, choice);
  return new Map(
    countyCodes.map((code): [string, CountyValue] => [
      code,
      groups.get(code) ?? { code, rows: [], value: null, qualifier: 'exact' },
    ]),
  );
}

/** The steps of summing a ranking by county: its rows by county, then each county's sum. */
function newCountyGroups(ranked: readonly RankingRow[], keep: (groups: Map<string, CountyValue>) => void): Job {
  const byCounty = new Map<string, RankingRow[]>();
  const groups = new Map<string, CountyValue>();
  const grouped = { next: 0 };
  const summed = { next: 0 };
  return inOrder([
    (deadline) => loopUntil(ranked, grouped, deadline, (row) => addToGroup(byCounty, row.town.county.code, row)),
    later(() => {
      const counties = [...byCounty];
      return (deadline) =>
        loopUntil(counties, summed, deadline, ([code, own]) => groups.set(code, countyValue(code, own)));
    }),
    once(() => keep(groups)),
  ]);
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

/** Rankings' rows by town id (the map's markers read them); made once per ranking. */
const madeTownRows = new WeakMap<readonly RankingRow[], ReadonlyMap<string, RankingRow>>();

/** The ranking's rows by town id. Do not mutate the result. */
export function townRows(
  index: DatasetIndex,
  indicator: string,
  choice: FigureChoice = {},
): ReadonlyMap<string, RankingRow> {
  return atOnce(
    townRowsJob(index, indicator, choice),
    () => madeTownRows.get(rankTowns(index, indicator, choice)),
    indicator,
  );
}

/** townRows a slice at a time (see slices), after the ranking they are read from. */
export function townRowsJob(index: DatasetIndex, indicator: string, choice: FigureChoice = {}): Job {
  const ranking = () => rankTowns(index, indicator, choice);
  return inOrder([
    rankingJob(index, indicator, choice),
    shared(
      index,
      `towns|${rankingKey(indicator, choice)}`,
      () => madeTownRows.has(ranking()),
      () => {
        const ranked = ranking();
        const rows = new Map<string, RankingRow>();
        const read = { next: 0 };
        return inOrder([
          (deadline) => loopUntil(ranked, read, deadline, (row) => rows.set(row.town.id, row)),
          once(() => madeTownRows.set(ranked, rows)),
        ]);
      },
    ),
  ]);
}
