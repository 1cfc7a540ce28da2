/** What stands for a town in the comparison. Pure. */
import type { DatasetIndex } from '../../data/dataset-index';
import { isPlanned, representativeFigure } from '../../data/figures';
import { townFigures } from '../../data/rankings';
import type { Figure } from '../../data/schema';

/**
 * What stands for a town and an indicator when towns are compared: its result if the sources give
 * one, else its plan or target (shown as such), else null (not reported).
 */
export function compareFigure(index: DatasetIndex, townId: string, indicator: string): Figure | null {
  const own = townFigures(index, townId, indicator);
  return representativeFigure(own) ?? own.find(isPlanned) ?? null;
}
