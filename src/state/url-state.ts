/**
 * The view's state as it appears in the address: parsed with a schema, anything invalid falls
 * back to its default, serialised without defaults so that plain addresses stay plain.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { z } from 'zod';

export const DEFAULT_VIEW = { lang: 'zh', indicator: 'outputValue' } as const;

const viewSchema = z.object({
  lang: z.enum(['zh', 'en']).catch(DEFAULT_VIEW.lang),
  indicator: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9]*$/)
    .catch(DEFAULT_VIEW.indicator),
});

export type ViewState = z.infer<typeof viewSchema>;

export function parseView(search: string): ViewState {
  const params = new URLSearchParams(search);
  return viewSchema.parse({
    lang: params.get('lang') ?? undefined,
    indicator: params.get('indicator') ?? undefined,
  });
}

export function serialiseView(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.lang !== DEFAULT_VIEW.lang) params.set('lang', view.lang);
  if (view.indicator !== DEFAULT_VIEW.indicator) params.set('indicator', view.indicator);
  const s = params.toString();
  return s ? `?${s}` : '';
}

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

const getSearch = () => window.location.search;

/** The view from the address, and a setter that pushes a history entry (back/forward work). */
export function useViewState(): [ViewState, (patch: Partial<ViewState>) => void] {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  const view = useMemo(() => parseView(search), [search]);
  const update = useCallback((patch: Partial<ViewState>) => {
    const next = serialiseView({ ...parseView(window.location.search), ...patch });
    if (next === window.location.search) return;
    window.history.pushState(null, '', `${window.location.pathname}${next}${window.location.hash}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, []);
  return [view, update];
}
