/**
 * A town's results over time: for each indicator (and scope) with results for two periods or more,
 * a chart of them oldest first, with its table and downloads, in the shared chart frame. The bars
 * draw qualifiers as the ranking's do (it is the same chart, one row per period).
 */
import { useMemo } from 'react';
import { ChartFrame } from '../../charts/chart-frame';
import { rowLabel, type FigureRow } from '../../charts/figure-rows';
import { LazyFigureBarChart } from '../../charts/lazy-figure-bar-chart';
import type { DatasetIndex } from '../../data/dataset-index';
import { findIndicator } from '../../data/figures';
import type { DatasetMeta, Town } from '../../data/schema';
import { useI18n } from '../../i18n/i18n';
import { fill } from '../../i18n/messages';
import { townTrends } from './profile-figures';

export function TownTrends({ town, index, meta }: { town: Town; index: DatasetIndex; meta: DatasetMeta }) {
  const i18n = useI18n();
  const { t, text, date } = i18n;
  const trends = useMemo(() => townTrends(index, town), [index, town]);
  return trends.flatMap(({ indicator: id, figures: series }, position) => {
    const indicator = findIndicator(meta, id);
    if (!indicator) return [];
    const scope = series[0]?.scope;
    const title = `${fill(t.trendTitle, { indicator: text(indicator.name) })}${scope ? ` (${text(scope)})` : ''}`;
    const rows: FigureRow[] = series.map((f) => ({
      key: f.id,
      townId: town.id,
      subject: f.period ? date(f.period) : '',
      indicator,
      figure: f,
    }));
    const description = `${title}: ${rows.map((r) => `${r.subject} ${rowLabel(r, i18n)}`).join(', ')}`;
    // A click on a period's bar has nothing further to open: the town is already open.
    return [
      <ChartFrame
        key={`${id}-${position}`}
        id={`trend-${town.id}-${position}`}
        title={title}
        rows={rows}
        fileName={`${town.id}-${id}-over-time`}
        note={<p className="muted small">{t.trendNote}</p>}
        renderChart={(controls) => (
          <LazyFigureBarChart rows={rows} unit={indicator.unit} description={description} controls={controls} />
        )}
      />,
    ];
  });
}
