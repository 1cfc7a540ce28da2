/**
 * The profile of the selected town or county, in its own panel beside the map: the town's
 * profile, or the county's value and towns. Nothing is shown while nothing valid is selected.
 */
import { lazy, Suspense, useCallback, useEffect, useRef } from 'react';
import { resolveIndicator, subjectTown } from '../../data/domain/figures';
import { countyOf } from '../../data/domain/rankings';
import { useRanking } from '../../data/loading/use-derived';
import type { CountyFeature, Town } from '../../data/format/schema';
import { townTier } from '../../data/domain/towns';
import { stillLoading, useDataset, useLoadedFiles } from '../../data/loading/use-dataset';
import { useI18n } from '../../i18n/i18n';
import { useFigureChoice, useSetView, useView } from '../../state/view';
import { CompareToggle } from '../../ui/compare-toggle';
import { landOn } from '../../ui/land-on';
import { useInBrowser } from '../../ui/in-browser';
import { Loading } from '../../ui/loading';
import { Panel } from '../../ui/panel';
import { TownProfile } from './town-profile';

/** What is selected, as far as the loaded files know it. */
type Selection = { kind: 'town'; town: Town } | { kind: 'county'; county: CountyFeature } | null;

function useSelection(): Selection {
  const { view } = useView();
  const { towns, counties, index } = useLoadedFiles();
  // A figure pointed at (`?figure=`) without a town opens the town it is about.
  const pointed = view.figure ? index?.figures.find((f) => f.id === view.figure) : undefined;
  const townId = view.town ?? (pointed ? subjectTown(pointed.subject) : null);
  if (townId) {
    const town = towns?.towns.find((tw) => tw.id === townId);
    return town ? { kind: 'town', town } : null;
  }
  const county = view.county ? counties?.features.find((f) => f.properties.code === view.county) : undefined;
  return county ? { kind: 'county', county } : null;
}

function CountyProfile({ code }: { code: string }) {
  const { t, text, value } = useI18n();
  const { view, setView } = useView();
  const choice = useFigureChoice();
  const { dataset: meta, towns } = useLoadedFiles();
  const indicator = meta ? resolveIndicator(meta, view.indicator) : undefined;
  // The county's sum as the map colours it (the same ranking); none while another one is shown.
  const { ranking, busy } = useRanking(indicator?.id, choice);
  const county = ranking && !busy ? countyOf(ranking, code) : null;
  const own = towns?.towns.filter((tw) => tw.county.code === code) ?? [];
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
      <div className="profile">
        <h3>{t.countyTowns}</h3>
        {own.length === 0 ? (
          <p className="muted">{t.noTownsInCounty}</p>
        ) : (
          <ul className="profile-list">
            {own.map((town) => (
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
    </>
  );
}

/** Where the reader was when a profile opened: focus and scroll, given back when it closes. */
interface Origin {
  focus: Element | null;
  scrollY: number;
}

/**
 * Brings the profile to the reader when what it shows changes: scrolled into view (a link that
 * opens a town lands on it), and, when the reader chose it, focused, so that a keyboard or screen
 * reader follows. Returns `close`, which clears the selection and gives focus and scroll back.
 */
function useProfileFocus(key: string | null, pointed: string | null) {
  const setView = useSetView();
  const origin = useRef<Origin | null>(null);
  const first = useRef(true);
  useEffect(() => {
    const initial = first.current;
    first.current = false;
    if (!key) {
      // Closed some other way (back, another view): the next opening starts from where the reader is then.
      origin.current = null;
      return;
    }
    const heading = document.getElementById(PROFILE_TITLE);
    if (!heading) return;
    origin.current ??= { focus: document.activeElement, scrollY: window.scrollY };
    const box = heading.getBoundingClientRect();
    // A figure pointed at is landed on instead (see app/pointed-figure).
    const away = box.top < 0 || box.bottom > window.innerHeight;
    const stop = away && !pointed ? landOn(heading) : undefined;
    if (!initial) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
    }
    return stop;
  }, [key, pointed]);
  const close = useCallback(() => {
    const back = origin.current;
    origin.current = null;
    setView({ town: null, county: null });
    if (!back) return;
    requestAnimationFrame(() => {
      window.scrollTo({ top: back.scrollY });
      const { focus } = back;
      // A map's county is an SVG path: both kinds of element take focus.
      if (!(focus instanceof HTMLElement || focus instanceof SVGElement) || !focus.isConnected) return;
      focus.focus({ preventScroll: true });
      // The profile stood above the map: closed, what was below it moved up. The window (never the
      // map's own box: Leaflet's panes must not scroll) brings the element back into view.
      const box = focus.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight)
        window.scrollBy({ top: box.top - (window.innerHeight - box.height) / 2 });
    });
  }, [setView]);
  // Esc closes it while focus is inside it.
  useEffect(() => {
    if (!key) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && event.target instanceof Element && event.target.closest('.panel-profile')) close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [key, close]);
  return close;
}

const PROFILE_TITLE = 'profile-title';

/**
 * Back to the map from a profile (on a phone the profile stands a screen or more above it): the
 * map's panel scrolled to the top, and focus on what is open there (the town's marker or the
 * county's shape), else on the map's heading, so that a keyboard continues from it.
 */
function toMap(selection: NonNullable<Selection>) {
  const heading = document.getElementById('map-title');
  if (!heading) return;
  heading.scrollIntoView({ block: 'start' });
  const shown =
    selection.kind === 'town'
      ? document.querySelector(`[data-town="${CSS.escape(selection.town.id)}"]`)
      : document.querySelector(`path.county[data-code="${CSS.escape(selection.county.properties.code)}"]`);
  if (shown instanceof HTMLElement || shown instanceof SVGElement) shown.focus({ preventScroll: true });
  else {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }
}

/** The town's one-page brief for print: loaded when a town is first opened, never in the first view. */
const TownBrief = lazy(() => import('./town-brief'));

export function ProfilePanel() {
  const { t, text, lang } = useI18n();
  const selection = useSelection();
  const key = !selection ? null : selection.kind === 'town' ? selection.town.id : selection.county.properties.code;
  const { view } = useView();
  const close = useProfileFocus(key, view.figure);
  const state = useDataset();
  const inBrowser = useInBrowser();
  if (!selection) {
    // Its place kept while the files it needs load, so that the map below does not jump down.
    const asked = view.town || view.figure ? 'town' : view.county ? 'county' : null;
    const loading = asked && (['towns', 'counties', 'figures'] as const).some((key) => stillLoading(state, key));
    return loading ? (
      <section className={`panel panel-profile pending pending-${asked}`} aria-busy="true">
        <Loading />
      </section>
    ) : null;
  }
  const title =
    selection.kind === 'town'
      ? text(selection.town.name)
      : lang === 'zh'
        ? selection.county.properties.name
        : `${selection.county.properties.nameEn} (${selection.county.properties.name})`;
  return (
    <Panel
      id="profile"
      title={title}
      className="panel-profile"
      actions={
        <span className="panel-actions">
          {selection.kind === 'town' && (
            <>
              <CompareToggle town={selection.town.id} />
              <button type="button" className="secondary print-brief" onClick={() => window.print()}>
                {t.printBrief}
              </button>
            </>
          )}
          <button type="button" className="secondary" onClick={() => toMap(selection)}>
            {t.backToMap}
          </button>
          <button type="button" className="close" onClick={close}>
            {t.close}
          </button>
        </span>
      }
    >
      {selection.kind === 'town' ? (
        <>
          <TownProfile key={selection.town.id} town={selection.town} />
          {/* A portal into <body>: drawn once in a browser (never baked, src/bake). */}
          {inBrowser && (
            <Suspense fallback={null}>
              <TownBrief town={selection.town} />
            </Suspense>
          )}
        </>
      ) : (
        <CountyProfile code={selection.county.properties.code} />
      )}
    </Panel>
  );
}
