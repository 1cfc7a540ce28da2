/**
 * Towns placed only to their county seat can share a point. Markers that share one are spread
 * around a small circle (in screen pixels) so that none hides another.
 */
import type { Town } from '../../data/schema';

export type Offset = readonly [dx: number, dy: number];

/** Offsets for n markers at one point: none for a single marker, a circle for several. */
export function spreadOffsets(n: number, radius = 11): Offset[] {
  if (n <= 1) return n === 1 ? [[0, 0]] : [];
  return Array.from({ length: n }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return [Math.round(radius * Math.cos(angle)), Math.round(radius * Math.sin(angle))] as const;
  });
}

/** Each town's pixel offset from its location. */
export function markerOffsets(towns: readonly Pick<Town, 'id' | 'location'>[]): Map<string, Offset> {
  const groups = new Map<string, string[]>();
  for (const town of towns) {
    const key = `${town.location.lat},${town.location.lon}`;
    groups.set(key, [...(groups.get(key) ?? []), town.id]);
  }
  const offsets = new Map<string, Offset>();
  for (const ids of groups.values()) {
    const spread = spreadOffsets(ids.length);
    ids.forEach((id, i) => offsets.set(id, spread[i] ?? [0, 0]));
  }
  return offsets;
}
