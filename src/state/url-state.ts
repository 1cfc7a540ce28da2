/**
 * The view's state as it appears in the address: parsed with a schema, anything invalid falls
 * back to its default, serialised without defaults so that plain addresses stay plain.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { z } from 'zod';

export interface ViewState {
  lang: 'zh' | 'en';
  indicator: string;
  /** The year the map and ranking show (`?period=2023`), or null for each town's latest result. */
  period: string | null;
  /** The selected town's id, or null. At most one of town and county is set. */
  town: string | null;
  /** The selected county's code, or null. */
  county: string | null;
  /** Map extent: 晋中 (default) or the whole province. */
  extent: 'jinzhong' | 'shanxi';
  /** Opt-in background tiles from a tile server (off by default: the app stays offline). */
  tiles: boolean;
  /** Which page: the dashboard, "sources and method", or data management. */
  page: 'dashboard' | 'method' | 'data';
  /** The article whose towns are highlighted on the map, or null. */
  article: string | null;
  /** Filters of the articles list: a town, an outlet (its Chinese name), a year. */
  sourceTown: string | null;
  outlet: string | null;
  year: string | null;
  /** Towns compared side by side, at most four. */
  compare: string[];
  /** Embedded view: only this chart or the map, for an iframe on another site. */
  embed: EmbedKind | null;
}

export const EMBED_KINDS = ['ranking', 'programme', 'scale', 'map'] as const;
export type EmbedKind = (typeof EMBED_KINDS)[number];

/** How many towns can be compared at once. */
export const MAX_COMPARE = 4;

export const DEFAULT_VIEW: ViewState = {
  lang: 'zh',
  indicator: 'outputValue',
  period: null,
  town: null,
  county: null,
  extent: 'jinzhong',
  tiles: false,
  page: 'dashboard',
  article: null,
  sourceTown: null,
  outlet: null,
  year: null,
  compare: [],
  embed: null,
};

const idParam = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const yearParam = z
  .string()
  .regex(/^\d{4}$/)
  .nullable()
  .catch(null);

const viewSchema = z.object({
  lang: z.enum(['zh', 'en']).catch(DEFAULT_VIEW.lang),
  indicator: z
    .string()
    .regex(/^[a-z][A-Za-z0-9]*$/)
    .catch(DEFAULT_VIEW.indicator),
  period: yearParam,
  town: idParam.nullable().catch(null),
  county: z
    .string()
    .regex(/^\d{6}$/)
    .nullable()
    .catch(null),
  extent: z.enum(['jinzhong', 'shanxi']).catch(DEFAULT_VIEW.extent),
  tiles: z.literal('osm').nullable().catch(null),
  page: z.enum(['dashboard', 'method', 'data']).catch(DEFAULT_VIEW.page),
  article: idParam.nullable().catch(null),
  sourceTown: idParam.nullable().catch(null),
  outlet: z.string().trim().min(1).max(40).nullable().catch(null),
  year: yearParam,
  compare: z
    .string()
    .nullable()
    .transform((list) => [
      ...new Set(
        (list ?? '')
          .split(',')
          .filter((id) => idParam.safeParse(id).success)
          .slice(0, MAX_COMPARE),
      ),
    ])
    .catch([]),
  embed: z.enum(EMBED_KINDS).nullable().catch(null),
});

export function parseView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const parsed = viewSchema.parse({
    lang: params.get('lang') ?? undefined,
    indicator: params.get('indicator') ?? undefined,
    period: params.get('period'),
    town: params.get('town'),
    county: params.get('county'),
    extent: params.get('map') ?? undefined,
    tiles: params.get('tiles'),
    page: params.get('page') ?? undefined,
    article: params.get('article'),
    sourceTown: params.get('sourceTown'),
    outlet: params.get('outlet'),
    year: params.get('year'),
    compare: params.get('compare'),
    embed: params.get('embed'),
  });
  // One selection at a time: a town wins over a county.
  return { ...parsed, county: parsed.town ? null : parsed.county, tiles: parsed.tiles === 'osm' };
}

export function serialiseView(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.lang !== DEFAULT_VIEW.lang) params.set('lang', view.lang);
  if (view.indicator !== DEFAULT_VIEW.indicator) params.set('indicator', view.indicator);
  if (view.period) params.set('period', view.period);
  if (view.town) params.set('town', view.town);
  else if (view.county) params.set('county', view.county);
  if (view.extent !== DEFAULT_VIEW.extent) params.set('map', view.extent);
  if (view.tiles) params.set('tiles', 'osm');
  if (view.page !== DEFAULT_VIEW.page) params.set('page', view.page);
  if (view.article) params.set('article', view.article);
  if (view.sourceTown) params.set('sourceTown', view.sourceTown);
  if (view.outlet) params.set('outlet', view.outlet);
  if (view.year) params.set('year', view.year);
  if (view.compare.length > 0) params.set('compare', view.compare.slice(0, MAX_COMPARE).join(','));
  if (view.embed) params.set('embed', view.embed);
  const s = params.toString();
  return s ? `?${s}` : '';
}

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

const getSearch = () => window.location.search;

export type SetView = (patch: Partial<ViewState>) => void;

/** The view from the address, and a setter that pushes a history entry (back/forward work). */
export function useViewState(): [ViewState, SetView] {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  const view = useMemo(() => parseView(search), [search]);
  const update = useCallback<SetView>((patch) => {
    const current = parseView(window.location.search);
    // Selecting a town clears the county and the other way round.
    const selection =
      'town' in patch && patch.town ? { county: null } : 'county' in patch && patch.county ? { town: null } : {};
    const next = serialiseView({ ...current, ...patch, ...selection });
    if (next === window.location.search) return;
    window.history.pushState(null, '', `${window.location.pathname}${next}${window.location.hash}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, []);
  return [view, update];
}

/** The full address of a view, e.g. for an embed code or a link back from an embed. */
export function viewAddress(view: ViewState): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}${serialiseView(view)}`;
}
