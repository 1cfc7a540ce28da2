/** The page's header once the app runs: title, search, pages, and what the data covers. */
import { outlets } from '../data/articles';
import { useLoadedFiles } from '../data/use-dataset';
import { TownSearch } from '../features/search/town-search';
import { useI18n } from '../i18n/i18n';
import { PAGES } from '../state/url-state';
import { useView } from '../state/view';
import { ExternalLink } from '../ui/external-link';
import { TitleRow } from './shell';

export function Header({ onSwitchLanguage }: { onSwitchLanguage: () => void }) {
  const { t, text, date, lang } = useI18n();
  const { view, setView } = useView();
  const { dataset: meta, articles } = useLoadedFiles();
  const sources = articles ? outlets(articles.articles) : [];
  const pageNames = { dashboard: t.navDashboard, method: t.methodTitle, data: t.dataNav };
  return (
    <header className="app-header">
      <TitleRow lang={lang} onSwitchLanguage={onSwitchLanguage} />
      <TownSearch onSelect={(town) => setView({ town, page: 'dashboard' })} />
      <nav aria-label={t.navLabel} className="nav">
        {PAGES.map((page) => (
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
        {meta && (
          <div>
            <dt>{t.coverage}</dt>
            <dd>{text(meta.coverage)}</dd>
          </div>
        )}
        {sources.length > 0 && (
          <div>
            <dt>{t.sources}</dt>
            <dd>
              <ul className="outlets">
                {sources.map((o) => (
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
