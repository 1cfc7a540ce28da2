/**
 * The source articles: outlet, date, title, authors, our summary in the reader's language, the
 * towns each covers and the figures it supplied, and a link where an address is known. Filter by
 * town, outlet and year (kept in the address); "show on map" highlights an article's towns.
 */
import { memo, useId, useMemo, useState } from 'react';
import { articleCoverage, articlesByDate, outlets, type ArticleCoverage } from '../../data/domain/articles';
import { indexById } from '../../data/format/collections';
import { subjectName, type NamedSubjectContext } from '../../data/domain/figures';
import type { Article, Figure, Indicator, Town } from '../../data/format/schema';
import { useLoadedFiles } from '../../data/loading/use-dataset';
import { articleTitle, scriptLang } from '../../i18n/citation';
import { useI18n } from '../../i18n/i18n';
import { fill } from '../../i18n/messages';
import { useSetView, useView } from '../../state/view';
import { DataGate } from '../../ui/data-gate';
import { useInBrowserSoon } from '../../ui/in-browser';
import { CopyCitation } from '../../ui/copy-citation';
import { ArticleAddress } from '../../ui/source-citation';

/** An article lists this many of its towns and figures at first; the rest on request. */
const TOWNS_SHOWN = 24;
const FIGURES_SHOWN = 200;
/**
 * Beyond this many towns, the town filter's options are made when the reader first reaches the
 * filter (focus or pointer), not with the page: thousands of options cost the page's first
 * layout seconds on a phone, and nobody scrolls them unasked.
 */
const TOWN_OPTIONS_AT_ONCE = 200;

const Filters = memo(function Filters({
  sourceTown,
  outlet,
  year,
  towns,
  articles,
}: {
  sourceTown: string | null;
  outlet: string | null;
  year: string | null;
  towns: readonly Town[];
  articles: readonly Article[];
}) {
  const { t, text } = useI18n();
  const setView = useSetView();
  const ids = { town: useId(), outlet: useId(), year: useId() };
  const years = [...new Set(articles.map((a) => a.date.slice(0, 4)))].sort();
  const [reached, setReached] = useState(false);
  const reach = () => setReached(true);
  const townOptions =
    reached || towns.length <= TOWN_OPTIONS_AT_ONCE ? towns : towns.filter((town) => town.id === sourceTown);
  return (
    <div className="filters" role="group" aria-label={t.articleFilters}>
      <label htmlFor={ids.town}>{t.town}</label>
      <select
        id={ids.town}
        value={sourceTown ?? ''}
        onChange={(e) => setView({ sourceTown: e.target.value || null })}
        onFocus={reach}
        onPointerDown={reach}
      >
        <option value="">{t.allTowns}</option>
        {townOptions.map((town) => (
          <option key={town.id} value={town.id}>
            {text(town.name)}
          </option>
        ))}
      </select>
      <label htmlFor={ids.outlet}>{t.outlet}</label>
      <select id={ids.outlet} value={outlet ?? ''} onChange={(e) => setView({ outlet: e.target.value || null })}>
        <option value="">{t.allOutlets}</option>
        {outlets(articles).map((o) => (
          <option key={o.name.zh} value={o.name.zh}>
            {text(o.name)}
          </option>
        ))}
      </select>
      <label htmlFor={ids.year}>{t.year}</label>
      <select id={ids.year} value={year ?? ''} onChange={(e) => setView({ year: e.target.value || null })}>
        <option value="">{t.allYears}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
});

/** The figures an article supplied, drawn only once the reader opens the list. */
function ArticleFigures({
  figures,
  ctx,
  indicators,
}: {
  figures: readonly Figure[];
  ctx: NamedSubjectContext;
  indicators: ReadonlyMap<string, Indicator>;
}) {
  const { t, text, value } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details className="article-figures" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{`${t.articleFigures} (${figures.length})`}</summary>
      {open && (
        <ul>
          {figures.slice(0, FIGURES_SHOWN).map((f) => {
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
      )}
      {open && figures.length > FIGURES_SHOWN && (
        <p className="muted small">{fill(t.listedFirst, { shown: FIGURES_SHOWN, total: figures.length })}</p>
      )}
    </details>
  );
}

/** One article; re-drawn only when it, its coverage or its highlight changes. */
const ArticleItem = memo(function ArticleItem({
  article: a,
  coverage: c,
  highlighted,
  townIndex,
  ctx,
  indicators,
}: {
  article: Article;
  coverage: ArticleCoverage | undefined;
  highlighted: boolean;
  townIndex: ReadonlyMap<string, Town>;
  ctx: NamedSubjectContext;
  indicators: ReadonlyMap<string, Indicator>;
}) {
  const { t, text, date, lang } = useI18n();
  const setView = useSetView();
  const [allTowns, setAllTowns] = useState(false);
  const townIds = [...(c?.towns ?? [])];
  const listed = allTowns ? townIds : townIds.slice(0, TOWNS_SHOWN);
  const title = articleTitle(a, lang);
  return (
    <li className={`article${highlighted ? ' highlighted' : ''}`} data-article={a.id}>
      <p className="article-meta">
        <span className="outlet">{text(a.outlet)}</span> · <time dateTime={a.date}>{date(a.date)}</time>
        {a.page ? ` · ${lang === 'zh' ? `第${a.page}版` : `page ${a.page}`}` : ''}
      </p>
      <h3 className="article-title">
        {title.ours ? <span className="muted">{title.text}</span> : <span lang={title.lang}>{title.text}</span>}
        {lang === 'en' && a.titleEn && <span className="title-en"> — {a.titleEn}</span>}
      </h3>
      <p className="article-authors">
        {t.authors}:{' '}
        {a.authors.length > 0 ? <span lang={scriptLang(a.authors.join(''))}>{a.authors.join('、')}</span> : t.noAuthors}
      </p>
      <p>{text(a.summary)}</p>
      {a.dateNote && <p className="muted small">{text(a.dateNote)}</p>}
      <ArticleAddress article={a} />
      <CopyCitation article={a} at={null} />
      {townIds.length > 0 && (
        <div className="article-towns">
          <span className="small">{t.articleTowns}: </span>
          {listed.map((id) => {
            const town = townIndex.get(id);
            return (
              <button key={id} type="button" className="chip" onClick={() => setView({ town: id })}>
                {town ? text(town.name) : id}
              </button>
            );
          })}
          {listed.length < townIds.length && (
            <button type="button" className="link-button small" onClick={() => setAllTowns(true)}>
              {fill(t.showAll, { total: townIds.length })}
            </button>
          )}
          <button
            type="button"
            className="secondary small-button"
            aria-pressed={highlighted}
            aria-label={fill(t.actionFor, { action: t.showOnMap, about: title.text })}
            onClick={() => setView({ article: highlighted ? null : a.id })}
          >
            {t.showOnMap}
          </button>
        </div>
      )}
      {c && c.figures.length > 0 && <ArticleFigures figures={c.figures} ctx={ctx} indicators={indicators} />}
    </li>
  );
});

/** The view's part that the list shows: its filters and the article highlighted on the map. */
interface ListView {
  sourceTown: string | null;
  outlet: string | null;
  year: string | null;
  article: string | null;
}

function Articles({ all, view }: { all: readonly Article[]; view: ListView }) {
  const { lang } = useI18n();
  // Towns and figures name what each article covers; the list still shows without them.
  const { towns: townsFile, dataset: meta, figures: figuresFile } = useLoadedFiles();
  const towns = townsFile?.towns ?? null;
  const figures = figuresFile?.figures ?? null;

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
  const covered = useMemo(() => {
    const any = new Set([...coverage.values()].flatMap((c) => [...c.towns]));
    return (towns ?? []).filter((town) => any.has(town.id));
  }, [towns, coverage]);

  return (
    <>
      <Filters sourceTown={view.sourceTown} outlet={view.outlet} year={view.year} towns={covered} articles={all} />
      <p className="muted small" role="status">
        {lang === 'zh' ? `显示 ${shown.length} / ${all.length} 篇` : `Showing ${shown.length} of ${all.length}`}
      </p>
      <ol className="articles">
        {shown.map((a) => (
          <ArticleItem
            key={a.id}
            article={a}
            coverage={coverage.get(a.id)}
            highlighted={view.article === a.id}
            townIndex={townIndex}
            ctx={ctx}
            indicators={indicators}
          />
        ))}
      </ol>
    </>
  );
}

/** Redrawn only when its own filters or highlight change (or the language or data, through their contexts). */
const ArticlesOf = memo(function ArticlesOf({ sourceTown, outlet, year, article }: ListView) {
  const view = useMemo(() => ({ sourceTown, outlet, year, article }), [sourceTown, outlet, year, article]);
  return <DataGate need={['articles']}>{({ articles }) => <Articles all={articles.articles} view={view} />}</DataGate>;
});

/**
 * Where a page baked at build (src/bake) says where the sources are instead of listing them: the
 * list is about a quarter of the first view's compressed bytes, five screens down on a phone, and
 * without it the page fits in a connection's first round trip (scripts/page-styles.ts says why
 * that matters). The browser lists them as soon as it takes the page over.
 */
function SourcesElsewhere() {
  const { t } = useI18n();
  return (
    <DataGate need={['articles']}>
      {({ articles }) => (
        <p className="scriptless-sources">{fill(t.scriptlessSources, { count: articles.articles.length })}</p>
      )}
    </DataGate>
  );
}

export function ArticleList() {
  const { view } = useView();
  if (!useInBrowserSoon()) return <SourcesElsewhere />;
  return <ArticlesOf sourceTown={view.sourceTown} outlet={view.outlet} year={view.year} article={view.article} />;
}
