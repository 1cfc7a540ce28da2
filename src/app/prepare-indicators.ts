/**
 * Every ranking indicator's ranking asked for ahead, one in each of the browser's idle moments
 * from the dashboard's first render on: choosing another indicator then finds it made (with
 * thousands of towns the data worker makes them; see data/loading/use-derived). Marks when all
 * are in (the benchmark times an indicator change after that, as after a reader's first look).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { rankingIndicators } from '../data/domain/figures';
import { rankingSubject } from '../data/domain/rankings';
import { useLoadedFiles } from '../data/loading/use-dataset';
import { rankingQuery, useDeriveSource } from '../data/loading/use-derived';
import { useFigureChoice } from '../state/view';
import { mark, TIMING } from '../lib/timing';
import { idle } from '../lib/yielding';

export function usePreparedIndicators(): void {
  const client = useQueryClient();
  const { dataset } = useLoadedFiles();
  const source = useDeriveSource();
  const { year = null, asof = null } = useFigureChoice();
  const indicators = useMemo(() => (dataset ? rankingIndicators(dataset) : []), [dataset]);
  useEffect(() => {
    if (!source) return;
    let stopped = false;
    void (async () => {
      for (const indicator of indicators) {
        await idle();
        if (stopped) return;
        await client.prefetchQuery(rankingQuery(source, rankingSubject(indicator.id, { year, asof }), true));
      }
      if (!stopped) mark(TIMING.indicatorsPrepared);
    })();
    return () => {
      stopped = true;
    };
  }, [client, source, indicators, year, asof]);
}
