/**
 * Towns ranked by an indicator, and the counties' values the map colours: pure derivations read
 * through a dataset's index (figures by town, towns in name order, rankings already made).
 */
import { chooseFigure, reportedBy, type FigureChoice } from './choice';
import { groupBy } from './collections';
import type { DatasetIndex } from './dataset-index';
import { combineQualifiers, isPlanned } from './figures';
import type { Figure, Qualifier, Town } from './schema';
import { tierAt } from './towns';
import { timed, TIMING } from '../timing';

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

/**
 * Towns of 晋中 ranked by one indicator: reported values high to low, then the rest by name. Each
 * town's figure is chosen by one rule (chooseFigure): with a year, only results for that year count;
 * with a date (`asof`), only the towns in the programme by then and the results reported by then.
 * Each ranking is made once per dataset and kept in its index (the map and the chart share it, and
 * the ranking panel makes the other indicators' ahead): do not mutate the result.
 */
export function rankTowns(index: DatasetIndex, indicator: string, choice: FigureChoice = {}): readonly RankingRow[] {
  const key = `${indicator}|${choice.year ?? ''}|${choice.asof ?? ''}`;
  const made = index.rankings.get(key);
  if (made) return made;
  const rows = timed(TIMING.ranking, () => computeRanking(index, indicator, choice));
  index.rankings.set(key, rows);
  return rows;
}

function computeRanking(index: DatasetIndex, indicator: string, choice: FigureChoice): RankingRow[] {
  const reported: RankingRow[] = [];
  const missing: RankingRow[] = [];
  const asof = choice.asof ?? null;
  for (const town of index.towns) {
    if (!town.inJinzhong || (asof !== null && tierAt(town, asof) === null)) continue;
    const own = townFigures(index, town.id, indicator);
    const chosen = chooseFigure(own, index.articleOf, choice);
    const planned = own.filter((f) => isPlanned(f) && (asof === null || reportedBy(f, index.articleOf, asof)));
    (chosen ? reported : missing).push({ town, figure: chosen?.figure ?? null, others: chosen?.others ?? [], planned });
  }
  reported.sort((a, b) => (b.figure?.value ?? 0) - (a.figure?.value ?? 0));
  missing.sort((a, b) => index.nameRank(a.town.id) - index.nameRank(b.town.id));
  return [...reported, ...missing];
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

/** Each county's towns and the sum of their results, with the qualifiers kept (see combineQualifiers). */
export function countyValues(
  index: DatasetIndex,
  countyCodes: readonly string[],
  indicator: string,
  choice: FigureChoice = {},
): Map<string, CountyValue> {
  // Kept per indicator, choice and counties, like the rankings: a choice made before is answered at once.
  const key = `${indicator}|${choice.year ?? ''}|${choice.asof ?? ''}|${countyCodes.join(',')}`;
  const made = index.countyValues.get(key);
  if (made) return made;
  const ranked = rankTowns(index, indicator, choice);
  const values = timed(TIMING.countyGrouping, () => groupByCounty(ranked, countyCodes));
  index.countyValues.set(key, values);
  return values;
}

function groupByCounty(ranked: readonly RankingRow[], countyCodes: readonly string[]): Map<string, CountyValue> {
  const byCounty = groupBy(ranked, (row) => row.town.county.code);
  return new Map(
    countyCodes.map((code): [string, CountyValue] => {
      const own = byCounty.get(code) ?? [];
      const reported = own.flatMap((r) => (r.figure ? [r.figure] : []));
      if (reported.length === 0) return [code, { code, rows: own, value: null, qualifier: 'exact' }];
      const qualifier = combineQualifiers(reported.map((f) => f.qualifier));
      const value = reported.reduce((sum, f) => sum + f.value, 0);
      const upper = qualifier === 'range' ? reported.reduce((sum, f) => sum + (f.upper ?? f.value), 0) : undefined;
      return [code, { code, rows: own, value, upper, qualifier }];
    }),
  );
}
