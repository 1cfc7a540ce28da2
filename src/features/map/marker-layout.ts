/**
 * Markers must not hide each other: towns placed only at their county seat can share a point, and
 * at the province's zoom neighbouring towns crowd together. Markers closer than a target's size
 * are pushed apart, in screen pixels, so each stays visible and operable (WCAG 2.5.8).
 */

export type Offset = readonly [dx: number, dy: number];

export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

/**
 * Offsets (in pixels) that keep square markers of side `minDistance` from overlapping, moving them
 * as little as it takes: every pair that is too close is pushed apart along the line between them
 * (markers at one point get distinct directions), repeated until none overlaps. Deterministic, pure.
 */
export function declutter(points: readonly ScreenPoint[], minDistance: number, maxRounds = 200): Map<string, Offset> {
  const at = points.map((p) => ({ x: p.x, y: p.y }));
  for (let round = 0; round < maxRounds; round++) {
    let moved = false;
    for (let i = 0; i < at.length; i++) {
      for (let j = i + 1; j < at.length; j++) {
        const a = at[i];
        const b = at[j];
        if (!a || !b) continue;
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
    if (!moved) break;
  }
  return new Map(points.map((p, i) => [p.id, [(at[i]?.x ?? p.x) - p.x, (at[i]?.y ?? p.y) - p.y] as const]));
}
