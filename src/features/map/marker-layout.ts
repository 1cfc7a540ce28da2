/**
 * Where the map draws its markers, in screen pixels. The rules:
 * - markers must not hide each other: towns placed only at their county seat can share a point,
 *   and at the province's zoom neighbouring towns crowd together, so markers closer than a
 *   target's size are pushed apart (each stays visible and operable, WCAG 2.5.8);
 * - a marker never leaves its town's own county: where pushing apart would move one out, the
 *   towns that cannot all fit gather into a counted cluster (fitMarkers);
 * - a town's name shows beside its marker wherever it fits, on a phone too (label-layout);
 * - the map never draws more than a readable, fast number of markers: when more towns than that
 *   are in view, the towns of each grid cell gather into one counted cluster;
 * - the town the reader has opened is never inside a cluster and stays at its own place: the others
 *   move or gather around it;
 * - a cluster gathers towns of one group only (晋中's towns, or the towns outside it), so that it
 *   never stands for 晋中's towns in a neighbouring city.
 * Pure and deterministic; the cost grows with the number of towns, not its square.
 */
import { keptIn } from '../../data/format/collections';
import { declutter, type Offset, type ScreenPoint } from './declutter';

export type { Offset, ScreenPoint } from './declutter';

const NONE: ReadonlySet<string> = new Set();
/** Which towns may share a cluster: those of one group (by default, all). */
export type GroupOf = (id: string) => string;
const ONE_GROUP: GroupOf = () => '';

/**
 * The towns kept alone (never in a cluster), at their own places: chosen in the order of `first`
 * (the town opened, then the provincial towns), each as long as it is at least `gap` pixels from
 * those chosen before it on both axes (so that none covers another), at most `most` of them. In a
 * small map the towns that matter most are named where they fit, the others gather around them.
 */
export function aloneWhereTheyFit(
  points: ReadonlyMap<string, ScreenPoint>,
  first: readonly string[],
  gap: number,
  most: number,
): Set<string> {
  const chosen: ScreenPoint[] = [];
  for (const id of first) {
    if (chosen.length >= most) break;
    const p = points.get(id);
    if (p && chosen.every((c) => c.id !== id && Math.max(Math.abs(c.x - p.x), Math.abs(c.y - p.y)) >= gap))
      chosen.push(p);
  }
  return new Set(chosen.map((p) => p.id));
}

/** One marker to draw: a town, or a cluster of the towns of one grid cell. */
export type MarkerItem =
  | { kind: 'town'; key: string; id: string; x: number; y: number }
  | { kind: 'cluster'; key: string; ids: string[]; x: number; y: number };

/**
 * The markers for the towns in view: each town on its own while there are at most `maxMarkers`
 * of them; otherwise the towns of each `cell`-pixel square and of one group (`groupOf`) gather into
 * a cluster at their mean position (a town alone in its cell, or in `alone`, stays a town). Keys
 * are stable for the same towns at the same zoom, so that a pan reuses the markers already drawn.
 */
export function planMarkers(
  points: readonly ScreenPoint[],
  maxMarkers: number,
  cell: number,
  alone: ReadonlySet<string> = NONE,
  groupOf: GroupOf = ONE_GROUP,
): MarkerItem[] {
  const town = (p: ScreenPoint): MarkerItem => ({ kind: 'town', key: `town:${p.id}`, id: p.id, x: p.x, y: p.y });
  if (points.length <= maxMarkers) return points.map(town);
  // The cells in the order first met, found by column and row (numbers: thousands of towns in view).
  const cells: { key: string; members: ScreenPoint[] }[] = [];
  const single: MarkerItem[] = [];
  const byColumn = new Map<number, Map<number, Map<string, ScreenPoint[]>>>();
  for (const p of points) {
    if (alone.has(p.id)) {
      single.push(town(p));
      continue;
    }
    const column = Math.floor(p.x / cell);
    const row = Math.floor(p.y / cell);
    const group = groupOf(p.id);
    const rows = keptIn(byColumn, column, () => new Map<number, Map<string, ScreenPoint[]>>());
    const groups = keptIn(rows, row, () => new Map<string, ScreenPoint[]>());
    const members = groups.get(group);
    if (members) members.push(p);
    else {
      const started = [p];
      groups.set(group, started);
      cells.push({ key: group ? `${column},${row},${group}` : `${column},${row}`, members: started });
    }
  }
  const gathered = cells.map(({ key, members }): MarkerItem => {
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
  return [...single, ...gathered];
}

/** The markers to draw and how far each is moved from its place to keep clear of the others. */
export interface FittedMarkers {
  items: MarkerItem[];
  offsets: Map<string, Offset>;
}

const membersOf = (item: MarkerItem): string[] => (item.kind === 'town' ? [item.id] : item.ids);

/**
 * Markers that keep clear of each other without leaving their towns' own areas: the markers are
 * moved apart (declutter); a marker moved out of the area it belongs in (`inside`: a town's county;
 * a cluster's, any member's) is first placed once elsewhere near its place, clear of the others
 * and inside (a cluster, failing that, at its nearest member's place), and otherwise gathers with
 * its nearest neighbour of its group (`groupOf`) into one cluster, placed where its members' area
 * holds it (one with no neighbour of its group left stays at its place, and the others move around
 * it); repeated until every marker is inside. A town whose own place is already outside its area
 * (the data's point and boundary disagree) may stay where the data puts it, not elsewhere outside. The towns in `alone` (the one opened) stay
 * at their own place and never gather: the others move and gather around them. Offsets of towns
 * run from their own place.
 */
export function fitMarkers(
  planned: readonly MarkerItem[],
  /** Every planned town's own place, by id. */
  home: ReadonlyMap<string, ScreenPoint>,
  minDistance: (clustered: boolean) => number,
  inside: (ids: readonly string[], x: number, y: number) => boolean,
  alone: ReadonlySet<string> = NONE,
  groupOf: GroupOf = ONE_GROUP,
): FittedMarkers {
  const pinned = new Set(planned.flatMap((item) => (item.kind === 'town' && alone.has(item.id) ? [item.key] : [])));
  let items = [...planned];
  const moved = new Set<string>();
  // Whether a marker is inside its area at a point, asked once per marker and point: the rounds
  // below ask again about every marker that has not moved.
  const known = new Map<string, boolean>();
  const within = (item: MarkerItem, x: number, y: number) =>
    keptIn(known, `${item.key}|${x}|${y}`, () => inside(membersOf(item), x, y));
  // Towns the data itself places outside their area: nothing to keep them in (asked once a town).
  const astrayIds = new Map<string, boolean>();
  const astray = (id: string) =>
    keptIn(astrayIds, id, () => {
      const own = home.get(id);
      return !own || !inside([id], own.x, own.y);
    });
  const apart = (gap: number) =>
    declutter(
      items.map((item) => ({ id: item.key, x: item.x, y: item.y })),
      gap,
      undefined,
      pinned,
    );
  // A town's marker is drawn at its own place: its offset runs from there, wherever it was moved to.
  const fromHome = (offsets: Map<string, Offset>): FittedMarkers => {
    for (const item of items) {
      const own = item.kind === 'town' ? home.get(item.id) : undefined;
      const [dx, dy] = offsets.get(item.key) ?? [0, 0];
      if (own) offsets.set(item.key, [item.x + dx - own.x, item.y + dy - own.y]);
    }
    return { items, offsets };
  };
  /** One round: the markers fitted, or null when one was moved or gathered. */
  const round = (): FittedMarkers | null => {
    const clustered = items.some((item) => item.kind === 'cluster');
    const gap = minDistance(clustered);
    const offsets = apart(gap);
    const placed = (item: MarkerItem) => {
      const [dx, dy] = offsets.get(item.key) ?? [0, 0];
      return { x: item.x + dx, y: item.y + dy };
    };
    const out = items.find((item) => {
      const at = placed(item);
      if (within(item, at.x, at.y)) return false;
      if (!membersOf(item).every(astray)) return true;
      // A town the data places outside its area may stay at its own place, and only there.
      const own = item.kind === 'town' ? home.get(item.id) : undefined;
      return own !== undefined && Math.max(Math.abs(at.x - own.x), Math.abs(at.y - own.y)) > 1;
    });
    if (!out) return fromHome(offsets);
    if (!moved.has(out.key)) {
      moved.add(out.key);
      // First, somewhere else near its place, clear of the others and inside (pushed apart the
      // other way, two towns at one county seat both fit); a cluster, failing that, at a member's place.
      const others = items.filter((item) => item !== out).map(placed);
      const spot = nearbySpot(out, gap, (x, y) => within(out, x, y), others);
      const member =
        out.kind === 'cluster'
          ? nearestOf(
              out,
              out.ids.flatMap((id) => home.get(id) ?? []),
            )
          : undefined;
      const to = spot ?? member;
      if (to) {
        items = items.map((item) => (item === out ? { ...out, x: to.x, y: to.y } : item));
        return null;
      }
    }
    const group = groupOf(membersOf(out)[0] ?? '');
    const neighbour = nearestOf(
      out,
      items.filter((item) => item !== out && !pinned.has(item.key) && groupOf(membersOf(item)[0] ?? '') === group),
    );
    if (!neighbour) {
      // None of its group left to gather with: it stays where it is and the others move around it.
      pinned.add(out.key);
      return null;
    }
    const ids = [...membersOf(out), ...membersOf(neighbour)].sort();
    const places = [
      { x: (out.x + neighbour.x) / 2, y: (out.y + neighbour.y) / 2 },
      { x: out.x, y: out.y },
      { x: neighbour.x, y: neighbour.y },
    ];
    const at = places.find((p) => inside(ids, p.x, p.y)) ?? places[1];
    const merged: MarkerItem = {
      kind: 'cluster',
      key: `cluster:${ids.join(',')}`,
      ids,
      x: at?.x ?? out.x,
      y: at?.y ?? out.y,
    };
    items = [...items.filter((item) => item !== out && item !== neighbour), merged];
    return null;
  };
  // Each round moves or pins a marker once or makes one marker fewer: this many rounds always
  // suffice.
  for (let rounds = 3 * planned.length + 2; rounds > 0; rounds--) {
    const fitted = round();
    if (fitted) return fitted;
  }
  return fromHome(apart(minDistance(true)));
}

/** Directions tried around a marker's place, in order: right, left, down, up, then the diagonals and between. */
const DIRECTIONS = [0, 4, 2, 6, 1, 3, 5, 7, 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5].map((k) => (k * Math.PI) / 4);

/**
 * The nearest spot around a marker's place (one to two gaps away) that `fits` and keeps a gap
 * from every other marker; undefined when there is none.
 */
function nearbySpot(
  from: { x: number; y: number },
  gap: number,
  fits: (x: number, y: number) => boolean,
  others: readonly { x: number; y: number }[],
): { x: number; y: number } | undefined {
  for (const reach of [gap / 2 + 0.5, gap, 1.5 * gap, 2 * gap])
    for (const angle of DIRECTIONS) {
      const x = from.x + reach * Math.cos(angle);
      const y = from.y + reach * Math.sin(angle);
      if (others.every((o) => Math.max(Math.abs(o.x - x), Math.abs(o.y - y)) >= gap) && fits(x, y)) return { x, y };
    }
  return undefined;
}

function nearestOf<T extends { x: number; y: number }>(
  from: { x: number; y: number },
  candidates: readonly T[],
): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = (c.x - from.x) ** 2 + (c.y - from.y) ** 2;
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
