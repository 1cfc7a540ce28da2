/**
 * Domain rules about figures: the years they are for, how
 * qualifiers combine, who a figure is about, the indicators a reader can pick. Pure, no DOM.
 */
import { cityName, JINZHONG_CODE } from '../format/cities';
import { keptIn } from '../format/collections';
import type { DatasetMeta, Figure, Group, Indicator, Qualifier, Subject, Text, Town } from '../format/schema';

/**
 * Later periods first, by where they end (January to June 2023 after 2022, before 2023-07); a
 * figure without a period sorts after dated ones.
 */
export function byPeriodDesc(a: Figure, b: Figure): number {
  if (a.period === b.period) return 0;
  if (a.period === null) return 1;
  if (b.period === null) return -1;
  return periodEnd(b.period).localeCompare(periodEnd(a.period));
}

/** The year a figure is for (its period's first four digits), or null when the source does not say. */
export function figureYear(f: Figure): string | null {
  return f.period?.slice(0, 4) ?? null;
}

/** Whether a figure covers only some months of a year (its period a span such as 2023-01/2023-06). */
export function isPartYear(f: Figure): boolean {
  return f.period?.includes('/') ?? false;
}

/** Where a period ends: the last month of a span, else the period itself. */
export function periodEnd(period: string): string {
  return period.slice(period.indexOf('/') + 1);
}

/** The town a figure's subject belongs to: the town itself, or the town of its enterprise; else null. */
export function subjectTown(subject: Subject): string | null {
  return subject.type === 'town' || subject.type === 'enterprise' ? subject.town : null;
}

/** Whether two subjects are the same town, enterprise, group, city or province. */
export function sameSubject(a: Subject, b: Subject): boolean {
  switch (a.type) {
    case 'town':
      return b.type === 'town' && a.town === b.town;
    case 'enterprise':
      return b.type === 'enterprise' && a.town === b.town && a.name.zh === b.name.zh;
    case 'group':
      return b.type === 'group' && a.group === b.group;
    default:
      return a.type === b.type;
  }
}

/** Plans and targets: shown beside a missing result, never ranked as one. */
export const isPlanned = (f: Figure): boolean => f.kind === 'plan' || f.kind === 'target';

/** A year for which the sources give towns' results for an indicator, and for how many towns. */
export interface ResultYear {
  year: string;
  towns: number;
}

const yearsMade = new WeakMap<readonly Figure[], ReadonlyMap<string, [year: string, towns: Set<string>][]>>();

/**
 * The years for which the sources give towns' results for an indicator, oldest first, each with
 * the number of towns it has a result for (part of a year included); of the towns `counted` keeps
 * when given (晋中's, say), else of every town.
 */
export function resultYearCounts(
  figures: readonly Figure[],
  indicator: string,
  counted?: (townId: string) => boolean,
): ResultYear[] {
  const years = resultYearsByIndicator(figures).get(indicator) ?? [];
  const size = (towns: Set<string>) => {
    if (!counted) return towns.size;
    let n = 0;
    for (const town of towns) if (counted(town)) n++;
    return n;
  };
  return years.map(([year, towns]) => ({ year, towns: size(towns) })).filter((y) => y.towns > 0);
}

/** Each indicator's years with the towns that have a result for them: one pass over the figures, kept per figures list. */
function resultYearsByIndicator(figures: readonly Figure[]) {
  return keptIn(yearsMade, figures, () => {
    const towns = new Map<string, Map<string, Set<string>>>();
    for (const f of figures) {
      const year = figureYear(f);
      if (!year || f.kind !== 'actual' || f.subject.type !== 'town') continue;
      const byYear = keptIn(towns, f.indicator, () => new Map<string, Set<string>>());
      keptIn(byYear, year, () => new Set<string>()).add(f.subject.town);
    }
    return new Map(
      [...towns].map(([indicator, byYear]): [string, [string, Set<string>][]] => [
        indicator,
        [...byYear].sort(([a], [b]) => a.localeCompare(b)),
      ]),
    );
  });
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

export interface NamedSubjectContext {
  towns: ReadonlyMap<string, Town>;
  groups: ReadonlyMap<string, Group>;
}

/** The city a figure about a whole city is about (晋中 when it names none), or null for any other subject. */
export function subjectCity(subject: Subject): string | null {
  return subject.type === 'city' ? (subject.code ?? JINZHONG_CODE) : null;
}

/** Whether a figure is about 晋中 as a whole. */
export const aboutJinzhong = (subject: Subject) => subjectCity(subject) === JINZHONG_CODE;

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
      return cityName(subject.code ?? JINZHONG_CODE);
    case 'province':
      return { zh: '山西省', en: 'Shanxi' };
  }
}

/** Headline figures in the order the dataset lists them, skipping ids it cannot find. */
export function headlineFigures(meta: DatasetMeta, figures: readonly Figure[]): Figure[] {
  // A few ids among thousands of figures: looked for, not indexed.
  const wanted = new Set(meta.headlines);
  const byId = new Map<string, Figure>();
  for (const figure of figures) if (wanted.has(figure.id)) byId.set(figure.id, figure);
  return meta.headlines.flatMap((id) => byId.get(id) ?? []);
}

/** The indicators towns can be ranked (and the map coloured) by. */
export function rankingIndicators(meta: DatasetMeta): Indicator[] {
  return meta.indicators.filter((i) => i.ranking);
}

/** The indicator the address asks for if it can be ranked, else the first that can. */
export function resolveIndicator(meta: DatasetMeta, id: string): Indicator | undefined {
  const choices = rankingIndicators(meta);
  return choices.find((i) => i.id === id) ?? choices[0];
}

/** An indicator by id, from the dataset's list. */
export function findIndicator(meta: DatasetMeta, id: string): Indicator | undefined {
  return meta.indicators.find((i) => i.id === id);
}

/** How many years older than the newest figure of its indicator a figure may be before it is marked as older. */
export const OLDER_AFTER_YEARS = 2;

/** The newest period the sources give a figure of each indicator for (results and targets alike). */
export function newestPeriods(figures: readonly Figure[]): Map<string, string> {
  const newest = new Map<string, string>();
  for (const f of figures) {
    const known = newest.get(f.indicator);
    const end = f.period && periodEnd(f.period);
    if (end && (!known || end > known)) newest.set(f.indicator, end);
  }
  return newest;
}

/**
 * Whether a figure is more than OLDER_AFTER_YEARS years older than the newest figure of its
 * indicator (shown, but marked as older); a figure without a period is never marked.
 */
export function isOlder(figure: Figure, newest: ReadonlyMap<string, string>): boolean {
  const year = figureYear(figure);
  const latest = newest.get(figure.indicator)?.slice(0, 4);
  return year !== null && latest !== undefined && Number(latest) - Number(year) > OLDER_AFTER_YEARS;
}
