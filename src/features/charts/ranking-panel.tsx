/**
 * Towns ranked by the chosen indicator: the chart (its own lazily loaded chunk), a table of the
 * same figures, and downloads, in the shared chart frame.
 */
import { lazy, Suspense, useEffect, useMemo, type ComponentProps } from 'react';
import { ChartFrame, subsetNote } from '../../charts/chart-frame';
import { rowLabel } from '../../charts/figure-rows';
import { rankingIndicators, rankTowns, resolveIndicator } from '../../data/select';
import type { Figure, Town } from '../../data/schema';
import { useI18n } from '../../i18n/i18n';
import { fill } from '../../i18n/messages';
import { DataGate, Loading, useTownFigures } from '../../ui/data-gate';
import { rankingFigureRows } from './ranking-rows';

const RankingChart = lazy(() => import('./ranking-chart'));

/** The bar chart of figure rows (the ranking's, or a town's over time), loaded with ECharts when first drawn. */
export function LazyRankingChart(props: ComponentProps<typeof RankingChart>) {
  return (
    <Suspense fallback={<Loading />}>
      <RankingChart {...props} />
    </Suspense>
  );
}
/** Runs `step` when the browser is idle (or soon, where it cannot tell). */
const whenIdle = (step: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(step, { timeout: 2000 }) : setTimeout(step, 50);

/**
 * Makes the other indicators' rankings in idle moments, one at a time, so that choosing another
 * indicator with thousands of towns finds its ranking made (rankTowns keeps them).
 */
function usePreparedRankings(
  towns: readonly Town[],
  figures: readonly Figure[],
  indicators: readonly string[],
  period: string | null,
) {
  useEffect(() => {
    let stopped = false;
    const queue = [...indicators];
    const step = () => {
      const indicator = queue.shift();
      if (stopped || indicator === undefined) return;
      rankTowns(towns, figures, indicator, period);
      whenIdle(step);
    };
    whenIdle(step);
    return () => {
      stopped = true;
    };
  }, [towns, figures, indicators, period]);
}

/** The chart draws at most this many towns (a readable height); the table and CSV have them all. */
export const RANKING_CHART_ROWS = 20;

function Ranking({
  indicatorId,
  period,
  onSelectTown,
}: {
  indicatorId: string;
  /** The year ranked, or null for each town's latest result. */
  period: string | null;
  onSelectTown: (id: string) => void;
}) {
  const i18n = useI18n();
  const { t, text } = i18n;
  const { meta, towns, figures } = useTownFigures();
  const indicator = resolveIndicator(meta, indicatorId);
  const others = useMemo(() => rankingIndicators(meta).map((i) => i.id), [meta]);
  usePreparedRankings(towns, figures, others, period);
  const rows = useMemo(
    () => (indicator ? rankingFigureRows(rankTowns(towns, figures, indicator.id, period), indicator, text) : []),
    [towns, figures, indicator, period, text],
  );
  const chartRows = useMemo(() => rows.slice(0, RANKING_CHART_ROWS), [rows]);
  if (!indicator) return null;
  const name = period ? `${text(indicator.name)} (${period})` : text(indicator.name);
  const topNote = subsetNote(chartRows.length, rows.length, t.chartSubset);
  const description = [
    fill(t.chartDescription, { indicator: name }),
    ...(topNote ? [topNote] : []),
    ...chartRows.map((r) => {
      const f = r.figure;
      const kind = f && f.kind !== 'actual' ? ` (${t.kind[f.kind]})` : '';
      const scope = f?.scope ? ` (${t.scope}: ${text(f.scope)})` : '';
      return `${r.subject}: ${rowLabel(r, i18n)}${kind}${scope}`;
    }),
  ].join(' ');

  return (
    <ChartFrame
      embed="ranking"
      id="ranking-chart"
      title={`${t.chartTitle}: ${name}`}
      rows={rows}
      fileName={`jinzhong-towns-${indicator.id}`}
      subset={topNote}
      note={<p className="muted small">{t.rankingNote}</p>}
      renderChart={(controls) => (
        <LazyRankingChart
          rows={chartRows}
          unit={indicator.unit}
          description={description}
          controls={controls}
          onSelectTown={onSelectTown}
        />
      )}
    />
  );
}

export function RankingPanel(props: {
  indicatorId: string;
  period: string | null;
  onSelectTown: (id: string) => void;
}) {
  return <DataGate need={['dataset', 'towns', 'figures']}>{() => <Ranking {...props} />}</DataGate>;
}
