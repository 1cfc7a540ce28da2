/** What a town's profile lists: its figures by kind, where sources differ, its series over time. Pure. */
import { chooseFigure, type FigureChoice } from '../../data/domain/choice';
import { groupBy } from '../../data/format/collections';
import type { DatasetIndex } from '../../data/domain/dataset-index';
import { byPeriodDesc, figureYear, subjectTown } from '../../data/domain/figures';
import type { DatasetMeta, Figure, FigureKind, Text, Town } from '../../data/format/schema';

const KIND_ORDER: FigureKind[] = ['actual', 'target', 'plan', 'event'];

export interface History {
  indicator: string;
  /** Series of one scope with results for two years or more, one result per year, oldest first. */
  series: Figure[][];
  /** The indicator's other dated results (scopes reported for one year only), oldest first: listed, never joined. */
  points: Figure[];
}

/**
 * A town's results over time, per indicator with results for two years or more. A series is one
 * indicator in one scope: a change of scope (the park's producers, the whole county's firms) or of
 * indicator (产值, 经济总量) starts another, never a continuation. Within a scope each year has one
 * result, chosen by the ranking's rule (another source for the same year is a disagreement, listed
 * as such, not a point in time). Scopes with one year only are returned as points beside the series.
 */
export function townHistory(index: DatasetIndex, town: Town): History[] {
  const dated = index.aboutTown(town.id).filter((f) => f.kind === 'actual' && f.period !== null);
  const histories: History[] = [];
  const oldestFirst = (a: Figure, b: Figure) => -byPeriodDesc(a, b);
  for (const [indicator, results] of groupBy(dated, (f) => f.indicator)) {
    const byScope = [...groupBy(results, (f) => f.scope?.zh ?? '').values()].map((figures) =>
      [...groupBy(figures, figureYear).values()]
        .flatMap((sameYear) => chooseFigure(sameYear, index.articleOf)?.figure ?? [])
        .sort(oldestFirst),
    );
    if (new Set(byScope.flat().map(figureYear)).size < 2) continue;
    histories.push({
      indicator,
      series: byScope.filter((figures) => figures.length > 1),
      points: byScope
        .filter((figures) => figures.length === 1)
        .flat()
        .sort(oldestFirst),
    });
  }
  return histories;
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
  const own = figures.filter((f) => subjectTown(f.subject) === town.id);
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

/** What a figure of the town counts, for a table's scope column: its scope, else its note, else the whole town. */
export function scopeOf(figure: Figure, town: Town): Text {
  return figure.scope ?? figure.note ?? town.name;
}
