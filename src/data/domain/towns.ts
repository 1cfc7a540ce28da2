/** Domain rules about towns: their tier in the specialty-town programme. Pure, no DOM. */
import { endOf, happenedBy } from './dates';
import { cityCodeOf, cityName } from '../format/cities';
import { aboutJinzhong } from './figures';
import type { Designation, Figure, Text, Town } from '../format/schema';

/** The city (prefecture) a town lies in, by its county's code. */
export const townCity = (town: Pick<Town, 'county'>): Text => cityName(cityCodeOf(town.county.code));

export type Tier = 'provincial-key' | 'city' | 'county' | 'cultivating' | 'unstated';

/** The tiers from highest to lowest (legends list them in this order). */
export const TIER_ORDER: readonly Tier[] = ['provincial-key', 'city', 'county', 'cultivating', 'unstated'];

/** Whether a designation was made by the end of `asof`'s period. */
const madeBy = (d: Designation, asof: string) => happenedBy(d.date, asof);

/** Whether a designation names its town a town of this level (not only a candidate). */
const designatedAt = (d: Designation, level: Designation['level']) => d.level === level && d.status === 'designated';

/**
 * A town's tier as of a date (`asof`: YYYY, YYYY-MM or YYYY-MM-DD, the state once that period is
 * over; null for the newest state the sources give): the highest level at which it had been
 * designated by then; "cultivating" when it was only being built up or backed as a candidate;
 * "unstated" when the sources name it without saying which programme it belongs to; null when every
 * designation the sources give came later (it was not yet a town of the programme then).
 */
export function tierAt(town: Pick<Town, 'designations'>, asof: string | null): Tier | null {
  const known = asof === null ? town.designations : town.designations.filter((d) => madeBy(d, asof));
  const designated = (level: Designation['level']) => known.some((d) => designatedAt(d, level));
  if (designated('provincial')) return 'provincial-key';
  if (designated('city')) return 'city';
  if (designated('county')) return 'county';
  if (known.length > 0) return 'cultivating';
  return town.designations.length > 0 ? null : 'unstated';
}

/**
 * A town's tier now, or as of a date (see tierAt), as the map and the profile show it: "unstated"
 * also for a town not yet in the programme then.
 */
export function townTier(town: Pick<Town, 'designations'>, asof: string | null = null): Tier {
  return tierAt(town, asof) ?? 'unstated';
}

const LEVEL_OF: Partial<Record<Tier, Designation['level']>> = {
  'provincial-key': 'provincial',
  city: 'city',
  county: 'county',
};

/**
 * The designation behind a town's tier (as of `asof`, or now): the first one naming it at that
 * level; for a town being built up, its newest step by then; null when there is none.
 */
export function tierDesignation(town: Pick<Town, 'designations'>, asof: string | null = null): Designation | null {
  const level = LEVEL_OF[townTier(town, asof)];
  const known = asof === null ? town.designations : town.designations.filter((d) => madeBy(d, asof));
  const byDate = [...known].sort((a, b) => a.date.localeCompare(b.date));
  if (!level) return byDate.at(-1) ?? null;
  return byDate.find((d) => designatedAt(d, level)) ?? null;
}

/**
 * The towns of 晋中 our sources name as designated at a level by a date (the end of `asof`'s
 * period): what the data can count itself, shown beside a count a source reports. A town later
 * raised to a higher level still counts: it was named at this one.
 */
export function namedAtLevel(towns: readonly Town[], level: Designation['level'], asof: string): Town[] {
  return towns.filter(
    (town) => town.inJinzhong && town.designations.some((d) => designatedAt(d, level) && madeBy(d, asof)),
  );
}

/**
 * The date the programme's state is known as of: the newest designation of a town, or count of
 * towns in the programme that a source reports as a result (so "now" on the map and the programme
 * chart says when "now" is); of 晋中's towns and counts (its own or its groups') unless `shanxi`,
 * then of every town and count. Null when the data holds neither.
 */
export function programmeKnownAt(towns: readonly Town[], figures: readonly Figure[], shanxi = false): string | null {
  let newest: string | null = null;
  const consider = (date: string | null) => {
    if (date && (!newest || endOf(date) > endOf(newest))) newest = date;
  };
  for (const town of towns) if (shanxi || town.inJinzhong) for (const d of town.designations) consider(d.date);
  for (const f of figures)
    if (f.programme && f.kind === 'actual' && (shanxi || aboutJinzhong(f.subject) || f.subject.type === 'group'))
      consider(f.period);
  return newest;
}
