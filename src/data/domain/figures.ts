/**
 * Domain rules about figures: the years they are for, how
 * qualifiers combine, who a figure is about, the indicators a reader can pick. Pure, no DOM.
 */
import { keptIn } from '../format/collections';
import type { DatasetMeta, Figure, Group, Indicator, Qualifier, Subject, Text, Town } from '../format/schema';

/** Later periods first; a figure without a period sorts after dated ones. */
export function byPeriodDesc(a: Figure, b: Figure): number {
  if (a.period === b.period) return 0;
  if (a.period === null) return 1;
  if (b.period === null) return -1;
  return b.period.localeCompare(a.period);
}

/** The year a figure is for (its period's first four digits), or null when the source does not say. */
export function figureYear(f: Figure): string | null {
  return f.period?.slice(0, 4) ?? null;
}

/** The town a figure's subject belongs to: the town itself, or the town of its enterprise; else null. */
export function subjectTown(subject: Subject): string | null {
  return subject.type === 'town' || subject.type === 'enterprise' ? subject.town : null;
}

/** Plans and targets: shown beside a missing result, never ranked as one. */
export const isPlanned = (f: Figure): boolean => f.kind === 'plan' || f.kind === 'target';

/** The years for which the sources give towns' results for an indicator, oldest first. */
export function resultYears(figures: readonly Figure[], indicator: string): string[] {
  return resultYearsByIndicator(figures).get(indicator) ?? [];
}

const yearsMade = new WeakMap<readonly Figure[], ReadonlyMap<string, string[]>>();

/** resultYears for every indicator at once: one pass over the figures, kept per figures list. */
export function resultYearsByIndicator(figures: readonly Figure[]): ReadonlyMap<string, string[]> {
  return keptIn(yearsMade, figures, () => {
    const sets = new Map<string, Set<string>>();
    for (const f of figures) {
      const year = figureYear(f);
      if (!year || f.kind !== 'actual' || f.subject.type !== 'town') continue;
      keptIn(sets, f.indicator, () => new Set<string>()).add(year);
    }
    return new Map([...sets].map(([indicator, set]) => [indicator, [...set].sort()]));
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
    if (f.period && (!known || f.period > known)) newest.set(f.indicator, f.period);
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
