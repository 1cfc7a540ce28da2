/**
 * Towns ranked by an indicator, and the counties' values the map colours: pure derivations read
 * through a dataset's index (figures by town, towns in name order, rankings already made).
 */
import { chooseFigure, reportedBy, type FigureChoice } from './choice';
import { groupBy, keptIn } from './collections';
import type { DatasetIndex } from './dataset-index';
import { combineQualifiers, isPlanned } from './figures';
import type { Figure, Qualifier, Town } from './schema';
import { tierAt } from './towns';
import { inOrder, loopUntil, once, type Job } from '../slices';
import { measureSince, timed, TIMING } from '../timing';

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
  rankingJob(index, indicator, choice)(Infinity);
  const made = madeRanking(index, indicator, choice);
  if (!made) throw new Error(`ranking by ${indicator} not made`);
  return made;
}

/** The ranking by `indicator` already made, or undefined (see rankingJob). */
export function madeRanking(
  index: DatasetIndex,
  indicator: string,
  choice: FigureChoice = {},
): readonly RankingRow[] | undefined {
  return index.rankings.get(rankingKey(indicator, choice));
}

/** The rankings being made, by index and key: each as one job, whichever caller moves it on. */
const making = new WeakMap<DatasetIndex, Map<string, Job>>();

/**
 * Makes the ranking a slice at a time (see slices): each call goes on where the last one stopped,
 * whoever made it; once done, the ranking is kept in the index like rankTowns' (which runs the
 * same job to its end at once). The index's own preparations (figures by town, towns in name
 * order) are steps of their own.
 */
export function rankingJob(index: DatasetIndex, indicator: string, choice: FigureChoice = {}): Job {
  const key = rankingKey(indicator, choice);
  return (deadline) => {
    if (index.rankings.has(key)) return true;
    const byKey = keptIn(making, index, () => new Map<string, Job>());
    const job = keptIn(byKey, key, () => newRanking(index, indicator, choice, (rows) => index.rankings.set(key, rows)));
    const start = performance.now();
    const done = job(deadline);
    measureSince(TIMING.ranking, start);
    if (done) byKey.delete(key);
    return done;
  };
}

/** The steps of making a ranking, as one job that hands the rows to `keep` at the end. */
function newRanking(
  index: DatasetIndex,
  indicator: string,
  choice: FigureChoice,
  keep: (rows: RankingRow[]) => void,
): Job {
  const reported: RankingRow[] = [];
  const missing: RankingRow[] = [];
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
    once(() => index.aboutTown('')),
    (deadline) => loopUntil(index.towns, towns, deadline, rank),
    once(() => reported.sort((a, b) => (b.figure?.value ?? 0) - (a.figure?.value ?? 0))),
    once(() => index.nameRank('')),
    once(() => {
      missing.sort((a, b) => index.nameRank(a.town.id) - index.nameRank(b.town.id));
      keep([...reported, ...missing]);
    }),
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
  return keptIn(index.countyGroups, rankingKey(indicator, choice), () => {
    const ranked = rankTowns(index, indicator, choice);
    return timed(TIMING.countyGrouping, () => groupByCounty(ranked));
  });
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

function groupByCounty(ranked: readonly RankingRow[]): Map<string, CountyValue> {
  const groups = new Map<string, CountyValue>();
  for (const [code, own] of groupBy(ranked, (row) => row.town.county.code)) {
    const reported = own.flatMap((r) => (r.figure ? [r.figure] : []));
    if (reported.length === 0) {
      groups.set(code, { code, rows: own, value: null, qualifier: 'exact' });
      continue;
    }
    const qualifier = combineQualifiers(reported.map((f) => f.qualifier));
    const value = reported.reduce((sum, f) => sum + f.value, 0);
    const upper = qualifier === 'range' ? reported.reduce((sum, f) => sum + (f.upper ?? f.value), 0) : undefined;
    groups.set(code, { code, rows: own, value, upper, qualifier });
  }
  return groups;
}

/** A ranking's rows by town id (the map's markers read them); made once per ranking. */
const madeTownRows = new WeakMap<readonly RankingRow[], ReadonlyMap<string, RankingRow>>();

export function townRows(ranked: readonly RankingRow[]): ReadonlyMap<string, RankingRow> {
  return keptIn(madeTownRows, ranked, () => new Map(ranked.map((row) => [row.town.id, row])));
}
