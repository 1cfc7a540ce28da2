/**
 * The profile of the selected town or county: what the data holds about it, each figure with
 * its source one click away, and the indicators the sources leave unreported.
 */
import { useMemo } from 'react';
import type { DatasetMeta, Figure, Town } from '../../data/schema';
import {
  articleCoverage,
  articlesByDate,
  countyValues,
  rankingIndicators,
  resolveIndicator,
  scopeComparisons,
  townFiguresByKind,
  townTier,
} from '../../data/select';
import { useDataset } from '../../data/use-dataset';
import { useI18n } from '../../i18n/i18n';
import type { SetView, ViewState } from '../../state/url-state';
import { ArticleAddress, ArticleLine, SourceToggle } from '../../ui/source-citation';
import { TownTrends } from './town-trends';

function FigureItem({ figure, meta }: { figure: Figure; meta: DatasetMeta | null }) {
  const { t, text, value, date } = useI18n();
  const indicator = meta?.indicators.find((i) => i.id === figure.indicator);
  return (
    <li className="profile-figure" data-figure={figure.id}>
      <span className="figure-name">
        {indicator ? text(indicator.name) : figure.indicator}
        {figure.subject.type === 'enterprise' && ` · ${text(figure.subject.name)}`}
      </span>{' '}
      <strong>{indicator ? value(figure, indicator.unit) : figure.value}</strong>
      {figure.period && <span className="muted"> · {date(figure.period)}</span>}
      {figure.scope && (
        <span className="figure-scope">
          {' '}
          · {t.scope}: {text(figure.scope)}
        </span>
      )}
      {figure.note && <span className="figure-note"> · {text(figure.note)}</span>}{' '}
      <SourceToggle source={figure.source} />
    </li>
  );
}

function TownProfile({ town }: { town: Town }) {
  const { files } = useDataset();
  const { t, text, date, value } = useI18n();
  const meta = files.dataset.status === 'success' ? files.dataset.data : null;
  const figures = files.figures.status === 'success' ? files.figures.data.figures : null;
  const groups = useMemo(() => (figures ? townFiguresByKind(town, figures, meta) : []), [town, figures, meta]);
  const unreported = useMemo(() => {
    if (!meta || !figures) return [];
    const reported = new Set(
      figures
        .filter((f) => f.kind === 'actual' && f.subject.type === 'town' && f.subject.town === town.id)
        .map((f) => f.indicator),
    );
    return rankingIndicators(meta).filter((i) => !reported.has(i.id));
  }, [town, figures, meta]);
  const tier = townTier(town);
  const comparisons = useMemo(() => (figures ? scopeComparisons(town, figures) : []), [town, figures]);
  const articleState = files.articles;
  const townArticles = useMemo(() => {
    if (articleState.status !== 'success') return [];
    const all = articleState.data.articles;
    const coverage = articleCoverage(all, [town], meta?.groups ?? [], figures ?? []);
    return articlesByDate(all.filter((a) => coverage.get(a.id)?.towns.has(town.id)));
  }, [articleState, town, meta, figures]);

  return (
    <div className="profile">
      <dl className="profile-facts">
        <div>
          <dt>{t.tierLabel}</dt>
          <dd>{t.tier[tier]}</dd>
        </div>
        <div>
          <dt>{t.industryLabel}</dt>
          <dd>
            {text(town.industry)} ({town.industryGroups.map((g) => t.industryGroup[g]).join('、')})
          </dd>
        </div>
        <div>
          <dt>{t.countyLabel}</dt>
          <dd>
            {text(town.county.name)}
            {!town.inJinzhong && ` · ${t.outsideJinzhong}`}
          </dd>
        </div>
      </dl>
      <p>{text(town.summary)}</p>
      <p className="muted small">{t.precision[town.location.precision]}</p>
      {town.designations.length > 0 && (
        <>
          <h3>{t.designations}</h3>
          <ul className="profile-list">
            {town.designations.map((d, i) => (
              <li key={i}>
                {date(d.date)} · {t.level[d.level]} · {t.status[d.status]}
                {d.note && ` · ${text(d.note)}`} <SourceToggle source={d.source} />
              </li>
            ))}
          </ul>
        </>
      )}
      {comparisons.length > 0 && meta && (
        <>
          <h3>{t.scopesTitle}</h3>
          {comparisons.map((c) => {
            const indicator = meta.indicators.find((i) => i.id === c.indicator);
            return (
              <table key={c.indicator} className="figure-table compare-table">
                <caption>{indicator ? text(indicator.name) : c.indicator}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.scope}</th>
                    <th scope="col">{t.value}</th>
                    <th scope="col">{t.period}</th>
                    <th scope="col">{t.source}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.figures.map((f) => (
                    <tr key={f.id}>
                      <th scope="row">{f.scope ? text(f.scope) : f.note ? text(f.note) : text(town.name)}</th>
                      <td className="value">{indicator ? value(f, indicator.unit) : f.value}</td>
                      <td>{f.period ? date(f.period) : ''}</td>
                      <td>
                        <SourceToggle source={f.source} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          })}
        </>
      )}
      {figures && meta && <TownTrends town={town} figures={figures} meta={meta} />}
      {groups.length > 0 && <h3>{t.figuresTitle}</h3>}
      {groups.map((g) => (
        <section key={g.kind} aria-label={t.kindHeading[g.kind]}>
          <h4>{t.kindHeading[g.kind]}</h4>
          <ul className="profile-list">
            {g.figures.map((f) => (
              <FigureItem key={f.id} figure={f} meta={meta} />
            ))}
          </ul>
        </section>
      ))}
      {unreported.length > 0 && (
        <>
          <h3>{t.notReportedTitle}</h3>
          <p className="not-reported">{unreported.map((i) => text(i.name)).join(' · ')}</p>
        </>
      )}
      {town.facts.length > 0 && (
        <>
          <h3>{t.factsTitle}</h3>
          <ul className="profile-list">
            {town.facts.map((f, i) => (
              <li key={i}>
                <span className="fact-type">{t.factType[f.type]}</span> · {text(f.text)}
                {f.date && <span className="muted"> · {date(f.date)}</span>} <SourceToggle source={f.source} />
              </li>
            ))}
          </ul>
        </>
      )}
      {townArticles.length > 0 && (
        <>
          <h3>{t.townArticles}</h3>
          <ul className="profile-list">
            {townArticles.map((a) => (
              <li key={a.id}>
                <ArticleLine article={a} />
                <ArticleAddress article={a} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function CountyProfile({ code, setView }: { code: string; setView: SetView }) {
  const { files } = useDataset();
  const { t, text } = useI18n();
  const towns = files.towns.status === 'success' ? files.towns.data.towns.filter((tw) => tw.county.code === code) : [];
  return (
    <div className="profile">
      <h3>{t.countyTowns}</h3>
      {towns.length === 0 ? (
        <p className="muted">{t.noTownsInCounty}</p>
      ) : (
        <ul className="profile-list">
          {towns.map((town) => (
            <li key={town.id}>
              <button type="button" className="link-button" onClick={() => setView({ town: town.id })}>
                {text(town.name)}
              </button>{' '}
              · {t.tier[townTier(town)]}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The selected item's name for the panel's heading, or null when nothing valid is selected. */
export function useSelectionTitle(view: ViewState): string | null {
  const { files } = useDataset();
  const { text, lang } = useI18n();
  if (view.town && files.towns.status === 'success') {
    const town = files.towns.data.towns.find((tw) => tw.id === view.town);
    return town ? text(town.name) : null;
  }
  if (view.county && files.counties.status === 'success') {
    const county = files.counties.data.features.find((f) => f.properties.code === view.county);
    if (!county) return null;
    return lang === 'zh' ? county.properties.name : `${county.properties.nameEn} (${county.properties.name})`;
  }
  return null;
}

export function ProfileBody({ view, setView }: { view: ViewState; setView: SetView }) {
  const { files } = useDataset();
  const { t, text, value } = useI18n();
  if (view.town && files.towns.status === 'success') {
    const town = files.towns.data.towns.find((tw) => tw.id === view.town);
    return town ? <TownProfile town={town} /> : null;
  }
  if (view.county) {
    const meta = files.dataset.status === 'success' ? files.dataset.data : null;
    const indicator = meta ? resolveIndicator(meta, view.indicator) : undefined;
    const figures = files.figures.status === 'success' ? files.figures.data.figures : null;
    const towns = files.towns.status === 'success' ? files.towns.data.towns : [];
    const county =
      indicator && figures
        ? countyValues([view.county], towns, figures, indicator.id, view.period).get(view.county)
        : null;
    return (
      <>
        {indicator && county && (
          <p>
            {text(indicator.name)}
            {view.period && ` (${view.period})`}:{' '}
            {county.value === null
              ? t.noData
              : value({ value: county.value, upper: county.upper, qualifier: county.qualifier }, indicator.unit)}
          </p>
        )}
        <CountyProfile code={view.county} setView={setView} />
      </>
    );
  }
  return null;
}
