/**
 * Towns ranked by the chosen indicator: the chart (its own lazily loaded chunk), a table of the
 * same figures, and downloads, in the shared chart frame.
 */
import { useCallback, useMemo } from 'react';
import { ChartFrame, subsetNote } from '../../charts/chart-frame';
import { rowLabel, type FigureRow } from '../../charts/figure-rows';
import { periodOrReported } from '../../ui/source-citation';
import { useArticleIndex } from '../../charts/figure-table';
import { figureBarsHeight } from '../../charts/bar-layout';
import { LazyFigureBarChart } from '../../charts/lazy-figure-bar-chart';
import { findIndicator, isPartYear, resolveIndicator } from '../../data/domain/figures';
import { townCity } from '../../data/domain/towns';
import type { RankingRow } from '../../data/domain/rankings';
import type { DatasetMeta, Figure, Indicator, Text } from '../../data/format/schema';
import { useRanking } from '../../data/loading/use-derived';
import { useI18n } from '../../i18n/i18n';
import { fill } from '../../i18n/messages';
import { useFigureChoice, useSetView, useView } from '../../state/view';
import { DataGate, Loading } from '../../ui/data-gate';
import { ScopeToggle } from '../../ui/scope-toggle';

/**
 * The ranking's rows: each town's result, else its plan or target, else nothing. Results for a
 * whole year come first, then results for part of a year, then plans and targets, then the towns
 * with nothing reported: each group drawn apart, keeping its order. Among the province's towns
 * (`withCity`) each name is followed by its city, 晋中's included, so that 晋中's stand out.
 */
export function rankingFigureRows(
  ranked: readonly RankingRow[],
  indicator: Indicator,
  text: (value: Text) => string,
  withCity = false,
): FigureRow[] {
  const rows = ranked.map((r) => ({
    key: r.town.id,
    townId: r.town.id,
    subject: withCity ? `${text(r.town.name)} · ${text(townCity(r.town))}` : text(r.town.name),
    indicator,
    figure: r.figure ?? r.planned[0] ?? null,
    others: r.others,
  }));
  // One pass, not a sort (thousands of towns): the results are already ranked.
  const groups: FigureRow[][] = [[], [], [], []];
  for (const row of rows) groups[groupOf(row.figure)]?.push(row);
  return groups.flat();
}

function groupOf(figure: Figure | null): number {
  if (figure === null) return 3;
  if (figure.kind !== 'actual') return 2;
  return isPartYear(figure) ? 1 : 0;
}

/** The chart draws at most this many towns (a readable height); the table and CSV have them all. */
export const RANKING_CHART_ROWS = 20;

function Ranking({ meta }: { meta: DatasetMeta }) {
  const i18n = useI18n();
  const { t, text, period: periodText } = i18n;
  const setView = useSetView();
  const { view } = useView();
  const articles = useArticleIndex();
  // Until a new indicator's ranking is made (thousands of towns), the chart keeps the last one.
  const { ranking, busy } = useRanking(resolveIndicator(meta, view.indicator)?.id, useFigureChoice(), view.scope);
  const indicator = ranking ? findIndicator(meta, ranking.indicator) : undefined;
  const province = ranking?.scope === 'shanxi';
  const rows = useMemo(
    () => (ranking && indicator ? rankingFigureRows(ranking.rows, indicator, text, province) : []),
    [ranking, indicator, text, province],
  );
  const chartRows = useMemo(() => rows.slice(0, RANKING_CHART_ROWS), [rows]);
  // Clicking a bar (or its row) selects the town across the dashboard.
  const selectTown = useCallback(
    (row: FigureRow) => {
      if (row.townId) setView({ town: row.townId });
    },
    [setView],
  );
  if (!ranking) return <Loading />;
  if (!indicator) return null;
  const period = ranking.year;
  const name = period ? `${text(indicator.name)} (${period})` : text(indicator.name);
  const topNote = subsetNote(chartRows.length, rows.length, t.chartSubset);
  const description = [
    fill(province ? t.chartDescriptionShanxi : t.chartDescription, { indicator: name }),
    ...(topNote ? [topNote] : []),
    ...chartRows.map((r) => {
      const f = r.figure;
      const kind = f && f.kind !== 'actual' ? ` (${t.kind[f.kind]})` : '';
      const scope = f?.scope ? ` (${t.scope}: ${text(f.scope)})` : '';
      const when = !f
        ? ''
        : province
          ? `, ${periodOrReported(f, articles.get(f.source.article), i18n)}`
          : `, ${f.period ? periodText(f.period) : t.periodNotGiven}`;
      return `${r.subject}: ${rowLabel(r, i18n)}${kind}${scope}${when}`;
    }),
  ].join(' ');

  return (
    <ChartFrame
      embed="ranking"
      id="ranking-chart"
      busy={busy}
      title={`${t.chartTitle}${i18n.lang === 'zh' ? '：' : ': '}${name}${province ? ` · ${t.extentShanxi}` : ''}`}
      rows={rows}
      drawn={chartRows}
      fileName={`${province ? 'shanxi' : 'jinzhong'}-towns-${indicator.id}`}
      subset={topNote}
      height={() => figureBarsHeight(chartRows.length, false, province)}
      tools={view.embed ? undefined : <ScopeToggle />}
      note={
        <>
          {province && <p className="small scope-note">{t.scopeShanxiNote}</p>}
          <p className="muted small">{t.rankingNote}</p>
        </>
      }
      renderChart={(controls) => (
        <LazyFigureBarChart
          rows={chartRows}
          unit={indicator.unit}
          description={description}
          controls={controls}
          withPeriod
          withScope={province}
          onSelect={selectTown}
        />
      )}
    />
  );
}

export function RankingPanel() {
  return <DataGate need={['dataset', 'index']}>{({ dataset }) => <Ranking meta={dataset} />}</DataGate>;
}
