/** The ranking chart itself, loaded as its own chunk with ECharts. */
import { useCallback, useMemo } from 'react';
import type { ChartControls } from '../../charts/chart-frame';
import { EChart, type ChartEvents } from '../../charts/echart';
import { rowLabel, type FigureRow } from '../../charts/figure-rows';
import { useArticleIndex } from '../../charts/figure-table';
import type { Unit } from '../../data/schema';
import { useI18n } from '../../i18n/i18n';
import { buildRankingOption, displayOrder } from './build-ranking-option';

export default function RankingChart({
  rows,
  unit,
  description,
  controls,
  onSelectTown,
}: {
  rows: readonly FigureRow[];
  unit: Unit;
  description: string;
  controls: ChartControls;
  onSelectTown: (id: string) => void;
}) {
  const i18n = useI18n();
  const { lang, t, text, date } = i18n;
  const articles = useArticleIndex();
  // The tooltip names the source; a click opens the town, where each figure shows its quote.
  const sourceLine = useCallback(
    (id: string) => {
      const article = articles.get(id);
      return article ? `${t.sourceOf}${text(article.outlet)}, ${date(article.date)}` : '';
    },
    [articles, t, text, date],
  );
  const option = useMemo(
    () =>
      buildRankingOption({
        rows,
        unit,
        lang,
        label: (row) => rowLabel(row, i18n),
        details: (row) =>
          row.figure
            ? [
                t.kind[row.figure.kind],
                row.figure.scope ? text(row.figure.scope) : '',
                row.figure.period ? date(row.figure.period) : '',
                sourceLine(row.figure.source.article),
              ]
            : [],
        notReported: t.notReported,
        kindNames: t.kind,
        description,
        decal: controls.decal,
      }),
    [rows, unit, lang, i18n, t, text, date, description, controls.decal, sourceLine],
  );
  // Clicking a bar (or its row) selects the town across the dashboard.
  const events = useMemo<ChartEvents>(() => {
    const ordered = displayOrder(rows);
    const select = (params: unknown) => {
      const index = typeof params === 'object' && params && 'dataIndex' in params ? params.dataIndex : undefined;
      const townId = typeof index === 'number' ? ordered[index]?.townId : undefined;
      if (townId) onSelectTown(townId);
    };
    return { click: select };
  }, [rows, onSelectTown]);
  return (
    <EChart
      option={option}
      height={Math.max(240, rows.length * 48 + 40)}
      onEvents={events}
      onReady={controls.onReady}
    />
  );
}
