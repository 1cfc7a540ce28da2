/** What a town's profile lists: its figures by kind, where sources differ, its series over time. Pure. */
import { chooseFigure, type FigureChoice } from '../../data/choice';
import { groupBy } from '../../data/collections';
import type { DatasetIndex } from '../../data/dataset-index';
import { byPeriodDesc } from '../../data/figures';
import type { DatasetMeta, Figure, FigureKind, Town } from '../../data/schema';

const KIND_ORDER: FigureKind[] = ['actual', 'target', 'plan', 'event'];

/**
 * A town's results over time: for each indicator and scope with results for two periods or more,
 * those results, oldest first (one scope's series never mixes with another's).
 */
export function townTrends(index: DatasetIndex, town: Town): { indicator: string; figures: Figure[] }[] {
  const actual = index.aboutTown(town.id).filter((f) => f.kind === 'actual' && f.period !== null);
  return [...groupBy(actual, (f) => `${f.indicator}|${f.scope?.zh ?? ''}`).values()]
    .filter((series) => new Set(series.map((f) => f.period)).size > 1)
    .map((series) => ({
      indicator: series[0]?.indicator ?? '',
      figures: [...series].sort((a, b) => -byPeriodDesc(a, b)),
    }));
}

/**
 * Where the sources disagree about a town: for each indicator, the figure that stands for it in the
 * ranking, map and comparison (one rule, data/choice) and the other results for the same period that
 * give another value, qualifier or scope (e.g. 榆次's whole industry and 晋中开发区's firms; 祁县's 50,
 * 53 and 56 enterprises). Listed side by side so that none silently replaces another.
 */
export function disagreements(
  index: DatasetIndex,
  town: Town,
  choice: FigureChoice = {},
): { indicator: string; figures: Figure[] }[] {
  const byIndicator = groupBy(index.aboutTown(town.id), (f) => f.indicator);
  return [...byIndicator.entries()].flatMap(([indicator, own]) => {
    const chosen = chooseFigure(own, index.articleOf, choice);
    return chosen && chosen.others.length > 0 ? [{ indicator, figures: [chosen.figure, ...chosen.others] }] : [];
  });
}

/**
 * Figures about a town or one of its enterprises, grouped by kind, in the dataset's indicator order
 * (in the figures' order when the dataset has not loaded).
 */
export function townFiguresByKind(town: Town, figures: readonly Figure[], meta: DatasetMeta | undefined) {
  const order = new Map(meta?.indicators.map((ind, i) => [ind.id, i]));
  const own = figures.filter(
    (f) => (f.subject.type === 'town' || f.subject.type === 'enterprise') && f.subject.town === town.id,
  );
  own.sort(
    (a, b) =>
      (order.get(a.indicator) ?? 99) - (order.get(b.indicator) ?? 99) || (b.period ?? '').localeCompare(a.period ?? ''),
  );
  return KIND_ORDER.map((kind) => ({ kind, figures: own.filter((f) => f.kind === kind) })).filter(
    (g) => g.figures.length > 0,
  );
}

/** The ranking indicators for which the sources give the town no result. */
export function unreportedIndicators(index: DatasetIndex, town: Town, meta: DatasetMeta) {
  const reported = new Set(index.aboutTown(town.id).flatMap((f) => (f.kind === 'actual' ? [f.indicator] : [])));
  return meta.indicators.filter((i) => i.ranking && !reported.has(i.id));
}
