/**
 * What a town's one-page brief holds: its tier and the designation that gave it, the figure that
 * stands for each indicator (the ranking's rule, data/choice) and the other reports that differ,
 * its targets and plans, its longest series over time, and the sources those cite, numbered in the
 * order they are first cited. Pure: the index and the town in, the brief out.
 */
import { chooseFigure, type FigureChoice } from '../../data/domain/choice';
import { groupBy } from '../../data/format/collections';
import type { DatasetIndex } from '../../data/domain/dataset-index';
import { findIndicator } from '../../data/domain/figures';
import type { Article, DatasetMeta, Designation, Figure, Indicator, Town } from '../../data/format/schema';
import { tierDesignation, townTier, type Tier } from '../../data/domain/towns';
import { townHistory } from './profile-figures';

export interface BriefRow {
  figure: Figure;
  indicator: Indicator;
  /** Other results for the same period that say something else (see data/choice), each with its source's number. */
  others: { figure: Figure; note: number }[];
  /** The source's number in `sources` (1-based). */
  note: number;
}

export interface Brief {
  /** As of the chosen date (`?asof`), as the map shows it; now without one. */
  tier: Tier;
  /** The designation that gave the tier (the first at that level), or the newest step for a town being built up. */
  tierSince: Designation | null;
  /** The number of the designation's source in `sources`. */
  tierNote: number;
  /** For each indicator with results, the figure that stands for the town, in the dataset's order. */
  results: BriefRow[];
  /** Targets, plans and event figures, in the dataset's indicator order, newest first. */
  aims: BriefRow[];
  /** The longest series of one indicator in one scope (two years or more), oldest first. */
  history: { indicator: Indicator; series: Figure[] } | null;
  /** Every source the brief cites, numbered by first citation (the tier's designation first). */
  sources: Article[];
}

export function townBrief(index: DatasetIndex, town: Town, meta: DatasetMeta, choice: FigureChoice = {}): Brief {
  const sources: Article[] = [];
  const noteOf = (articleId: string): number => {
    const at = sources.findIndex((a) => a.id === articleId);
    if (at >= 0) return at + 1;
    const article = index.articleById.get(articleId);
    if (!article) return 0;
    sources.push(article);
    return sources.length;
  };
  const asof = choice.asof ?? null;
  const tierSince = tierDesignation(town, asof);
  const tierNote = tierSince ? noteOf(tierSince.source.article) : 0;

  const own = index.aboutTown(town.id);
  const byIndicator = groupBy(own, (f) => f.indicator);
  const results: BriefRow[] = [];
  const aims: BriefRow[] = [];
  for (const indicator of meta.indicators) {
    const figures = byIndicator.get(indicator.id);
    if (!figures) continue;
    const chosen = chooseFigure(figures, index.articleOf, choice);
    if (chosen)
      results.push({
        figure: chosen.figure,
        indicator,
        note: noteOf(chosen.figure.source.article),
        others: chosen.others.map((figure) => ({ figure, note: noteOf(figure.source.article) })),
      });
    const planned = figures
      .filter((f) => f.kind !== 'actual')
      .sort((a, b) => (b.period ?? '').localeCompare(a.period ?? '') || a.id.localeCompare(b.id));
    for (const figure of planned) aims.push({ figure, indicator, others: [], note: noteOf(figure.source.article) });
  }

  let history: Brief['history'] = null;
  for (const h of townHistory(index, town)) {
    const indicator = findIndicator(meta, h.indicator);
    for (const series of h.series)
      if (indicator && series.length > (history?.series.length ?? 1)) history = { indicator, series };
  }
  if (history) for (const f of history.series) noteOf(f.source.article);

  return { tier: townTier(town, asof), tierSince, tierNote, results, aims, history, sources };
}
