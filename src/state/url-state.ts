/**
 * The view's state as it appears in the address. Each parameter is declared once, in VIEW_PARAMS:
 * its name in the address, its default, how it is read (anything invalid falls back to the
 * default) and how it is written (defaults are left out, so that plain addresses stay plain).
 * The ViewState type, the parser and the serialiser all come from that table.
 */

/** One parameter of the address. */
interface Param<T> {
  /** Its name in the address. */
  name: string;
  default: T;
  /** The value from the address's text, or undefined when that text is not valid. */
  parse: (raw: string) => T | undefined;
  /** Its text in the address; the default is never written. */
  serialise: (value: T) => string;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const YEAR = /^\d{4}$/;

const oneOf = <const V extends string>(name: string, values: readonly V[], fallback: V): Param<V> => ({
  name,
  default: fallback,
  parse: (raw) => values.find((v) => v === raw),
  serialise: (value) => value,
});

/** A text matching a pattern, or null (absent). */
const optional = (name: string, valid: (raw: string) => boolean): Param<string | null> => ({
  name,
  default: null,
  parse: (raw) => (valid(raw) ? raw : undefined),
  serialise: (value) => value ?? '',
});

const matches = (pattern: RegExp) => (raw: string) => pattern.test(raw);

/** Which towns the ranking and the scale chart compare: 晋中's, or the province's. */
export const SCOPES = ['jinzhong', 'shanxi'] as const;
export type Scope = (typeof SCOPES)[number];

export const EMBED_KINDS = ['ranking', 'programme', 'scale', 'map'] as const;
export type EmbedKind = (typeof EMBED_KINDS)[number];

export const PAGES = ['dashboard', 'chronicle', 'method', 'data'] as const;
export type Page = (typeof PAGES)[number];

/** How many towns can be compared at once. */
export const MAX_COMPARE = 4;

/** Every parameter of the view, in the order the address lists them. */
export const VIEW_PARAMS = {
  lang: oneOf('lang', ['zh', 'en'], 'zh'),
  indicator: {
    name: 'indicator',
    default: 'outputValue',
    parse: (raw) => (/^[a-z][A-Za-z0-9]*$/.test(raw) ? raw : undefined),
    serialise: (value) => value,
  } satisfies Param<string>,
  /** The year the map and ranking show (`?period=2023`), or null for each town's latest result. */
  period: optional('period', matches(YEAR)),
  /**
   * The month the dashboard stands at (`?asof=2023-06`): the towns' tiers and the figures reported
   * by then, on the map, in the ranking and in the comparison; null for now.
   */
  asof: optional('asof', matches(/^\d{4}-(0[1-9]|1[0-2])$/)),
  /** The selected town's id, or null. At most one of town and county is set (a town wins). */
  town: optional('town', matches(ID)),
  /** The selected county's code, or null. */
  county: optional('county', matches(/^\d{6}$/)),
  /** One figure pointed at (`?figure=<id>`, a citation's permalink): highlighted and in view; its town's profile opens. */
  figure: optional('figure', matches(ID)),
  /** Map extent: 晋中 (default) or the whole province. */
  extent: oneOf('map', ['jinzhong', 'shanxi'], 'jinzhong'),
  /**
   * Which towns the ranking and the scale chart show (`?scope=shanxi`): 晋中's (default), or every
   * town of 山西 the data holds, 晋中's marked among them.
   */
  scope: oneOf('scope', SCOPES, 'jinzhong'),
  /** Opt-in background tiles from a tile server (off by default: the app stays offline). */
  tiles: {
    name: 'tiles',
    default: false,
    parse: (raw) => (raw === 'osm' ? true : undefined),
    serialise: (value) => (value ? 'osm' : ''),
  } satisfies Param<boolean>,
  /** Which page: the dashboard, the chronicle (大事记), "sources and method", or data management. */
  page: oneOf('page', PAGES, 'dashboard'),
  /** The article whose towns are highlighted on the map, or null. */
  article: optional('article', matches(ID)),
  /** Filters of the articles list: a town, an outlet (its Chinese name), a year. */
  sourceTown: optional('sourceTown', matches(ID)),
  outlet: {
    name: 'outlet',
    default: null,
    parse: (raw) => {
      const trimmed = raw.trim();
      return trimmed.length > 0 && trimmed.length <= 40 ? trimmed : undefined;
    },
    serialise: (value) => value ?? '',
  } satisfies Param<string | null>,
  /** A year: of the articles listed (the dashboard's sources), of the chronicle's items. */
  year: optional('year', matches(YEAR)),
  /**
   * The kind of item the chronicle lists (`?kind=policy`), or null for all: a word the chronicle
   * resolves (data/domain/chronicle's chronicleKind), as the indicator's id is resolved against the data.
   */
  kind: optional('kind', matches(/^[a-z]+$/)),
  /** Towns compared side by side: distinct valid ids, at most four. */
  compare: {
    name: 'compare',
    default: [],
    parse: (raw) => [...new Set(raw.split(',').filter((id) => ID.test(id)))].slice(0, MAX_COMPARE),
    serialise: (value) => value.slice(0, MAX_COMPARE).join(','),
  } satisfies Param<string[]>,
  /** Embedded view: only this chart or the map, for an iframe on another site. */
  embed: {
    name: 'embed',
    default: null,
    parse: (raw) => EMBED_KINDS.find((kind) => kind === raw),
    serialise: (value) => value ?? '',
  } satisfies Param<EmbedKind | null>,
};

type ValueOf<P> = P extends Param<infer T> ? T : never;
export type ViewState = { [K in keyof typeof VIEW_PARAMS]: ValueOf<(typeof VIEW_PARAMS)[K]> };
type ViewKey = keyof ViewState;
/** The table, typed per key (checked here, key by key, against the values it declares). */
const PARAMS: { [K in ViewKey]: Param<ViewState[K]> } = VIEW_PARAMS;
const VIEW_KEYS = Object.keys(PARAMS) as ViewKey[];

/** A view made key by key (Object.fromEntries cannot be typed per key; `value` is). */
function viewOf(value: <K extends ViewKey>(key: K) => ViewState[K]): ViewState {
  return Object.fromEntries(VIEW_KEYS.map((key) => [key, value(key)])) as ViewState;
}

export const DEFAULT_VIEW: ViewState = viewOf((key) => PARAMS[key].default);

/** The rules between parameters: one selection at a time, a town winning over a county. */
function normalise(view: ViewState): ViewState {
  return view.town && view.county ? { ...view, county: null } : view;
}

function read<K extends ViewKey>(key: K, params: URLSearchParams): ViewState[K] {
  const param = PARAMS[key];
  const raw = params.get(param.name);
  return (raw === null ? undefined : param.parse(raw)) ?? param.default;
}

export function parseView(search: string): ViewState {
  const params = new URLSearchParams(search);
  return normalise(viewOf((key) => read(key, params)));
}

function write<K extends ViewKey>(key: K, view: ViewState, params: URLSearchParams) {
  const param = PARAMS[key];
  const text = param.serialise(view[key]);
  if (text !== '' && text !== param.serialise(param.default)) params.set(param.name, text);
}

export function serialiseView(view: ViewState): string {
  const params = new URLSearchParams();
  const normal = normalise(view);
  for (const key of VIEW_KEYS) write(key, normal, params);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/**
 * A change to the view: selecting a town clears the county and the other way round; any change of
 * selection lets go of the figure pointed at (unless the change sets one).
 */
export function applyPatch(current: ViewState, patch: Partial<ViewState>): ViewState {
  const selection =
    'town' in patch && patch.town ? { county: null } : 'county' in patch && patch.county ? { town: null } : {};
  const figure = ('town' in patch || 'county' in patch) && !('figure' in patch) ? { figure: null } : {};
  return { ...current, ...patch, ...selection, ...figure };
}

/**
 * A town's own page, baked at build (scripts and data not needed to read it): its address relative
 * to the app's root (the folder of index.html). It stands for the dashboard with that town open.
 */
export const townPagePath = (id: string) => `town/${id}.html`;

/** A town's page, also served without its `.html` (deploy/nginx-site.conf). */
const TOWN_PAGE = /(^|\/)town\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\.html)?$/;

/** The town whose own page the address's path is, or null. */
export function townOfPage(pathname: string): string | null {
  return TOWN_PAGE.exec(pathname)?.[2] ?? null;
}

/** The path of the app's root for a path of the app: for a town's page, the folder above its town/. */
export function rootPath(pathname: string): string {
  const match = TOWN_PAGE.exec(pathname);
  return match ? pathname.slice(0, match.index + (match[1] ?? '').length) : pathname;
}

/** The view's part of an address: a town's page with nothing selected in it stands for `?town=<id>`. */
export function addressSearch(pathname: string, search: string): string {
  const town = townOfPage(pathname);
  if (!town) return search;
  const view = parseView(search);
  return view.town || view.county ? search : serialiseView({ ...view, town });
}

/**
 * The path and query that show `search` from the page at `pathname`: a town's page stays itself
 * while its town is the one open; any other view is the dashboard's, at the app's root.
 */
export function addressFor(pathname: string, search: string): string {
  const town = townOfPage(pathname);
  if (town && parseView(search).town === town) return `${pathname}${search}`;
  return `${rootPath(pathname)}${search}`;
}

/** The full address of a view, e.g. for an embed code or a link back from an embed. */
/**
 * A link to a view, relative to the app's root (a town's page has <base href="../">): what an
 * in-page link's href holds, the same in the page baked at build as in the browser.
 */
export const viewHref = (view: ViewState): string => serialiseView(view) || './';

export function viewAddress(view: ViewState): string {
  const { origin, pathname } = window.location;
  return `${origin}${rootPath(pathname)}${serialiseView(view)}`;
}
