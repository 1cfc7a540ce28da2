import { describe, expect, it } from 'vitest';
import { declutter } from '../../../../src/features/map/declutter';
import { aloneWhereTheyFit, planMarkers } from '../../../../src/features/map/marker-layout';

const moved = (points: { id: string; x: number; y: number }[], min: number) => {
  const offsets = declutter(points, min);
  return points.map((p) => {
    const [dx, dy] = offsets.get(p.id) ?? [0, 0];
    return { id: p.id, x: p.x + dx, y: p.y + dy };
  });
};

/** The smallest gap between square markers: how far apart they are along x or y, whichever is more. */
const minGap = (points: { x: number; y: number }[]) => {
  let min = Infinity;
  points.forEach((a, i) =>
    points.forEach((b, j) => {
      if (j > i) min = Math.min(min, Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y)));
    }),
  );
  return min;
};

describe('markers that would hide each other', () => {
  it('leaves markers that are far enough apart where they are', () => {
    const offsets = declutter(
      [
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: 100, y: 0 },
      ],
      24,
    );
    expect(offsets).toEqual(
      new Map([
        ['a', [0, 0]],
        ['b', [0, 0]],
      ]),
    );
  });

  it('spreads markers at one point (towns placed at the same county seat) apart', () => {
    const after = moved(
      [
        { id: 'a', x: 50, y: 50 },
        { id: 'b', x: 50, y: 50 },
        { id: 'c', x: 50, y: 50 },
      ],
      24,
    );
    expect(minGap(after)).toBeGreaterThanOrEqual(23);
  });

  it('parts two towns at one point the same way however many markers stand far away', () => {
    const pair = [
      { id: 'a', x: 50, y: 50 },
      { id: 'b', x: 50, y: 50 },
    ];
    const far = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `far${i}`, x: 1000 + i * 100, y: 1000 }));
    const offsetsWith = (n: number) => {
      const offsets = declutter([...pair, ...far(n)], 24);
      return [offsets.get('a'), offsets.get('b')];
    };
    for (const n of [1, 5, 13, 18]) expect(offsetsWith(n), `${n} far away`).toEqual(offsetsWith(0));
  });

  it('spreads a crowd of nearby markers to at least the minimum distance', () => {
    const crowd = [
      { id: 'taigu', x: 100, y: 100 },
      { id: 'qixian', x: 92, y: 104 },
      { id: 'pingyao', x: 86, y: 112 },
      { id: 'far', x: 300, y: 300 },
    ];
    const after = moved(crowd, 26);
    expect(minGap(after.slice(0, 3))).toBeGreaterThanOrEqual(25);
    expect(after[3]).toEqual({ id: 'far', x: 300, y: 300 });
  });
});

describe('crowds pushed into crowds', () => {
  it('keeps spreading until no two markers are too close', () => {
    // 晋中's towns as they fall at the province's zoom: two crowds next to each other.
    const points = [
      { id: 'taigu', x: 341, y: 1064 },
      { id: 'qixian', x: 335, y: 1068 },
      { id: 'pingyao', x: 326, y: 1080 },
      { id: 'yuci', x: 355, y: 1045 },
      { id: 'jiexiu', x: 312, y: 1091 },
      { id: 'lingshi', x: 305, y: 1103 },
      { id: 'zuoquan', x: 393, y: 1087 },
      { id: 'yushe', x: 369, y: 1088 },
      { id: 'qingxu', x: 336, y: 1039 },
      { id: 'fenyang', x: 304, y: 1063 },
    ];
    expect(minGap(moved(points, 26))).toBeGreaterThanOrEqual(25);
  });
});

describe('many towns in view', () => {
  // A seeded scatter: 3,000 towns over 600 × 400 pixels.
  let seed = 7;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const crowd = Array.from({ length: 3000 }, (_, i) => ({ id: `t${i}`, x: next() * 600, y: next() * 400 }));

  it('draws every town on its own up to the limit', () => {
    const few = crowd.slice(0, 50);
    const items = planMarkers(few, 50, 64);
    expect(items.map((item) => item.kind)).toEqual(few.map(() => 'town'));
    expect(items.map((item) => (item.kind === 'town' ? item.id : ''))).toEqual(few.map((p) => p.id));
  });

  it('gathers them into clusters beyond it, losing and repeating none', () => {
    const items = planMarkers(crowd, 100, 64);
    // 600 × 400 pixels in 64-pixel cells: at most 10 × 7 markers.
    expect(items.length).toBeLessThanOrEqual(70);
    expect(items.some((item) => item.kind === 'cluster')).toBe(true);
    const ids = items.flatMap((item) => (item.kind === 'town' ? [item.id] : item.ids));
    expect(ids.toSorted()).toEqual(crowd.map((p) => p.id).toSorted());
    // A cluster sits at its towns' mean position, inside their cell.
    for (const item of items) {
      if (item.kind !== 'cluster') continue;
      const members = crowd.filter((p) => item.ids.includes(p.id));
      expect(item.x).toBeCloseTo(members.reduce((sum, p) => sum + p.x, 0) / members.length);
      expect(Math.floor(item.x / 64)).toBe(Math.floor((members[0]?.x ?? 0) / 64));
    }
  });

  it('keeps the town the reader opened out of every cluster', () => {
    const opened = crowd[0]?.id ?? '';
    const plain = planMarkers(crowd, 100, 64);
    expect(plain.some((item) => item.kind === 'cluster' && item.ids.includes(opened))).toBe(true);
    const items = planMarkers(crowd, 100, 64, new Set([opened]));
    expect(items.filter((item) => item.kind === 'town' && item.id === opened)).toHaveLength(1);
    expect(items.some((item) => item.kind === 'cluster' && item.ids.includes(opened))).toBe(false);
    const ids = items.flatMap((item) => (item.kind === 'town' ? [item.id] : item.ids));
    expect(ids.toSorted()).toEqual(crowd.map((p) => p.id).toSorted());
  });

  it("gathers the towns of one group only: a cluster never mixes 晋中's towns with those outside it", () => {
    const groupOf = (id: string) => (Number(id.slice(1)) % 3 === 0 ? 'outside' : '');
    const items = planMarkers(crowd, 100, 64, undefined, groupOf);
    const clusters = items.flatMap((item) => (item.kind === 'cluster' ? [item] : []));
    expect(clusters.length).toBeGreaterThan(0);
    for (const cluster of clusters) expect(new Set(cluster.ids.map(groupOf)).size, cluster.key).toBe(1);
    const ids = items.flatMap((item) => (item.kind === 'town' ? [item.id] : item.ids));
    expect(ids.toSorted()).toEqual(crowd.map((p) => p.id).toSorted());
    // Both groups of a cell are clustered apart: more markers than with one group.
    expect(items.length).toBeGreaterThan(planMarkers(crowd, 100, 64).length);
  });

  it('keys markers by their towns and cell, so that the same view reuses them', () => {
    expect(planMarkers(crowd, 100, 64).map((item) => item.key)).toEqual(
      planMarkers(crowd, 100, 64).map((item) => item.key),
    );
    const keys = planMarkers(crowd, 100, 64).map((item) => item.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('declutters hundreds of markers so that none overlaps', () => {
    const some = crowd.slice(0, 400);
    expect(minGap(moved(some, 26))).toBeGreaterThanOrEqual(25);
  });
});

describe('the towns kept out of clusters', () => {
  const at = (entries: [string, number, number][]) => new Map(entries.map(([id, x, y]) => [id, { id, x, y }]));
  it('keeps each in order where it is clear of those kept before it, and at most `most`', () => {
    const points = at([
      ['opened', 100, 100],
      ['near', 110, 120],
      ['far', 200, 100],
      ['clear', 100, 126],
      ['last', 300, 300],
    ]);
    expect([...aloneWhereTheyFit(points, ['opened', 'near', 'far', 'clear', 'last'], 26, 3)]).toEqual([
      'opened',
      'far',
      'clear',
    ]);
    expect([...aloneWhereTheyFit(points, ['near', 'opened', 'missing'], 26, 10)]).toEqual(['near']);
  });
});
