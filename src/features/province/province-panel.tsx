/**
 * 晋中 among 山西's cities ("晋中在全省"): a chart of each city's provincial towns, those our sources
 * name beside the count a source reports (each dated, never merged), a table of the same with the
 * towns' names and batches, every other count of towns each city reports, and the province's own
 * figures for context.
 */
import { lazy, memo, Suspense, useMemo, useState, type MouseEvent } from 'react';
import { findIndicator } from '../../data/domain/figures';
import { indexById } from '../../data/format/collections';
import { JINZHONG_CODE } from '../../data/format/cities';
import type { Article, DatasetMeta, Figure, Indicator, Town } from '../../data/format/schema';
import { batchText } from '../../i18n/batch';
import { useI18n } from '../../i18n/i18n';
import { fill } from '../../i18n/messages';
import { townPagePath } from '../../state/url-state';
import { useView } from '../../state/view';
import { DataGate, Loading } from '../../ui/data-gate';
import { figureAbout, SourceToggle } from '../../ui/source-citation';
import { WhenVisible } from '../../ui/when-visible';
import { useInBrowserSoon } from '../../ui/in-browser';
import { provinceChartHeight } from './province-layout';
import { ProvinceContext } from './province-context';
import { provinceByCity, provinceReported, townCount as towns } from './province-counts';

const ProvinceChart = lazy(() => import('./province-chart'));

/** A reported count: its value, period and scope, with its source one click away. */
function ReportedCount({
  figure,
  indicator,
  city,
}: {
  figure: Figure;
  indicator: Indicator | undefined;
  city: string;
}) {
  const i18n = useI18n();
  const { t, text, period } = i18n;
  return (
    <>
      {figure.scope && <span>{text(figure.scope)}: </span>}
      <strong>{indicator ? i18n.value(figure, indicator.unit) : figure.value}</strong>
      <span className="muted"> · {figure.period ? period(figure.period) : t.noPeriod}</span>{' '}
      <SourceToggle
        source={figure.source}
        figure={figure}
        about={`${city} · ${figureAbout(figure, indicator, i18n)}`}
      />
    </>
  );
}

function Province({
  meta,
  townList,
  figures,
  articles,
}: {
  meta: DatasetMeta;
  townList: readonly Town[];
  figures: readonly Figure[];
  articles: readonly Article[];
}) {
  const i18n = useI18n();
  const { t, text, period } = i18n;
  const { view, setView } = useView();
  const [decal, setDecal] = useState(false);
  const indicator = findIndicator(meta, 'towns');
  const articleById = useMemo(() => indexById(articles), [articles]);
  const cities = useMemo(
    () => provinceByCity(townList, figures, (f) => articleById.get(f.source.article), view.asof),
    [townList, figures, articleById, view.asof],
  );
  const wholeProvince = useMemo(
    () => provinceReported(figures, (f) => articleById.get(f.source.article), view.asof),
    [figures, articleById, view.asof],
  );
  const namedInAll = cities.reduce((n, c) => n + c.named.length, 0);

  const open = (id: string) => (event: MouseEvent) => {
    event.preventDefault();
    setView({ town: id });
  };

  return (
    <>
      <figure className="chart-frame" aria-labelledby="province-chart-caption">
        <figcaption id="province-chart-caption" className="chart-title">
          {t.provinceChartTitle}
        </figcaption>
        <div className="chart-tools">
          <label className="check">
            <input type="checkbox" checked={decal} onChange={(e) => setDecal(e.target.checked)} /> {t.decalToggle}
          </label>
        </div>
        <div style={{ minHeight: provinceChartHeight(cities.length) }}>
          <WhenVisible placeholder="chart-placeholder">
            <Suspense fallback={<Loading />}>
              <ProvinceChart cities={cities} unit={indicator?.unit} decal={decal} />
            </Suspense>
          </WhenVisible>
        </div>
        <div className="small province-totals">
          {fill(t.provinceNamedInAll, { count: namedInAll })}
          {wholeProvince && (
            <>
              {' '}
              {t.provinceReportedInAll}{' '}
              <ReportedCount figure={wholeProvince} indicator={indicator} city={t.extentShanxi} />
            </>
          )}
        </div>
        <p className="small scope-note">{t.provinceNote}</p>
      </figure>
      <div className="table-scroll">
        <table className="figure-table stackable province-table">
          <caption>{t.provinceChartTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.provinceCity}</th>
              <th scope="col">{t.provinceNamed}</th>
              <th scope="col">{t.provinceReported}</th>
              <th scope="col">{t.provinceOthers}</th>
            </tr>
          </thead>
          <tbody>
            {cities.map((c) => (
              <tr key={c.code} data-city={c.code} className={c.code === JINZHONG_CODE ? 'own-city' : undefined}>
                <th scope="row">{text(c.name)}</th>
                <td data-label={t.provinceNamed}>
                  {c.named.length === 0 ? (
                    <span className="muted">{t.notReported}</span>
                  ) : (
                    <>
                      <strong>{towns(c.named.length, i18n)}</strong>
                      <ul className="plain-list">
                        {c.named.map((n) => (
                          <li key={n.town.id}>
                            <a href={townPagePath(n.town.id)} onClick={open(n.town.id)}>
                              {text(n.town.name)}
                            </a>{' '}
                            <span className="muted">
                              ({batchText(n.designation, t)} · {period(n.designation.date)})
                            </span>
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </td>
                <td data-label={t.provinceReported}>
                  {c.reported ? (
                    <ReportedCount figure={c.reported} indicator={indicator} city={text(c.name)} />
                  ) : (
                    <span className="muted">{t.notReported}</span>
                  )}
                </td>
                <td data-label={t.provinceOthers}>
                  {c.others.length === 0 ? (
                    <span className="muted">{t.notReported}</span>
                  ) : (
                    <ul className="plain-list">
                      {c.others.map((f) => (
                        <li key={f.id} data-figure={f.id}>
                          <ReportedCount figure={f} indicator={indicator} city={text(c.name)} />
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ProvinceContext meta={meta} figures={figures} />
    </>
  );
}

/**
 * Memoised: the indicator and selection do not change it. A page baked at build says where the
 * comparison is: the cities' table and the province's figures are some 2 KB of the first view's
 * compressed bytes, well below the first screen, and without it the page still fits in a
 * connection's first round trip (scripts/page-styles.ts says why that matters). The browser draws it
 * as soon as it takes the page over.
 */
export const ProvincePanel = memo(function ProvincePanel() {
  const { t } = useI18n();
  const drawn = useInBrowserSoon();
  return (
    <DataGate need={['dataset', 'towns', 'figures', 'articles']}>
      {({ dataset, towns: file, figures, articles }) =>
        drawn ? (
          <Province meta={dataset} townList={file.towns} figures={figures.figures} articles={articles.articles} />
        ) : (
          <p className="scriptless-sources">{t.scriptlessProvince}</p>
        )
      }
    </DataGate>
  );
});
