/**
 * The source articles: outlet, date, title, authors, our summary in the reader's language, the
 * towns each covers and the figures it supplied, and a link where an address is known. Filter by
 * town, outlet and year (kept in the address); "show on map" highlights an article's towns.
 */
import { useId, useMemo } from 'react';
import type { Article, DatasetMeta, Town } from '../../data/schema';
import { articleCoverage, articlesByDate, indexById, outlets, subjectName } from '../../data/select';
import { useDataset } from '../../data/use-dataset';
import { useI18n } from '../../i18n/i18n';
import type { SetView, ViewState } from '../../state/url-state';
import { DataGate, readyData } from '../../ui/data-gate';
import { ArticleAddress } from '../../ui/source-citation';

function Filters({
  view,
  setView,
  towns,
  articles,
}: {
  view: ViewState;
  setView: SetView;
  towns: readonly Town[];
  articles: readonly Article[];
}) {
  const { t, text } = useI18n();
  const ids = { town: useId(), outlet: useId(), year: useId() };
  const years = [...new Set(articles.map((a) => a.date.slice(0, 4)))].sort();
  return (
    <div className="filters" role="group" aria-label={t.articleFilters}>
      <label htmlFor={ids.town}>{t.town}</label>
      <select
        id={ids.town}
        value={view.sourceTown ?? ''}
        onChange={(e) => setView({ sourceTown: e.target.value || null })}
      >
        <option value="">{t.allTowns}</option>
        {towns.map((town) => (
          <option key={town.id} value={town.id}>
            {text(town.name)}
          </option>
        ))}
      </select>
      <label htmlFor={ids.outlet}>{t.outlet}</label>
      <select id={ids.outlet} value={view.outlet ?? ''} onChange={(e) => setView({ outlet: e.target.value || null })}>
        <option value="">{t.allOutlets}</option>
        {outlets(articles).map((o) => (
          <option key={o.name.zh} value={o.name.zh}>
            {text(o.name)}
          </option>
        ))}
      </select>
      <label htmlFor={ids.year}>{t.year}</label>
      <select id={ids.year} value={view.year ?? ''} onChange={(e) => setView({ year: e.target.value || null })}>
        <option value="">{t.allYears}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}

function Articles({ view, setView }: { view: ViewState; setView: SetView }) {
  const { files } = useDataset();
  const i18n = useI18n();
  const { t, text, date, lang, value } = i18n;
  const all = readyData(files.articles).articles;
  const towns = files.towns.status === 'success' ? files.towns.data.towns : null;
  const meta: DatasetMeta | null = files.dataset.status === 'success' ? files.dataset.data : null;
  const figures = files.figures.status === 'success' ? files.figures.data.figures : null;

  const coverage = useMemo(
    () => articleCoverage(all, towns ?? [], meta?.groups ?? [], figures ?? []),
    [all, towns, meta, figures],
  );
  const townIndex = useMemo(() => indexById(towns ?? []), [towns]);
  const ctx = useMemo(() => ({ towns: townIndex, groups: indexById(meta?.groups ?? []) }), [townIndex, meta]);
  const indicators = useMemo(() => indexById(meta?.indicators ?? []), [meta]);
  const shown = useMemo(
    () =>
      articlesByDate(all).filter(
        (a) =>
          (!view.sourceTown || coverage.get(a.id)?.towns.has(view.sourceTown)) &&
          (!view.outlet || a.outlet.zh === view.outlet) &&
          (!view.year || a.date.startsWith(view.year)),
      ),
    [all, coverage, view.sourceTown, view.outlet, view.year],
  );
  const covered = (towns ?? []).filter((town) => all.some((a) => coverage.get(a.id)?.towns.has(town.id)));

  return (
    <>
      <Filters view={view} setView={setView} towns={covered} articles={all} />
      <p className="muted small" role="status">
        {lang === 'zh' ? `显示 ${shown.length} / ${all.length} 篇` : `Showing ${shown.length} of ${all.length}`}
      </p>
      <ol className="articles">
        {shown.map((a) => {
          const c = coverage.get(a.id);
          const townIds = [...(c?.towns ?? [])];
          const highlighted = view.article === a.id;
          return (
            <li key={a.id} className={`article${highlighted ? ' highlighted' : ''}`} data-article={a.id}>
              <p className="article-meta">
                <span className="outlet">{text(a.outlet)}</span> · <time dateTime={a.date}>{date(a.date)}</time>
                {a.page ? ` · ${lang === 'zh' ? `第${a.page}版` : `page ${a.page}`}` : ''}
              </p>
              <h3 className="article-title">
                {a.title ? <span lang="zh-CN">{a.title}</span> : <span className="muted">{t.untitled}</span>}
                {lang === 'en' && a.titleEn && <span className="title-en"> — {a.titleEn}</span>}
              </h3>
              <p className="article-authors">
                {t.authors}: {a.authors.length > 0 ? <span lang="zh-CN">{a.authors.join('、')}</span> : t.noAuthors}
              </p>
              <p>{text(a.summary)}</p>
              {a.dateNote && <p className="muted small">{text(a.dateNote)}</p>}
              <ArticleAddress article={a} />
              {townIds.length > 0 && (
                <div className="article-towns">
                  <span className="small">{t.articleTowns}: </span>
                  {townIds.map((id) => {
                    const town = townIndex.get(id);
                    return (
                      <button key={id} type="button" className="chip" onClick={() => setView({ town: id })}>
                        {town ? text(town.name) : id}
                      </button>
                    );
                  })}
                  <button
                    type="button"
                    className="secondary small-button"
                    aria-pressed={highlighted}
                    onClick={() => setView({ article: highlighted ? null : a.id })}
                  >
                    {t.showOnMap}
                  </button>
                </div>
              )}
              {c && c.figures.length > 0 && (
                <details className="article-figures">
                  <summary>{`${t.articleFigures} (${c.figures.length})`}</summary>
                  <ul>
                    {c.figures.map((f) => {
                      const indicator = indicators.get(f.indicator);
                      return (
                        <li key={f.id}>
                          {text(subjectName(f.subject, ctx))} · {indicator ? text(indicator.name) : f.indicator}:{' '}
                          <strong>{indicator ? value(f, indicator.unit) : f.value}</strong>
                          {f.kind !== 'actual' && ` (${t.kind[f.kind]})`}
                        </li>
                      );
                    })}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}

export function ArticleList(props: { view: ViewState; setView: SetView }) {
  return <DataGate need={['articles']}>{() => <Articles {...props} />}</DataGate>;
}
