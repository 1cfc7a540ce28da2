/**
 * The indicator the map and the ranking chart show: the chosen one once its ranking, county sums
 * and rows by town are made (see data/rankings). With a small dataset that is at once; with
 * thousands of towns they are made a slice at a time (see slices), and until then both keep
 * showing the last indicator, marked busy, so that choosing never blocks the page.
 */
import { useMemo } from 'react';
import type { FigureChoice } from '../data/domain/choice';
import type { DatasetIndex } from '../data/domain/dataset-index';
import { resolveIndicator } from '../data/domain/figures';
import { countyGroupsJob, rankingJob, townRowsJob } from '../data/domain/rankings';
import type { DatasetMeta, Indicator } from '../data/format/schema';
import { useFigureChoice, useView } from '../state/view';
import { useWhenMade } from './use-slices';

export interface ShownIndicator {
  /** The indicator shown (undefined when the dataset has none, or before it is in). */
  indicator: Indicator | undefined;
  choice: FigureChoice;
}

/** What to show now (null before the first is made) and whether a newer choice is being made. */
export function useShownIndicator(
  meta: DatasetMeta | undefined,
  index: DatasetIndex | undefined,
): { shown: ShownIndicator | null; busy: boolean } {
  const { view } = useView();
  const choice = useFigureChoice();
  const indicator = meta ? resolveIndicator(meta, view.indicator) : undefined;
  const jobs = useMemo(
    () =>
      indicator && index
        ? [
            rankingJob(index, indicator.id, choice),
            countyGroupsJob(index, indicator.id, choice),
            townRowsJob(index, indicator.id, choice),
          ]
        : [],
    [index, indicator, choice],
  );
  return useWhenMade(
    useMemo(() => ({ indicator, choice }), [indicator, choice]),
    jobs,
  );
}
