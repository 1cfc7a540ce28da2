/** The page's header once the app runs: title, search, pages, and what the data covers. */
import { useMemo } from 'react';
import { datasetCoverage, namedOutlets } from '../data/domain/articles';
import { fill } from '../i18n/messages';
import { stillLoading, useDataset } from '../data/loading/use-dataset';
import { TownSearch } from '../features/search/town-search';
import { useI18n } from '../i18n/i18n';
import { PAGES } from '../state/url-state';
import { useView } from '../state/view';
import { ExternalLink } from '../ui/external-link';
import { TitleRow } from './shell';

/** The header names this many outlets; the articles list has them all (a long list would push the map off the first screen). */
const SHOWN_OUTLETS = 6;

export function Header({ onSwitchLanguage }: { onSwitchLanguage: () => void }) {
  const { t, text, date, lang } = useI18n();
  const { view, setView } = useView();
  const dataset = useDataset();
  const { dataset: meta, articles, figures } = dataset.ready;
  const sources = articles ? namedOutlets(articles.articles) : [];
  const listed = sources.slice(0, SHOWN_OUTLETS);
  const coverage = useMemo(
    () => (articles ? datasetCoverage(articles.articles, figures?.figures ?? []) : null),
    [articles, figures],
  );
  const span = [
    coverage?.sources && fill(t.coverageSources, { from: date(coverage.sources.from), to: date(coverage.sources.to) }),
    coverage?.resultsTo
      ? fill(t.coverageResults, { period: date(coverage.resultsTo) })
      : // Its place kept while figures.json loads, so that the lines below do not move when it is in.
        stillLoading(dataset, 'figures') && fill(t.coverageResults, { period: '…' }),
  ].filter(Boolean);
  const pageNames = { dashboard: t.navDashboard, chronicle: t.navChronicle, method: t.methodTitle, data: t.dataNav };
  return (
    <header className="app-header">
      <TitleRow lang={lang} onSwitchLanguage={onSwitchLanguage} />
      <TownSearch onSelect={(town) => setView({ town, page: 'dashboard' })} />
      <nav aria-label={t.navLabel} className="nav">
        {/* The chronicle is reached from the dashboard's section bar (a keyboard's way to the map
            stays short); here it is named while it is open. */}
        {PAGES.filter((page) => page !== 'chronicle' || view.page === 'chronicle').map((page) => (
          <button
            key={page}
            type="button"
            className="nav-link"
            aria-current={view.page === page ? 'page' : undefined}
            onClick={() => setView({ page })}
          >
            {pageNames[page]}
          </button>
        ))}
      </nav>
      <dl className="coverage">
        {span.length > 0 && (
          <div>
            <dt>{t.coverage}</dt>
            <dd>{span.join(lang === 'zh' ? '；' : '; ')}</dd>
          </div>
        )}
        {sources.length > 0 && (
          <div>
            <dt>{t.sources}</dt>
            <dd>
              <ul className="outlets">
                {listed.map((o) => (
                  <li key={o.name.zh}>
                    {o.url ? <ExternalLink href={o.url}>{text(o.name)}</ExternalLink> : text(o.name)}
                  </li>
                ))}
                {sources.length > listed.length && (
                  <li className="muted">{fill(t.outletsMore, { count: sources.length - listed.length })}</li>
                )}
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
