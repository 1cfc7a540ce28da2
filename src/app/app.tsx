/** The dashboard's shell: header, headline figures, map, chart, articles, footer. */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { ArticleList } from '../features/articles/article-list';
import { ProgrammePanel } from '../features/charts/programme-panel';
import { RankingPanel } from '../features/charts/ranking-panel';
import { ScalePanel } from '../features/charts/scale-panel';
import { HeadlineFigures } from '../features/headlines/headline-figures';
import { ComparePanel } from '../features/compare/compare-panel';
import { IndicatorPicker, PeriodPicker } from '../features/indicator/indicator-picker';
import { TownSearch } from '../features/search/town-search';
import { MethodPage } from '../features/method/method-page';
import { ProfileBody, useSelectionTitle } from '../features/profile/profile-panel';
import type { DataKey } from '../data/files';
import { useDataset } from '../data/use-dataset';
import { outlets } from '../data/select';
import { I18nProvider, useI18n } from '../i18n/i18n';
import { useViewState, viewAddress, type SetView, type ViewState } from '../state/url-state';
import { CompareToggle } from '../ui/compare-toggle';
import { fill } from '../i18n/messages';
import { DataGate, Loading, Placeholder } from '../ui/data-gate';
import { ExternalLink } from '../ui/external-link';
import { Panel } from '../ui/panel';
import { WhenVisible } from '../ui/when-visible';
import { Shell, TitleRow } from './shell';

const TownMap = lazy(() => import('../features/map/town-map'));
/** For the people who keep the data; readers never load it. */
const DataPage = lazy(() => import('../features/data/data-page'));

function Header({
  view,
  setView,
  onSwitchLanguage,
}: {
  view: ViewState;
  setView: SetView;
  onSwitchLanguage: () => void;
}) {
  const { t, text, date } = useI18n();
  const { files } = useDataset();
  const meta = files.dataset.status === 'success' ? files.dataset.data : null;
  const articles = files.articles.status === 'success' ? files.articles.data.articles : [];
  return (
    <header className="app-header">
      <TitleRow lang={view.lang} onSwitchLanguage={onSwitchLanguage} />
      <TownSearch onSelect={(town) => setView({ town, page: 'dashboard' })} />
      <nav aria-label={t.navLabel} className="nav">
        {(['dashboard', 'method', 'data'] as const).map((page) => (
          <button
            key={page}
            type="button"
            className="nav-link"
            aria-current={view.page === page ? 'page' : undefined}
            onClick={() => setView({ page })}
          >
            {{ dashboard: t.navDashboard, method: t.methodTitle, data: t.dataNav }[page]}
          </button>
        ))}
      </nav>
      <dl className="coverage">
        {meta && (
          <div>
            <dt>{t.coverage}</dt>
            <dd>{text(meta.coverage)}</dd>
          </div>
        )}
        {articles.length > 0 && (
          <div>
            <dt>{t.sources}</dt>
            <dd>
              <ul className="outlets">
                {outlets(articles).map((o) => (
                  <li key={o.name.zh}>
                    {o.url ? <ExternalLink href={o.url}>{text(o.name)}</ExternalLink> : text(o.name)}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {meta && (
          <div>
            <dt>{t.updated}</dt>
            <dd>
              <time dateTime={meta.updated}>{date(meta.updated)}</time>
            </dd>
          </div>
        )}
      </dl>
    </header>
  );
}

/** Says, on every page, when the dashboard shows a local preview, with the way back. */
function PreviewBanner() {
  const { t } = useI18n();
  const { preview, setPreview } = useDataset();
  if (!preview) return null;
  return (
    <div className="preview-banner" role="region" aria-label={t.previewActive}>
      <p>{fill(t.previewBanner, { files: preview.given.join(', ') })}</p>
      <button type="button" onClick={() => setPreview(null)}>
        {t.previewEnd}
      </button>
    </div>
  );
}

function Footer() {
  const { t, text } = useI18n();
  const { files } = useDataset();
  const meta = files.dataset.status === 'success' ? files.dataset.data : null;
  return (
    <footer className="app-footer">
      {meta && (
        <p>
          {t.footerLicense}: {text(meta.license)}
        </p>
      )}
      <p>{t.footerOffline}</p>
    </footer>
  );
}

/** The map, once its boundaries and towns are in, loaded as its own chunk. */
function MapSection({ view, setView }: { view: ViewState; setView: SetView }) {
  return (
    <WhenVisible placeholder="map-placeholder">
      <DataGate need={['counties', 'towns']} placeholder="map-placeholder">
        {() => (
          <Suspense fallback={<Placeholder className="map-placeholder" />}>
            <TownMap view={view} setView={setView} />
          </Suspense>
        )}
      </DataGate>
    </WhenVisible>
  );
}

function ProfileSlot({ view, setView }: { view: ViewState; setView: SetView }) {
  const { t } = useI18n();
  const title = useSelectionTitle(view);
  if (!title) return null;
  return (
    <Panel
      id="profile"
      title={title}
      className="panel-profile"
      actions={
        <span className="panel-actions">
          {view.town && <CompareToggle town={view.town} />}
          <button type="button" className="close" onClick={() => setView({ town: null, county: null })}>
            {t.close}
          </button>
        </span>
      }
    >
      <ProfileBody view={view} setView={setView} />
    </Panel>
  );
}

/** Selecting a town from a chart; keeps its identity so that the charts are not rebuilt. */
function useSelectTown(setView: SetView) {
  return useCallback((town: string) => setView({ town }), [setView]);
}

/** The files the first view shows (the map's boundaries load with the map). */
const FIRST_VIEW: readonly DataKey[] = ['dataset', 'towns', 'figures', 'articles'];
/** How long the page waits for them before showing each panel as its data arrives. */
const FIRST_VIEW_PATIENCE_MS = 2500;

/**
 * Whether to draw the page: once the first view's files have arrived (or failed), all at once, so
 * that nothing on screen is pushed about as panels fill in; or after a while, panel by panel.
 */
function useFirstViewReady(): boolean {
  const { files } = useDataset();
  const settled = FIRST_VIEW.every((key) => files[key].status !== 'pending');
  const [patienceOver, setPatienceOver] = useState(false);
  useEffect(() => {
    if (settled) return;
    const timer = setTimeout(() => setPatienceOver(true), FIRST_VIEW_PATIENCE_MS);
    return () => clearTimeout(timer);
  }, [settled]);
  return settled || patienceOver;
}

function Dashboard({ view, setView }: { view: ViewState; setView: SetView }) {
  const { t } = useI18n();
  const selectTown = useSelectTown(setView);
  const ready = useFirstViewReady();
  useEffect(() => {
    document.documentElement.lang = view.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t.appTitle;
  }, [view.lang, t]);
  const switchLanguage = () => setView({ lang: view.lang === 'zh' ? 'en' : 'zh' });
  if (!ready) return <Shell lang={view.lang} onSwitchLanguage={switchLanguage} />;
  return (
    <>
      <Header view={view} setView={setView} onSwitchLanguage={switchLanguage} />
      <PreviewBanner />
      {view.page === 'method' ? (
        <main>
          <MethodPage />
        </main>
      ) : view.page === 'data' ? (
        <main>
          <Panel id="data" title={t.dataNav} className="panel-data">
            <Suspense fallback={<Loading />}>
              <DataPage setView={setView} />
            </Suspense>
          </Panel>
        </main>
      ) : (
        <main>
          <Panel id="headlines" title={t.headlinesTitle} className="panel-headlines">
            <HeadlineFigures />
          </Panel>
          <div className="toolbar">
            <IndicatorPicker value={view.indicator} onChange={(indicator) => setView({ indicator })} />
            <PeriodPicker indicator={view.indicator} value={view.period} onChange={(period) => setView({ period })} />
          </div>
          <div className="grid">
            <Panel id="map" title={t.mapTitle} className="panel-map">
              <MapSection view={view} setView={setView} />
            </Panel>
            <div className="side">
              <ProfileSlot view={view} setView={setView} />
              <Panel id="ranking" title={t.chartTitle} className="panel-chart">
                <RankingPanel indicatorId={view.indicator} period={view.period} onSelectTown={selectTown} />
              </Panel>
            </div>
          </div>
          {view.compare.length > 0 && (
            <Panel id="compare" title={t.compareTitle} className="panel-compare">
              <ComparePanel view={view} setView={setView} />
            </Panel>
          )}
          <Panel id="programme" title={t.programmePanel} className="panel-chart">
            <ProgrammePanel />
          </Panel>
          <Panel id="scale" title={t.scalePanel} className="panel-chart">
            <ScalePanel onSelectTown={selectTown} />
          </Panel>
          <Panel id="articles" title={t.articlesTitle} className="panel-articles">
            <ArticleList view={view} setView={setView} />
          </Panel>
        </main>
      )}
      <Footer />
    </>
  );
}

/** One chart or the map alone, for an iframe: its title, a source line and a link back. */
function EmbedView({ view, setView }: { view: ViewState; setView: SetView }) {
  const { t, text, lang } = useI18n();
  const { files } = useDataset();
  useEffect(() => {
    document.documentElement.lang = view.lang === 'zh' ? 'zh-CN' : 'en';
  }, [view.lang]);
  const articles = files.articles.status === 'success' ? files.articles.data.articles : [];
  const names = outlets(articles).map((o) => text(o.name));
  const selectTown = useSelectTown(setView);
  const titles = { ranking: t.chartTitle, programme: t.programmePanel, scale: t.scalePanel, map: t.mapTitle };
  const kind = view.embed ?? 'ranking';
  useEffect(() => {
    document.title = `${titles[kind]} · ${t.appTitle}`;
  });
  return (
    <main className="embed-view">
      <h1 className="embed-title">
        {titles[kind]} · {t.appTitle}
      </h1>
      {kind === 'ranking' && (
        <RankingPanel indicatorId={view.indicator} period={view.period} onSelectTown={selectTown} />
      )}
      {kind === 'programme' && <ProgrammePanel />}
      {kind === 'scale' && <ScalePanel onSelectTown={selectTown} />}
      {kind === 'map' && <MapSection view={view} setView={setView} />}
      <p className="embed-source small">
        {fill(t.embedSource, { outlets: names.join(lang === 'zh' ? '、' : ', ') })}{' '}
        <ExternalLink href={viewAddress({ ...view, embed: null })}>{t.embedOpen}</ExternalLink>
      </p>
    </main>
  );
}

export function App() {
  const [view, setView] = useViewState();
  return (
    <I18nProvider lang={view.lang}>
      {view.embed ? <EmbedView view={view} setView={setView} /> : <Dashboard view={view} setView={setView} />}
    </I18nProvider>
  );
}
