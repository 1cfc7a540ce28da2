/** Find a town by Chinese, English or pinyin name, industry or county; choosing one (or Enter, the first) opens its profile. */
import { useId, useMemo, useState } from 'react';
import { townTier } from '../../data/domain/towns';
import { useInBrowser } from '../../ui/in-browser';
import { useDataset } from '../../data/loading/use-dataset';
import { useI18n } from '../../i18n/i18n';
import { fill } from '../../i18n/messages';
import { Loading } from '../../ui/loading';
import { searchTowns } from './search-towns';

/** At most this many results are listed: a name typed further narrows them. */
export const SEARCH_RESULTS_SHOWN = 20;

export function TownSearch({ onSelect }: { onSelect: (id: string) => void }) {
  const { t, text } = useI18n();
  const [query, setQuery] = useState('');
  const id = useId();
  const { ready, failed } = useDataset();
  const towns = ready.towns?.towns ?? null;
  const results = useMemo(() => (towns ? searchTowns(towns, query) : []), [towns, query]);
  // In a baked page (src/bake) the field takes typing once the app has taken over: what was typed
  // before would be lost as React takes over the field.
  const live = useInBrowser();
  // While towns.json loads (seconds for thousands of towns on a slow phone) the field is there to
  // type in, and the results follow; without towns there is nothing to search.
  if (failed.towns) return null;
  return (
    <search className="search">
      <label htmlFor={id}>{t.searchLabel}</label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder={t.searchPlaceholder}
        autoComplete="off"
        readOnly={!live}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setQuery('');
          // Enter opens the first match, as a search box does.
          const first = results[0];
          if (e.key === 'Enter' && first) {
            e.preventDefault();
            onSelect(first.id);
            setQuery('');
          }
        }}
      />
      {query.trim() && !towns && (
        <div className="search-results">
          <Loading />
        </div>
      )}
      {query.trim() && towns && (
        <div className="search-results">
          <p role="status" className="muted small">
            {results.length === 0
              ? t.searchNone
              : results.length > SEARCH_RESULTS_SHOWN
                ? fill(t.searchMore, { total: results.length, shown: SEARCH_RESULTS_SHOWN })
                : fill(t.searchFound, { count: results.length })}
          </p>
          <ul aria-label={t.searchResults}>
            {results.slice(0, SEARCH_RESULTS_SHOWN).map((town) => (
              <li key={town.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    onSelect(town.id);
                    setQuery('');
                  }}
                >
                  {text(town.name)}
                </button>{' '}
                <span className="muted small">
                  {text(town.county.name)} · {text(town.industry)} · {t.tier[townTier(town)]}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </search>
  );
}
