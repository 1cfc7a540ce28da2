/** What stands for a town in the comparison. Pure. */
import { chooseFigure, type FigureChoice } from '../../data/domain/choice';
import type { DatasetIndex } from '../../data/domain/dataset-index';
import { isPlanned } from '../../data/domain/figures';
import { townFigures } from '../../data/domain/rankings';
import type { Figure } from '../../data/format/schema';

/**
 * What stands for a town and an indicator when towns are compared: its result if the sources give
 * one (chosen by the same rule as the ranking, with the other reports that say something else),
 * else its plan or target (shown as such), else null (not reported).
 */
export function compareFigure(
  index: DatasetIndex,
  townId: string,
  indicator: string,
  choice: FigureChoice = {},
): { figure: Figure; others: Figure[] } | null {
  const own = townFigures(index, townId, indicator);
  const chosen = chooseFigure(own, index.articleOf, choice);
  if (chosen) return chosen;
  const planned = own.find(isPlanned);
  return planned ? { figure: planned, others: [] } : null;
}
