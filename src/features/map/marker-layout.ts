/**
 * Where the map draws its markers, in screen pixels. Two rules:
 * - markers must not hide each other: towns placed only at their county seat can share a point,
 *   and at the province's zoom neighbouring towns crowd together, so markers closer than a
 *   target's size are pushed apart (each stays visible and operable, WCAG 2.5.8);
 * - the map never draws more than a readable, fast number of markers: when more towns than that
 *   are in view, the towns of each grid cell gather into one counted cluster.
 * Pure and deterministic; the cost grows with the number of towns, not its square.
 */
import { groupBy } from '../../data/collections';

export type Offset = readonly [dx: number, dy: number];

export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

/**
 * Offsets (in pixels) that keep square markers of side `minDistance` from overlapping, moving them
 * as little as it takes: every pair that is too close is pushed apart along the line between them
 * (markers at one point get distinct directions), repeated until none overlaps. Each round only
 * compares markers in neighbouring cells of a grid as wide as `minDistance`.
 */
export function declutter(points: readonly ScreenPoint[], minDistance: number, maxRounds = 200): Map<string, Offset> {
  const at = points.map((p) => ({ x: p.x, y: p.y }));
  const cellOf = (v: number) => Math.floor(v / minDistance);
  for (let round = 0; round < maxRounds; round++) {
    let moved = false;
    const grid = groupBy(at.keys(), (i) => `${cellOf(at[i]?.x ?? 0)},${cellOf(at[i]?.y ?? 0)}`);
    for (let i = 0; i < at.length; i++) {
      const a = at[i];
      if (!a) continue;
      const cx = cellOf(a.x);
      const cy = cellOf(a.y);
      for (let gx = cx - 1; gx <= cx + 1; gx++) {
        for (let gy = cy - 1; gy <= cy + 1; gy++) {
          for (const j of grid.get(`${gx},${gy}`) ?? []) {
            const b = at[j];
            if (j <= i || !b) continue;
            let dx = b.x - a.x;
            let dy = b.y - a.y;
            // Markers are squares: they overlap unless apart by minDistance along x or along y.
            const apart = Math.max(Math.abs(dx), Math.abs(dy));
            if (apart >= minDistance) continue;
            if (apart < 1e-6) {
              // Same point: part them along a direction of their own.
              const angle = (2 * Math.PI * (i + j)) / (at.length + 1);
              dx = Math.cos(angle);
              dy = Math.sin(angle);
            }
            // Stretch the gap between them along its own direction until it is wide enough.
            const scale = (minDistance + 0.01) / Math.max(Math.abs(dx), Math.abs(dy));
            const pushX = ((scale - 1) * dx) / 2;
            const pushY = ((scale - 1) * dy) / 2;
            a.x -= pushX;
            a.y -= pushY;
            b.x += pushX;
            b.y += pushY;
            moved = true;
          }
        }
      }
    }
    if (!moved) break;
  }
  return new Map(points.map((p, i) => [p.id, [(at[i]?.x ?? p.x) - p.x, (at[i]?.y ?? p.y) - p.y] as const]));
}

/** One marker to draw: a town, or a cluster of the towns of one grid cell. */
export type MarkerItem =
  | { kind: 'town'; key: string; id: string; x: number; y: number }
  | { kind: 'cluster'; key: string; ids: string[]; x: number; y: number };

/**
 * The markers for the towns in view: each town on its own while there are at most `maxMarkers`
 * of them; otherwise the towns of each `cell`-pixel square gather into a cluster at their mean
 * position (a town alone in its cell stays a town). Keys are stable for the same towns at the
 * same zoom, so that a pan reuses the markers already drawn.
 */
export function planMarkers(points: readonly ScreenPoint[], maxMarkers: number, cell: number): MarkerItem[] {
  const town = (p: ScreenPoint): MarkerItem => ({ kind: 'town', key: `town:${p.id}`, id: p.id, x: p.x, y: p.y });
  if (points.length <= maxMarkers) return points.map(town);
  const cells = groupBy(points, (p) => `${Math.floor(p.x / cell)},${Math.floor(p.y / cell)}`);
  return [...cells].map(([key, members]): MarkerItem => {
    const [first] = members;
    if (first && members.length === 1) return town(first);
    const mean = (axis: 'x' | 'y') => members.reduce((sum, p) => sum + p[axis], 0) / members.length;
    return {
      kind: 'cluster',
      key: `cluster:${key}:${members.length}`,
      ids: members.map((p) => p.id),
      x: mean('x'),
      y: mean('y'),
    };
  });
}
