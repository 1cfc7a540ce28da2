/**
 * The view, read from one context everywhere: the state in the address (see url-state.ts) and a
 * setter that pushes a history entry, so that back and forward work and every view is a link.
 */
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { addressFor, addressSearch, applyPatch, parseView, serialiseView, type ViewState } from './url-state';

export type SetView = (patch: Partial<ViewState>) => void;

interface ViewContextValue {
  view: ViewState;
  setView: SetView;
}

const ViewContext = createContext<ViewContextValue | null>(null);
/** The setter alone, for what changes the view without showing it (it re-renders on no change). */
const SetViewContext = createContext<SetView | null>(null);

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

/** The view's part of the address (a town's own page stands for that town: url-state's addressSearch). */
const getSearch = () => addressSearch(window.location.pathname, window.location.search);

/**
 * Provides the view in the address to everything below it. `bakedSearch` is the view a page was
 * baked with at build (src/bake): what the server renders, and what the browser's first render
 * takes while it hydrates that markup (app/boot hydrates only where the address asks for it).
 */
export function ViewProvider({ bakedSearch = '', children }: { bakedSearch?: string; children: ReactNode }) {
  const search = useSyncExternalStore(subscribe, getSearch, () => bakedSearch);
  const view = useMemo(() => parseView(search), [search]);
  const setView = useCallback<SetView>((patch) => {
    const current = getSearch();
    const next = serialiseView(applyPatch(parseView(current), patch));
    if (next === current) return;
    window.history.pushState(null, '', `${addressFor(window.location.pathname, next)}${window.location.hash}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, []);
  const value = useMemo(() => ({ view, setView }), [view, setView]);
  return (
    <SetViewContext.Provider value={setView}>
      <ViewContext.Provider value={value}>{children}</ViewContext.Provider>
    </SetViewContext.Provider>
  );
}

export function useView(): ViewContextValue {
  const value = useContext(ViewContext);
  if (!value) throw new Error('useView must be used inside <ViewProvider>');
  return value;
}

export function useSetView(): SetView {
  const value = useContext(SetViewContext);
  if (!value) throw new Error('useSetView must be used inside <ViewProvider>');
  return value;
}

/**
 * Which results the view asks for: the chosen year (`?period=`) and date (`?asof=`), kept stable
 * between renders (the shape of data/choice's FigureChoice).
 */
export function useFigureChoice(): { year: string | null; asof: string | null } {
  const { period, asof } = useView().view;
  return useMemo(() => ({ year: period, asof }), [period, asof]);
}
