/** Pure derivations from checked data: tiers, rankings, look-ups. No DOM, no React. */
import type {
  Article,
  DatasetMeta,
  Designation,
  Figure,
  FigureKind,
  Group,
  Indicator,
  Qualifier,
  Subject,
  Text,
  Town,
} from './schema';

export type Tier = 'provincial-key' | 'city' | 'county' | 'cultivating' | 'unstated';

/**
 * A town's current tier, from its designation history: the highest level at which it has been
 * designated; "cultivating" when it is only being built up or backed as a candidate; "unstated"
 * when the sources name it without saying which programme it belongs to.
 */
export function townTier(town: Pick<Town, 'designations'>): Tier {
  const designated = (level: string) => town.designations.some((d) => d.level === level && d.status === 'designated');
  if (designated('provincial')) return 'provincial-key';
  if (designated('city')) return 'city';
  if (designated('county')) return 'county';
  return town.designations.length > 0 ? 'cultivating' : 'unstated';
}

export function indexById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

const nameOrders = new WeakMap<readonly Town[], Map<string, number>>();

/**
 * Each town's place when the towns are in dictionary order of their Chinese names: sorted once per
 * towns list, so that orderings by name cost integer comparisons (a collator's are slow).
 */
function nameOrder(towns: readonly Town[]): Map<string, number> {
  let order = nameOrders.get(towns);
  if (!order) {
    const collator = new Intl.Collator('zh-CN');
    const sorted = [...towns].sort((a, b) => collator.compare(a.name.zh, b.name.zh));
    order = new Map(sorted.map((town, i) => [town.id, i]));
    nameOrders.set(towns, order);
  }
  return order;
}

/** Items grouped by a key, in their order (Map.groupBy, which Node 20 lacks). */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K | null): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

interface SubjectIndex {
  town: Map<string, Figure[]>;
  group: Map<string, Figure[]>;
}
const subjectIndexes = new WeakMap<readonly Figure[], SubjectIndex>();

/**
 * The figures about one town itself or one group, from an index built once per figures list, so
 * that looking up every town costs as much as reading the list once.
 */
function figuresAbout(figures: readonly Figure[], type: keyof SubjectIndex, id: string): readonly Figure[] {
  let index = subjectIndexes.get(figures);
  if (!index) {
    index = {
      town: groupBy(figures, ({ subject }) => (subject.type === 'town' ? subject.town : null)),
      group: groupBy(figures, ({ subject }) => (subject.type === 'group' ? subject.group : null)),
    };
    subjectIndexes.set(figures, index);
  }
  return index[type].get(id) ?? [];
}

/** Figures about a town itself (not its enterprises), for one indicator. */
export function townFigures(figures: readonly Figure[], townId: string, indicator: string): Figure[] {
  return figuresAbout(figures, 'town', townId).filter((f) => f.indicator === indicator);
}

/** Later periods first; a figure without a period sorts after dated ones. */
function byPeriodDesc(a: Figure, b: Figure): number {
  if (a.period === b.period) return 0;
  if (a.period === null) return 1;
  if (b.period === null) return -1;
  return b.period.localeCompare(a.period);
}

/**
 * The figure that stands for a town in a ranking: an actual result, preferring one about the
 * whole town (no narrower scope), then the latest period. Null when the sources report none.
 */
export function representativeFigure(candidates: readonly Figure[], year: string | null = null): Figure | null {
  let best: Figure | null = null;
  for (const f of candidates)
    if (f.kind === 'actual' && (year === null || figureYear(f) === year) && (!best || representativeOrder(f, best) < 0))
      best = f;
  return best;
}

/** The year a figure is for (its period's first four digits), or null when the source does not say. */
export function figureYear(f: Figure): string | null {
  return f.period?.slice(0, 4) ?? null;
}

/** The years for which the sources give towns' results for an indicator, oldest first. */
export function resultYears(figures: readonly Figure[], indicator: string): string[] {
  const years = new Set<string>();
  for (const f of figures) {
    const year = figureYear(f);
    if (year && f.kind === 'actual' && f.subject.type === 'town' && f.indicator === indicator) years.add(year);
  }
  return [...years].sort();
}

/**
 * A town's results over time: for each indicator and scope with results for two periods or more,
 * those results, oldest first (one scope's series never mixes with another's).
 */
export function townTrends(town: Town, figures: readonly Figure[]): { indicator: string; figures: Figure[] }[] {
  const actual = figuresAbout(figures, 'town', town.id).filter((f) => f.kind === 'actual' && f.period !== null);
  return [...groupBy(actual, (f) => `${f.indicator}|${f.scope?.zh ?? ''}`).values()]
    .filter((series) => new Set(series.map((f) => f.period)).size > 1)
    .map((series) => ({
      indicator: series[0]?.indicator ?? '',
      figures: [...series].sort((a, b) => -byPeriodDesc(a, b)),
    }));
}

/** Which of two actual figures stands for a town: the whole town's before a narrower scope, then the later. */
function representativeOrder(a: Figure, b: Figure): number {
  return Number(a.scope !== null) - Number(b.scope !== null) || byPeriodDesc(a, b);
}

export interface RankingRow {
  town: Town;
  /** The actual figure ranked, or null: "not reported". */
  figure: Figure | null;
  /** Targets or plans for the same indicator, shown beside a missing actual, never ranked. */
  planned: Figure[];
}

/** Rankings made, per figures list: `indicator|year` → the towns list they were made for and the rows. */
const rankings = new WeakMap<readonly Figure[], Map<string, { towns: readonly Town[]; rows: RankingRow[] }>>();

/**
 * Towns of 晋中 ranked by one indicator: reported values high to low, then the rest by name. With a
 * year, only results for that year count; without, each town's latest (see representativeFigure).
 * Each ranking is made once per dataset (the map and the chart share it, and the ranking panel
 * makes the other indicators' ahead): do not mutate the result.
 */
export function rankTowns(
  towns: readonly Town[],
  figures: readonly Figure[],
  indicator: string,
  year: string | null = null,
): readonly RankingRow[] {
  let made = rankings.get(figures);
  if (!made) {
    made = new Map();
    rankings.set(figures, made);
  }
  const key = `${indicator}|${year ?? ''}`;
  const cached = made.get(key);
  if (cached && cached.towns === towns) return cached.rows;
  const rows = computeRanking(towns, figures, indicator, year);
  made.set(key, { towns, rows });
  return rows;
}

function computeRanking(
  towns: readonly Town[],
  figures: readonly Figure[],
  indicator: string,
  year: string | null,
): RankingRow[] {
  const reported: RankingRow[] = [];
  const missing: RankingRow[] = [];
  for (const town of towns) {
    if (!town.inJinzhong) continue;
    const own = townFigures(figures, town.id, indicator);
    const figure = representativeFigure(own, year);
    const planned = own.filter((f) => f.kind === 'plan' || f.kind === 'target');
    (figure ? reported : missing).push({ town, figure, planned });
  }
  reported.sort((a, b) => (b.figure?.value ?? 0) - (a.figure?.value ?? 0));
  const order = nameOrder(towns);
  missing.sort((a, b) => (order.get(a.town.id) ?? 0) - (order.get(b.town.id) ?? 0));
  return [...reported, ...missing];
}

export interface CountyValue {
  code: string;
  /** The towns of the county with their ranked figure (or null) and plans. */
  rows: RankingRow[];
  /** Sum of the towns' reported results; null when none reports one ("no data", never 0). */
  value: number | null;
  upper?: number;
  qualifier: Qualifier;
}

/**
 * How a sum keeps the qualifiers of its parts: exact parts stay exact; a lower bound or a
 * "nearly" passes its direction on; a range makes a range; mixed directions become "about".
 */
export function combineQualifiers(qualifiers: readonly Qualifier[]): Qualifier {
  const kinds = new Set(qualifiers.filter((q) => q !== 'exact'));
  if (kinds.size === 0) return 'exact';
  if (kinds.has('range')) return 'range';
  if (kinds.size === 1) return [...kinds][0] ?? 'about';
  return 'about';
}

export function countyValues(
  countyCodes: readonly string[],
  towns: readonly Town[],
  figures: readonly Figure[],
  indicator: string,
  year: string | null = null,
): Map<string, CountyValue> {
  const byCounty = groupBy(rankTowns(towns, figures, indicator, year), (row) => row.town.county.code);
  return new Map(
    countyCodes.map((code): [string, CountyValue] => {
      const own = byCounty.get(code) ?? [];
      const reported = own.flatMap((r) => (r.figure ? [r.figure] : []));
      if (reported.length === 0) return [code, { code, rows: own, value: null, qualifier: 'exact' }];
      const qualifier = combineQualifiers(reported.map((f) => f.qualifier));
      const value = reported.reduce((sum, f) => sum + f.value, 0);
      const upper = qualifier === 'range' ? reported.reduce((sum, f) => sum + (f.upper ?? f.value), 0) : undefined;
      return [code, { code, rows: own, value, upper, qualifier }];
    }),
  );
}

export interface NamedSubjectContext {
  towns: ReadonlyMap<string, Town>;
  groups: ReadonlyMap<string, Group>;
}

/** Who a figure is about, in both languages. */
export function subjectName(subject: Subject, ctx: NamedSubjectContext): Text {
  switch (subject.type) {
    case 'town':
      return ctx.towns.get(subject.town)?.name ?? { zh: subject.town, en: subject.town };
    case 'enterprise':
      return subject.name;
    case 'group':
      return ctx.groups.get(subject.group)?.name ?? { zh: subject.group, en: subject.group };
    case 'city':
      return { zh: '晋中市', en: 'Jinzhong' };
    case 'province':
      return { zh: '山西省', en: 'Shanxi' };
  }
}

/** Headline figures in the order the dataset lists them, skipping ids it cannot find. */
export function headlineFigures(meta: DatasetMeta, figures: readonly Figure[]): Figure[] {
  const byId = indexById(figures);
  return meta.headlines.flatMap((id) => byId.get(id) ?? []);
}

export function rankingIndicators(meta: DatasetMeta): Indicator[] {
  return meta.indicators.filter((i) => i.ranking);
}

/** The indicator the address asks for if it can be ranked, else the first that can. */
export function resolveIndicator(meta: DatasetMeta, id: string): Indicator | undefined {
  const choices = rankingIndicators(meta);
  return choices.find((i) => i.id === id) ?? choices[0];
}

/** Articles newest first. */
export function articlesByDate(articles: readonly Article[]): Article[] {
  return [...articles].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** The outlets of the sources, each once, with the outlet's own site where known. */
export function outlets(articles: readonly Article[]): { name: Text; url: string | null }[] {
  const seen = new Map<string, { name: Text; url: string | null }>();
  for (const a of articles) {
    const prev = seen.get(a.outlet.zh);
    if (!prev) seen.set(a.outlet.zh, { name: a.outlet, url: a.outletUrl });
    else if (!prev.url && a.outletUrl) prev.url = a.outletUrl;
  }
  return [...seen.values()];
}

export interface ProgrammeFigure {
  figure: Figure;
  level: Designation['level'];
  status: Designation['status'];
  year: string;
}

/** 晋中's specialty-town programme in figures: counts by level and stage, results and targets. */
export function programmeFigures(figures: readonly Figure[]): ProgrammeFigure[] {
  return figures.flatMap((figure) => {
    const { programme, subject, period } = figure;
    const jinzhong = subject.type === 'city' || subject.type === 'group';
    return programme && jinzhong && period
      ? [{ figure, level: programme.level, status: programme.status, year: period.slice(0, 4) }]
      : [];
  });
}

export interface ScaleSubject {
  key: string;
  /** The town, when the subject is one (groups are combined figures the sources give). */
  townId: string | null;
  name: Text;
  /** The figure standing for each indicator, or null when not reported. */
  figures: Map<string, Figure | null>;
}

/**
 * Who the "scale" chart shows: named groups of towns with the combined figures the sources give,
 * then 晋中's towns, each with its result for every indicator (never summed by us). Subjects
 * without any of the indicators are left out.
 */
export function scaleSubjects(
  towns: readonly Town[],
  groups: readonly Group[],
  figures: readonly Figure[],
  indicators: readonly string[],
): ScaleSubject[] {
  const pick = (own: readonly Figure[]) =>
    new Map(indicators.map((id) => [id, representativeFigure(own.filter((f) => f.indicator === id))]));
  const groupSubjects = groups.map((g) => ({
    key: `group-${g.id}`,
    townId: null,
    name: g.name,
    figures: pick(figuresAbout(figures, 'group', g.id)),
  }));
  const townSubjects = towns
    .filter((t) => t.inJinzhong)
    .map((t) => ({
      key: t.id,
      townId: t.id,
      name: t.name,
      figures: pick(figuresAbout(figures, 'town', t.id)),
    }));
  const reported = (s: ScaleSubject) => [...s.figures.values()].filter(Boolean).length;
  const order = nameOrder(towns);
  townSubjects.sort((a, b) => reported(b) - reported(a) || (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
  return [...groupSubjects, ...townSubjects].filter((s) => reported(s) > 0);
}

export interface ArticleCoverage {
  /** Towns the article reports on: through figures (a group's figure covers its members), designations or facts. */
  towns: Set<string>;
  /** The figures it supplied. */
  figures: Figure[];
}

/** For every article, the towns it covers and the figures it supplied. */
export function articleCoverage(
  articles: readonly Article[],
  towns: readonly Town[],
  groups: readonly Group[],
  figures: readonly Figure[],
): Map<string, ArticleCoverage> {
  const coverage = new Map(articles.map((a) => [a.id, { towns: new Set<string>(), figures: new Array<Figure>() }]));
  const members = new Map(groups.map((g) => [g.id, g.members]));
  for (const f of figures) {
    const c = coverage.get(f.source.article);
    if (!c) continue;
    c.figures.push(f);
    if (f.subject.type === 'town' || f.subject.type === 'enterprise') c.towns.add(f.subject.town);
    if (f.subject.type === 'group') for (const m of members.get(f.subject.group) ?? []) c.towns.add(m);
  }
  for (const t of towns)
    for (const { source } of [...t.designations, ...t.facts]) coverage.get(source.article)?.towns.add(t.id);
  return coverage;
}

const KIND_ORDER: FigureKind[] = ['actual', 'target', 'plan', 'event'];

/**
 * Indicators for which the sources give a town's results in more than one scope (e.g. 晋中开发区's
 * firms and 榆次's whole industry): shown side by side so that neither silently replaces the other.
 */
export function scopeComparisons(town: Town, figures: readonly Figure[]): { indicator: string; figures: Figure[] }[] {
  const actual = figures.filter((f) => f.kind === 'actual' && f.subject.type === 'town' && f.subject.town === town.id);
  return [...groupBy(actual, (f) => f.indicator).entries()]
    .filter(([, list]) => new Set(list.map((f) => f.scope?.zh ?? '')).size > 1)
    .map(([indicator, list]) => ({ indicator, figures: list }));
}

/** Figures about a town or one of its enterprises, grouped by kind, in the dataset's indicator order. */
export function townFiguresByKind(town: Town, figures: readonly Figure[], meta: DatasetMeta | null) {
  const order = new Map(meta?.indicators.map((ind, i) => [ind.id, i]) ?? []);
  const own = figures.filter(
    (f) => (f.subject.type === 'town' || f.subject.type === 'enterprise') && f.subject.town === town.id,
  );
  own.sort(
    (a, b) =>
      (order.get(a.indicator) ?? 99) - (order.get(b.indicator) ?? 99) || (b.period ?? '').localeCompare(a.period ?? ''),
  );
  return KIND_ORDER.map((kind) => ({ kind, figures: own.filter((f) => f.kind === kind) })).filter(
    (g) => g.figures.length > 0,
  );
}

/**
 * Towns matching what a reader typed: by Chinese or English name, industry or county, in either
 * language, case and spacing ignored. The town of exactly that name comes first, then other matches
 * on the name.
 */
export function searchTowns(towns: readonly Town[], query: string): Town[] {
  const normal = (value: string) => value.toLowerCase().replace(/\s+/g, '');
  const q = normal(query);
  if (!q) return [];
  const score = (t: Town) => {
    if (normal(t.name.zh) === q || normal(t.name.en) === q) return 0;
    if (normal(t.name.zh).includes(q) || normal(t.name.en).includes(q)) return 1;
    if (normal(t.industry.zh).includes(q) || normal(t.industry.en).includes(q)) return 2;
    if (normal(t.county.name.zh).includes(q) || normal(t.county.name.en).includes(q)) return 3;
    return 4;
  };
  return towns
    .map((t) => ({ t, s: score(t) }))
    .filter((x) => x.s < 4)
    .sort((a, b) => a.s - b.s)
    .map((x) => x.t);
}

/**
 * What stands for a town and an indicator when towns are compared: its result if the sources give
 * one, else its plan or target (shown as such), else null (not reported).
 */
export function compareFigure(figures: readonly Figure[], townId: string, indicator: string): Figure | null {
  const own = townFigures(figures, townId, indicator);
  return representativeFigure(own) ?? own.find((f) => f.kind === 'plan' || f.kind === 'target') ?? null;
}
