/**
 * Every ranking indicator's ranking, chart rows, county sums and rows by town, made ahead in the
 * browser's idle moments from the dashboard's first render on, a slice per moment (see slices):
 * choosing another indicator then finds them made (with thousands of towns, making them takes
 * longer than an answer may). One schedule for the ranking panel and the map; the results are kept
 * in the dataset's index (see data/rankings), so nothing is made twice. Marks when all are made
 * (the benchmark times an indicator change after that, as after a reader's first look).
 */
import { useMemo } from 'react';
import { rankingIndicators } from '../data/domain/figures';
import { countyGroupsJob, rankingJob, townRowsJob } from '../data/domain/rankings';
import { useLoadedFiles } from '../data/loading/use-dataset';
import { rankingRows } from '../features/charts/ranking-panel';
import { useI18n } from '../i18n/i18n';
import { useFigureChoice } from '../state/view';
import { mark, TIMING } from '../lib/timing';
import { once } from '../lib/slices';
import { useIdleSteps } from '../ui/use-slices';

export function usePreparedIndicators(): void {
  const { dataset, index } = useLoadedFiles();
  const choice = useFigureChoice();
  const { text } = useI18n();
  const indicators = useMemo(() => (dataset ? rankingIndicators(dataset) : []), [dataset]);
  useIdleSteps(
    useMemo(
      () =>
        index
          ? [
              // The rankings first (the most work, and what the rest is made from), then the rest.
              ...indicators.map((indicator) => rankingJob(index, indicator.id, choice)),
              ...indicators.map((indicator) => once(() => rankingRows(index, indicator, choice, text))),
              ...indicators.map((indicator) => countyGroupsJob(index, indicator.id, choice)),
              ...indicators.map((indicator) => townRowsJob(index, indicator.id, choice)),
              once(() => mark(TIMING.indicatorsPrepared)),
            ]
          : [],
      [indicators, index, choice, text],
    ),
  );
}
