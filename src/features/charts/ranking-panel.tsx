/**
 * Towns ranked by the indicator the reader picks (output value by default): the chart, loaded
 * lazily, and the same figures as a table with scope, period and source.
 */
import { lazy, Suspense, useMemo } from 'react';
import { rankTowns, resolveIndicator } from '../../data/select';
import { useDataset } from '../../data/use-dataset';
import { useI18n } from '../../i18n/i18n';
import { fill } from '../../i18n/messages';
import { DataGate, Loading, readyData } from '../../ui/data-gate';
import { ArticleLine } from '../../ui/source-citation';
import { rankingTextRows, type RankingTextRow } from './ranking-rows';

const RankingChart = lazy(() => import('./ranking-chart'));

function RankingTable({ rows, caption }: { rows: readonly RankingTextRow[]; caption: string }) {
  const { t } = useI18n();
  const { files } = useDataset();
  const articles = files.articles.status === 'success' ? files.articles.data.articles : [];
  return (
    <details className="data-table">
      <summary>{t.dataTable}</summary>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.town}</th>
            <th scope="col">{t.value}</th>
            <th scope="col">{t.scope}</th>
            <th scope="col">{t.period}</th>
            <th scope="col">{t.source}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const article = row.source && articles.find((a) => a.id === row.source?.article);
            return (
              <tr key={row.townId} data-town={row.townId}>
                <th scope="row">{row.town}</th>
                <td className={row.value === null ? 'muted' : undefined}>{row.label}</td>
                <td>{row.scope ?? ''}</td>
                <td>{row.period ?? ''}</td>
                <td>
                  {row.source && (
                    <>
                      {article && <ArticleLine article={article} />} <q lang="zh-CN">{row.source.quote}</q>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}

function Ranking({ indicatorId }: { indicatorId: string }) {
  const { files } = useDataset();
  const i18n = useI18n();
  const { t, text } = i18n;
  const meta = readyData(files.dataset);
  const towns = readyData(files.towns).towns;
  const figures = readyData(files.figures).figures;
  const indicator = resolveIndicator(meta, indicatorId);
  const rows = useMemo(
    () => (indicator ? rankingTextRows(rankTowns(towns, figures, indicator.id), indicator, i18n) : []),
    [towns, figures, indicator, i18n],
  );
  if (!indicator) return null;
  const name = text(indicator.name);
  const description = [
    fill(t.chartDescription, { indicator: name }),
    ...rows.map((r) => `${r.town}: ${r.label}${r.scope ? ` (${t.scope}: ${r.scope})` : ''}`),
  ].join(' ');

  return (
    <>
      <Suspense fallback={<Loading />}>
        <RankingChart rows={rows} unit={indicator.unit} description={description} />
      </Suspense>
      {rows.some((r) => r.scope) && <p className="muted small">{t.chartScopeMark}</p>}
      <RankingTable rows={rows} caption={`${t.chartTitle}: ${name}`} />
    </>
  );
}

export function RankingPanel(props: { indicatorId: string }) {
  return <DataGate need={['dataset', 'towns', 'figures']}>{() => <Ranking {...props} />}</DataGate>;
}
