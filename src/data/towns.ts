/** Domain rules about towns: their tier in the specialty-town programme. Pure, no DOM. */
import type { Town } from './schema';

export type Tier = 'provincial-key' | 'city' | 'county' | 'cultivating' | 'unstated';

/** The tiers from highest to lowest (legends list them in this order). */
export const TIER_ORDER: readonly Tier[] = ['provincial-key', 'city', 'county', 'cultivating', 'unstated'];

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
