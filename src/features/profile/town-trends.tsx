/**
 * A town's results over time, per indicator: a chart for each scope with results for two years or
 * more (oldest first, with its table and downloads, in the shared chart frame), and the results of
 * scopes reported for one year only listed beside them, never joined into a series. The bars draw
 * qualifiers as the ranking's do (it is the same chart, one row per period).
 */
import { useMemo } from 'react';
import { figureBarsHeight } from '../../charts/bar-layout';
import { ChartFrame } from '../../charts/chart-frame';
import { rowLabel, type FigureRow } from '../../charts/figure-rows';
import { LazyFigureBarChart } from '../../charts/lazy-figure-bar-chart';
import type { DatasetIndex } from '../../data/domain/dataset-index';
import { findIndicator } from '../../data/domain/figures';
import type { DatasetMeta, Figure, Indicator, Town } from '../../data/format/schema';
import { useI18n } from '../../i18n/i18n';
import { fill } from '../../i18n/messages';
import { figureAbout, SourceToggle } from '../../ui/source-citation';
import { townHistory } from './profile-figures';
import { CardTable } from '../../ui/card-table';

function SeriesChart({
  town,
  indicator,
  series,
  id,
}: {
  town: Town;
  indicator: Indicator;
  series: Figure[];
  id: string;
}) {
  const i18n = useI18n();
  const { t, text, period } = i18n;
  const scope = series[0]?.scope;
  const title = `${fill(t.trendTitle, { indicator: text(indicator.name) })}${scope ? ` (${text(scope)})` : ''}`;
  const rows: FigureRow[] = series.map((f) => ({
    key: f.id,
    townId: town.id,
    subject: f.period ? period(f.period) : '',
    indicator,
    figure: f,
  }));
  const description = `${title}: ${rows.map((r) => `${r.subject} ${rowLabel(r, i18n)}`).join(', ')}`;
  // A click on a period's bar has nothing further to open: the town is already open.
  return (
    <ChartFrame
      id={id}
      title={title}
      rows={rows}
      fileName={`${town.id}-${indicator.id}-over-time`}
      height={() => figureBarsHeight(rows.length)}
      note={<p className="muted small">{t.trendNote}</p>}
      renderChart={(controls) => (
        <LazyFigureBarChart rows={rows} unit={indicator.unit} description={description} controls={controls} />
      )}
    />
  );
}

/** Results of scopes reported for one year only: a small table, each with its scope and source. */
function Points({
  town,
  indicator,
  points,
  caption,
}: {
  town: Town;
  indicator: Indicator;
  points: Figure[];
  caption: string;
}) {
  const i18n = useI18n();
  const { t, text, period, value } = i18n;
  return (
    <CardTable caption={caption} columns={[t.period, t.value, t.scope, t.source]} className="trend-points">
      {points.map((f) => (
        <tr key={f.id} data-row={f.id}>
          <th scope="row" className="period">
            {f.period ? period(f.period) : ''}
          </th>
          <td className="value" data-label={t.value}>
            {value(f, indicator.unit)}
          </td>
          <td data-label={t.scope}>{f.scope ? text(f.scope) : text(town.name)}</td>
          <td data-label={t.source}>
            {/* The same figure is listed in the profile's figures too: this one names its section. */}
            <SourceToggle
              source={f.source}
              figure={f}
              about={`${figureAbout(f, indicator, i18n)} · ${fill(t.trendTitle, { indicator: text(indicator.name) })}`}
            />
          </td>
        </tr>
      ))}
    </CardTable>
  );
}

export function TownTrends({ town, index, meta }: { town: Town; index: DatasetIndex; meta: DatasetMeta }) {
  const { t, text } = useI18n();
  const histories = useMemo(() => townHistory(index, town), [index, town]);
  return histories.flatMap(({ indicator: id, series, points }) => {
    const indicator = findIndicator(meta, id);
    if (!indicator) return [];
    const name = text(indicator.name);
    return [
      <section key={id} className="trend" aria-label={fill(t.trendTitle, { indicator: name })}>
        {series.map((figures, i) => (
          <SeriesChart key={i} town={town} indicator={indicator} series={figures} id={`trend-${town.id}-${id}-${i}`} />
        ))}
        {points.length > 0 && (
          <Points
            town={town}
            indicator={indicator}
            points={points}
            caption={
              series.length > 0
                ? fill(t.trendOtherScopes, { indicator: name })
                : fill(t.trendScopesOnly, { indicator: name })
            }
          />
        )}
      </section>,
    ];
  });
}
