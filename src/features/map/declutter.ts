/**
 * Markers pushed apart so that none hides another (WCAG 2.5.8: each stays visible and operable),
 * moving them as little as it takes. Pure and deterministic; each round compares only markers in
 * neighbouring grid cells. Used by marker-layout.
 */
import { groupBy } from '../../data/format/collections';

const NONE: ReadonlySet<string> = new Set();

/** The golden angle, in radians: successive steps spread directions evenly round the circle. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export type Offset = readonly [dx: number, dy: number];

export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

/**
 * Offsets (in pixels) that keep square markers of side `minDistance` from overlapping, moving them
 * as little as it takes: every pair that is too close is pushed apart along the line between them
 * (markers at one point get distinct directions), repeated until none overlaps. A marker in
 * `fixed` does not move: the other of the pair moves the whole way. Each round only compares
 * markers in neighbouring cells of a grid as wide as `minDistance`.
 */
export function declutter(
  points: readonly ScreenPoint[],
  minDistance: number,
  maxRounds = 200,
  fixed: ReadonlySet<string> = NONE,
): Map<string, Offset> {
  const at = points.map((p) => ({ x: p.x, y: p.y }));
  // How much of a push each marker takes: none when fixed.
  const share = points.map((p) => (fixed.has(p.id) ? 0 : 1));
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
              // Same point: part them along a direction of their own, which depends on the pair
              // alone (a golden-angle step per index), never on how many markers there are
              // elsewhere: a town added far away must not turn a pair out of its county.
              const angle = GOLDEN_ANGLE * (i + j);
              dx = Math.cos(angle);
              dy = Math.sin(angle);
            }
            const sa = share[i] ?? 1;
            const sb = share[j] ?? 1;
            if (sa + sb === 0) continue;
            // Stretch the gap between them along its own direction until it is wide enough.
            const scale = (minDistance + 0.01) / Math.max(Math.abs(dx), Math.abs(dy));
            const pushX = (scale - 1) * dx;
            const pushY = (scale - 1) * dy;
            a.x -= (pushX * sa) / (sa + sb);
            a.y -= (pushY * sa) / (sa + sb);
            b.x += (pushX * sb) / (sa + sb);
            b.y += (pushY * sb) / (sa + sb);
            moved = true;
          }
        }
      }
    }
    if (!moved) break;
  }
  return new Map(points.map((p, i) => [p.id, [(at[i]?.x ?? p.x) - p.x, (at[i]?.y ?? p.y) - p.y] as const]));
}
