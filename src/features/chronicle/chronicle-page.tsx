/**
 * 大事记 / Chronicle: every dated item of the data by year (data/domain/chronicle), filtered by
 * town, county, kind and year (kept in the address), each with its source one click away, "copy
 * citation", and the map as it stood that month. Opened from the map's month control (`?asof=`),
 * it starts around that month. Undated items stand apart. Its own chunk (app/views).
 */
import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  byYear,
  CHRONICLE_KINDS,
  chronicleEntries,
  chronicleKind,
  entryAround,
  filterChronicle,
  type ChronicleEntry,
} from '../../data/domain/chronicle';
import { indexById } from '../../data/format/collections';
import type { Town } from '../../data/format/schema';
import { useI18n, useMessages } from '../../i18n/i18n';
import { fill } from '../../i18n/messages';
import { applyPatch, viewHref } from '../../state/url-state';
import { useView } from '../../state/view';
import { DataGate, type Ready } from '../../ui/data-gate';
import { follow } from '../../ui/follow';
import { landOn } from '../../ui/land-on';
import { JinzhongOrShanxi } from '../../ui/scope-toggle';
import { CHRONICLE_MESSAGES } from './chronicle-messages';
import { Entry, mapPatch, type EntryContext } from './chronicle-entry';

/** The dated items drawn at first (with thousands of towns, drawing them all costs a phone seconds); the rest on request. */
const SHOWN_AT_ONCE = 300;

export function ChroniclePage() {
  const m = useMessages(CHRONICLE_MESSAGES);
  return (
    <article className="panel chronicle" aria-labelledby="chronicle-title">
      <h2 id="chronicle-title">{m.title}</h2>
      <p>{m.intro}</p>
      <DataGate need={['dataset', 'towns', 'figures', 'articles']}>{(files) => <Chronicle files={files} />}</DataGate>
    </article>
  );
}

type Files = Ready<'dataset' | 'towns' | 'figures' | 'articles'>;

function Chronicle({ files }: { files: Files }) {
  const { dataset, towns, figures, articles } = files;
  const { view, setView } = useView();
  const m = useMessages(CHRONICLE_MESSAGES);
  const { date: monthName, text } = useI18n();
  const all = useMemo(
    () => chronicleEntries(towns.towns, figures.figures, articles.articles, dataset.groups),
    [towns, figures, articles, dataset],
  );
  const ctx = useMemo<EntryContext>(
    () => ({
      towns: indexById(towns.towns),
      groups: indexById(dataset.groups),
      indicators: indexById(dataset.indicators),
      articles: indexById(articles.articles),
    }),
    [towns, dataset, articles],
  );
  const { scope, town, county, year, asof } = view;
  const kind = chronicleKind(view.kind);
  const scoped = useMemo(
    () => filterChronicle(all, { scope, town: null, county: null, kind: null, year: null }, ctx.towns),
    [all, scope, ctx],
  );
  const shown = useMemo(
    () => filterChronicle(scoped, { scope, town, county, kind, year }, ctx.towns),
    [scoped, scope, town, county, kind, year, ctx],
  );
  // What the filters chose, said beside the count (a printed chronicle says what it holds).
  const chosen = [
    town && ctx.towns.get(town)?.name,
    county && towns.towns.find((t) => t.county.code === county)?.county.name,
  ]
    .flatMap((name) => (name ? [text(name)] : []))
    .concat(kind ? [m.kinds[kind]] : [], year ? [year] : []);
  const around = asof ? entryAround(shown, asof) : undefined;
  const [limit, setLimit] = useState(SHOWN_AT_ONCE);
  const dated = shown.filter((e) => e.date !== null);
  // Enough drawn to reach the entry the map's month points at.
  const reach = Math.max(limit, around ? dated.indexOf(around) + 50 : 0);
  const { years, undated } = byYear([...dated.slice(0, reach), ...shown.filter((e) => e.date === null)]);

  // Opened around a month: that month's place, once per month asked for.
  const landed = useRef<string | null>(null);
  useEffect(() => {
    if (!asof || !around || landed.current === asof) return;
    landed.current = asof;
    const element = document.getElementById(`c-${around.key}`);
    return element ? landOn(element) : undefined;
  }, [asof, around]);

  return (
    <>
      {asof && (
        <p className="chronicle-around">
          {fill(m.around, { month: monthName(asof) })}{' '}
          <a href={viewHref(applyPatch(view, mapPatch(asof)))} onClick={follow(() => setView(mapPatch(asof)))}>
            {fill(m.aroundBack, { month: monthName(asof) })}
          </a>
        </p>
      )}
      <Filters towns={towns.towns} entries={scoped} />
      <p className="muted small" role="status">
        {[fill(m.count, { shown: shown.length, total: scoped.length }), ...chosen].join(' · ')}
      </p>
      {shown.length === 0 && <p>{m.none}</p>}
      {years.map((y) => (
        <section key={y.year} className="chronicle-year" aria-labelledby={`chronicle-${y.year}`}>
          <h3 id={`chronicle-${y.year}`}>{y.year}</h3>
          <ol className="chronicle-list">
            {y.entries.map((entry) => (
              <Entry key={entry.key} entry={entry} ctx={ctx} month={asof} />
            ))}
          </ol>
        </section>
      ))}
      {dated.length > reach && (
        <button type="button" className="secondary" onClick={() => setLimit(reach + SHOWN_AT_ONCE)}>
          {fill(m.showMore, { count: Math.min(SHOWN_AT_ONCE, dated.length - reach) })}
        </button>
      )}
      {undated.length > 0 && (
        <section className="chronicle-year" aria-labelledby="chronicle-undated">
          <h3 id="chronicle-undated">{m.undated}</h3>
          <p className="muted small">{m.undatedIntro}</p>
          <ul className="chronicle-list">
            {undated.map((entry) => (
              <Entry key={entry.key} entry={entry} ctx={ctx} month={null} />
            ))}
          </ul>
        </section>
      )}
      <p className="print-note muted small">{m.printedNote}</p>
      <p className="panel-actions">
        <button type="button" className="secondary" onClick={() => window.print()}>
          {m.print}
        </button>
      </p>
    </>
  );
}

/** The filters, each in the address: 晋中 or all 山西 (`?scope=`), town, county, kind, year. */
const Filters = memo(function Filters({
  towns,
  entries,
}: {
  towns: readonly Town[];
  /** The entries in scope, before the other filters: their towns, counties, kinds and years are the choices. */
  entries: readonly ChronicleEntry[];
}) {
  const { t, text } = useI18n();
  const m = useMessages(CHRONICLE_MESSAGES);
  const { view, setView } = useView();
  const ids = { town: useId(), county: useId(), kind: useId(), year: useId() };
  const choices = useMemo(() => {
    const named = new Set(entries.flatMap((e) => e.towns));
    const inData = towns.filter((town) => named.has(town.id));
    const counties = new Map(inData.map((town) => [town.county.code, town.county.name]));
    const kinds = new Set(entries.map((e) => e.kind));
    const years = [...new Set(entries.flatMap((e) => (e.date ? [e.date.slice(0, 4)] : [])))].sort();
    return { towns: inData, counties: [...counties], kinds: CHRONICLE_KINDS.filter((k) => kinds.has(k)), years };
  }, [towns, entries]);
  const filtered = view.town || view.county || chronicleKind(view.kind) || view.year;
  return (
    <div className="filters chronicle-filters" role="group" aria-label={m.filters}>
      <JinzhongOrShanxi
        label={t.scopeLabel}
        names={{ jinzhong: t.scopeJinzhong, shanxi: t.scopeShanxi }}
        value={view.scope}
        onChange={(scope) => setView({ scope })}
      />
      <span className="filter">
        <label htmlFor={ids.town}>{m.town}</label>
        <select id={ids.town} value={view.town ?? ''} onChange={(e) => setView({ town: e.target.value || null })}>
          <option value="">{m.allTowns}</option>
          {choices.towns.map((town) => (
            <option key={town.id} value={town.id}>
              {text(town.name)}
            </option>
          ))}
        </select>
      </span>
      <span className="filter">
        <label htmlFor={ids.county}>{m.county}</label>
        <select id={ids.county} value={view.county ?? ''} onChange={(e) => setView({ county: e.target.value || null })}>
          <option value="">{m.allCounties}</option>
          {choices.counties.map(([code, name]) => (
            <option key={code} value={code}>
              {text(name)}
            </option>
          ))}
        </select>
      </span>
      <span className="filter">
        <label htmlFor={ids.kind}>{m.kind}</label>
        <select
          id={ids.kind}
          value={chronicleKind(view.kind) ?? ''}
          onChange={(e) => setView({ kind: chronicleKind(e.target.value) })}
        >
          <option value="">{m.allKinds}</option>
          {choices.kinds.map((kind) => (
            <option key={kind} value={kind}>
              {m.kinds[kind]}
            </option>
          ))}
        </select>
      </span>
      <span className="filter">
        <label htmlFor={ids.year}>{m.year}</label>
        <select id={ids.year} value={view.year ?? ''} onChange={(e) => setView({ year: e.target.value || null })}>
          <option value="">{m.allYears}</option>
          {choices.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </span>
      {filtered && (
        <button
          type="button"
          className="link-button"
          onClick={() => setView({ town: null, county: null, kind: null, year: null })}
        >
          {m.clear}
        </button>
      )}
    </div>
  );
});
