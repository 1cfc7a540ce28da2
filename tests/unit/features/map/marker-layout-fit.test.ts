import { describe, expect, it } from 'vitest';
import { contains, labelPoint, townRegions, type Geometry } from '../../../../src/data/domain/geo';
import { fitLabels, LABEL_SIDES, labelPlaces, twoLines } from '../../../../src/features/map/label-layout';
import { fitMarkers, type MarkerItem } from '../../../../src/features/map/marker-layout';
import { realData } from '../../support/real-data';

const square = (x0: number, y0: number, x1: number, y1: number): [number, number][] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];

describe('whether a point lies inside a boundary', () => {
  const withHole: Geometry = { type: 'Polygon', coordinates: [square(0, 0, 10, 10), square(4, 4, 6, 6)] };
  const two: Geometry = { type: 'MultiPolygon', coordinates: [[square(0, 0, 1, 1)], [square(5, 5, 6, 6)]] };

  it('inside the outer ring, outside its holes', () => {
    expect(contains(withHole, 2, 2)).toBe(true);
    expect(contains(withHole, 5, 5)).toBe(false);
    expect(contains(withHole, 11, 5)).toBe(false);
  });

  it('in any part of a multipolygon', () => {
    expect(contains(two, 0.5, 0.5)).toBe(true);
    expect(contains(two, 5.5, 5.5)).toBe(true);
    expect(contains(two, 3, 3)).toBe(false);
  });

  it("writes a county's name at its point farthest from its edges, inside it whatever its shape", () => {
    // An L: its centroid (about 3.5, 3.5) lies in the notch, outside it.
    const ell: Geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 2],
          [2, 2],
          [2, 10],
          [0, 10],
          [0, 0],
        ],
      ],
    };
    const [x, y] = labelPoint(ell);
    expect(contains(ell, x, y)).toBe(true);
    expect(contains(ell, 3.5, 3.5)).toBe(false);
    // In the corner, where the L is widest, not near an end of an arm.
    expect(Math.max(x, y)).toBeLessThan(3);
    for (const f of realData().counties.features) {
      const [lon, lat] = labelPoint(f.geometry);
      expect(contains(f.geometry, lon, lat), f.properties.code).toBe(true);
    }
  });

  it('every bundled town lies in the boundary its marker is kept in (its county, or its city outside 晋中)', () => {
    const data = realData();
    const regions = townRegions(data.towns.towns, data.counties.features, data.cities.features);
    for (const town of data.towns.towns) {
      const region = regions.get(town.id);
      expect(region, town.id).toBeDefined();
      if (region) expect(contains(region, town.location.lon, town.location.lat), town.id).toBe(true);
    }
  });
});

describe('markers kept inside their own county', () => {
  // Two counties side by side in screen pixels: A, 100 pixels square, and B, a small one (10 pixels) on A's border.
  const area: Record<string, [x0: number, x1: number, y0: number, y1: number]> = {
    a1: [0, 100, 0, 100],
    a2: [0, 100, 0, 100],
    b1: [100, 110, 45, 55],
  };
  const inside = (ids: readonly string[], x: number, y: number) =>
    ids.some((id) => {
      const [x0, x1, y0, y1] = area[id] ?? [-Infinity, Infinity, -Infinity, Infinity];
      return x >= x0 && x < x1 && y >= y0 && y < y1;
    });
  const town = (id: string, x: number, y: number): MarkerItem => {
    homes.set(id, { x, y });
    return { kind: 'town', key: `town:${id}`, id, x, y };
  };
  const fit = (items: MarkerItem[], alone?: ReadonlySet<string>, groupOf?: (id: string) => string) =>
    fitMarkers(
      items,
      new Map(items.flatMap((i) => (i.kind === 'town' ? [[i.id, { id: i.id, x: i.x, y: i.y }] as const] : []))),
      () => 26,
      inside,
      alone,
      groupOf,
    );
  const homes = new Map<string, { x: number; y: number }>();
  /** Where each marker is drawn: a town at its own place plus its offset, a cluster at its place plus its offset. */
  const placed = ({ items, offsets }: ReturnType<typeof fit>) =>
    items.map((item) => {
      const [dx, dy] = offsets.get(item.key) ?? [0, 0];
      const from = (item.kind === 'town' && homes.get(item.id)) || item;
      return { item, x: from.x + dx, y: from.y + dy };
    });

  it('pushes apart markers that fit, each staying in its county', () => {
    const fitted = fit([town('a1', 40, 50), town('a2', 50, 50)]);
    expect(fitted.items.map((i) => i.kind)).toEqual(['town', 'town']);
    for (const { item, x, y } of placed(fitted)) expect(inside([item.key.slice(5)], x, y)).toBe(true);
  });

  it('gathers into a cluster the towns that would be pushed over the border', () => {
    // b1 sits in its small county just across the border from a1: pushed apart, it would leave it.
    const fitted = fit([town('a1', 95, 50), town('b1', 105, 50)]);
    expect(fitted.items).toHaveLength(1);
    expect(fitted.items[0]).toMatchObject({ kind: 'cluster', ids: ['a1', 'b1'] });
    for (const { item, x, y } of placed(fitted))
      expect(inside(item.kind === 'cluster' ? item.ids : [], x, y)).toBe(true);
  });

  it('never gathers the town the reader opened: it stays at its place and the others move or gather around it', () => {
    // As above, b1 would be pushed out of its county; opened, it stays a town where it is.
    const fitted = fit([town('a1', 95, 50), town('b1', 105, 50)], new Set(['b1']));
    expect(fitted.items.map((i) => i.kind)).toEqual(['town', 'town']);
    expect(fitted.offsets.get('town:b1')).toEqual([0, 0]);
    for (const { item, x, y } of placed(fitted)) expect(inside([item.key.slice(5)], x, y), item.key).toBe(true);
    // With three crowded at the border, the two others gather, the opened one stays alone.
    const crowded = fit([town('a1', 95, 45), town('a2', 95, 55), town('b1', 105, 50)], new Set(['b1']));
    const kinds = crowded.items.map((i) => (i.kind === 'town' ? i.id : i.ids.join('+'))).sort();
    expect(kinds).toContain('b1');
    expect(crowded.offsets.get('town:b1')).toEqual([0, 0]);
    for (const { item, x, y } of placed(crowded)) {
      expect(inside(item.kind === 'town' ? [item.id] : item.ids, x, y), item.key).toBe(true);
      if (item.key !== 'town:b1') expect(Math.max(Math.abs(x - 105), Math.abs(y - 50)), item.key).toBeGreaterThan(25.5);
    }
  });

  it('never gathers towns of two groups: one that would leave its county stays near it instead', () => {
    // As above, b1 would be pushed out of its county; in another group than a1, it is not gathered.
    const groupOf = (id: string) => (id.startsWith('b') ? 'outside' : '');
    const fitted = fit([town('a1', 95, 50), town('b1', 105, 50)], undefined, groupOf);
    expect(fitted.items.map((i) => i.kind)).toEqual(['town', 'town']);
    // With a town of its own group near, it gathers with that one.
    const grouped = fit([town('a1', 95, 50), town('b1', 105, 50), town('b2', 108, 50)], undefined, (id) =>
      id === 'a1' ? '' : 'outside',
    );
    const kinds = grouped.items.map((i) => (i.kind === 'town' ? i.id : i.ids.join('+'))).sort();
    expect(kinds).toEqual(['a1', 'b1+b2']);
  });

  it('keeps apart the towns that fit and clusters only those that do not', () => {
    const fitted = fit([town('a1', 20, 50), town('a2', 95, 50), town('b1', 105, 50)]);
    const kinds = fitted.items.map((i) => (i.kind === 'town' ? i.id : i.ids.join('+'))).sort();
    expect(kinds).toEqual(['a1', 'a2+b1']);
    for (const { item, x, y } of placed(fitted))
      expect(inside(item.kind === 'town' ? [item.id] : item.ids, x, y), item.key).toBe(true);
  });

  it('parts two towns at one point the way that keeps both inside, rather than gather them', () => {
    // The default push would send one of them over A's top edge; the other way round, both fit.
    const fitted = fit([town('a1', 50, 5), town('a2', 50, 5)]);
    expect(fitted.items.map((i) => i.kind)).toEqual(['town', 'town']);
    for (const { item, x, y } of placed(fitted)) expect(inside([item.key.slice(5)], x, y), item.key).toBe(true);
  });

  it('leaves a town the data places outside its county where the data puts it', () => {
    const fitted = fit([town('a1', 150, 50), town('a2', 20, 50)]);
    expect(fitted.offsets.get('town:a1')).toEqual([0, 0]);
    expect(fitted.items.map((i) => i.kind)).toEqual(['town', 'town']);
  });
});

describe('many markers crowded along county borders', () => {
  // Sixteen counties of 60 pixels in a grid, 60 towns crowded along their borders: many rounds.
  const county = (x: number, y: number) => `${Math.floor(x / 60)},${Math.floor(y / 60)}`;
  let seed = 7;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const homes = new Map<string, { id: string; x: number; y: number }>();
  const items: MarkerItem[] = Array.from({ length: 60 }, (_, i) => {
    const id = `t${i}`;
    const along = random() * 240;
    const across = 60 * (1 + Math.floor(random() * 3)) + (random() - 0.5) * 16;
    const [x, y] = i % 2 ? [along, across] : [across, along];
    homes.set(id, { id, x, y });
    return { kind: 'town', key: `town:${id}`, id, x, y };
  });
  const own = new Map([...homes].map(([id, p]) => [id, county(p.x, p.y)]));
  const inside = (ids: readonly string[], x: number, y: number) => ids.some((id) => own.get(id) === county(x, y));
  const gap = (clustered: boolean) => (clustered ? 34 : 26);

  it('comes, over many rounds, to markers each inside its county and none covering another', () => {
    const fitted = fitMarkers(items, homes, gap, inside);
    expect(fitted.items.some((item) => item.kind === 'cluster')).toBe(true);
    expect(fitted.items.filter((item) => item.kind === 'town').length).toBeGreaterThan(10);
    const drawn = fitted.items.map((item) => {
      const [dx, dy] = fitted.offsets.get(item.key) ?? [0, 0];
      const from = (item.kind === 'town' && homes.get(item.id)) || item;
      return { item, x: from.x + dx, y: from.y + dy };
    });
    for (const { item, x, y } of drawn)
      expect(inside(item.kind === 'town' ? [item.id] : item.ids, x, y), item.key).toBe(true);
    for (const [i, a] of drawn.entries())
      for (const b of drawn.slice(i + 1)) {
        const least = Math.min(gap(a.item.kind === 'cluster'), gap(b.item.kind === 'cluster'));
        expect(Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y)), `${a.item.key} ${b.item.key}`).toBeGreaterThan(
          least - 0.5,
        );
      }
  });
});

describe('names beside markers', () => {
  const box = (left: number, top: number, width: number, height: number) => ({
    left,
    top,
    right: left + width,
    bottom: top + height,
  });
  const frame = box(0, 0, 300, 200);
  const size = { width: 80, height: 14 };
  /** A 24-pixel marker at (left, top), its name 80×14 (as the stylesheet places it: 24 px right, 3 px down). */
  const at = (id: string, left: number, top: number) => ({
    id,
    places: labelPlaces(box(left, top, 24, 24), size, 24, 3),
  });
  const sides = (shown: Map<string, number>) =>
    Object.fromEntries([...shown].map(([id, index]) => [id, LABEL_SIDES[index]]));

  it('places a name on each side of its marker, right first, then left, below, above, the corners, then right or left half a line up or down', () => {
    expect(labelPlaces(box(100, 50, 24, 24), size, 24, 3)).toEqual([
      box(124, 53, 80, 14),
      box(20, 53, 80, 14),
      box(72, 74, 80, 14),
      box(72, 36, 80, 14),
      box(100, 74, 80, 14),
      box(100, 36, 80, 14),
      box(44, 74, 80, 14),
      box(44, 36, 80, 14),
      box(124, 43, 80, 14),
      box(20, 43, 80, 14),
      box(124, 63, 80, 14),
      box(20, 63, 80, 14),
    ]);
  });

  it('shows every name that fits, on the right where it can, in the order given', () => {
    // b's marker sits just below a's: b's name on the right would cover a's, so it goes left.
    const labels = [at('a', 110, 10), at('b', 110, 22), at('c', 20, 100)];
    expect(sides(fitLabels(labels, [], frame))).toEqual({ a: 'right', b: 'left', c: 'right' });
    // The more important first: b keeps the right, a moves.
    expect(
      sides(
        fitLabels(
          [labels[1], labels[0]].flatMap((l) => l ?? []),
          [],
          frame,
        ),
      ),
    ).toEqual({
      b: 'right',
      a: 'left',
    });
  });

  it('moves a name off the map edge or off another marker to the next side, and leaves it out where none fits', () => {
    // Near the right edge: left.
    expect(sides(fitLabels([at('a', 260, 50)], [], frame))).toEqual({ a: 'left' });
    // A marker on its right and the left edge near: below.
    const right = [{ id: 'x', box: box(100, 50, 24, 24) }];
    expect(sides(fitLabels([at('a', 50, 50)], right, frame))).toEqual({ a: 'below' });
    // ... and at the bottom edge: above.
    expect(sides(fitLabels([at('a', 50, 176)], [{ id: 'x', box: box(100, 176, 24, 24) }], frame))).toEqual({
      a: 'above',
    });
    // Markers right, left, under and over it: below, running right from the marker.
    const close = [
      { id: 'r', box: box(150, 50, 24, 24) },
      { id: 'l', box: box(40, 50, 24, 24) },
      { id: 'd', box: box(70, 76, 24, 24) },
      { id: 'u', box: box(70, 28, 24, 24) },
    ];
    expect(sides(fitLabels([at('a', 100, 50)], close, frame))).toEqual({ a: 'below-right' });
    // Hemmed in on every side: no name (its tooltip names it).
    const around = [
      { id: 'r', box: box(100, 90, 24, 24) },
      { id: 'd', box: box(50, 118, 24, 24) },
      { id: 'u', box: box(50, 62, 24, 24) },
    ];
    expect(fitLabels([at('a', 50, 90)], around, frame).size).toBe(0);
    // Its own marker does not count.
    expect(sides(fitLabels([at('a', 110, 50)], [{ id: 'a', box: box(110, 50, 24, 24) }], frame))).toEqual({
      a: 'right',
    });
  });

  it('splits a long name of several words into two lines of about equal length, at a space', () => {
    expect(twoLines('Pingyao beef and polished lacquerware')).toEqual(['Pingyao beef and', 'polished lacquerware']);
    expect(twoLines('Qi County glassware')).toEqual(['Qi County', 'glassware']);
    expect(twoLines('Jiexiu carbon')).toEqual(['Jiexiu', 'carbon']);
    // One word, a Chinese name or stray spaces: nothing to split.
    expect(twoLines('Taigu')).toBeNull();
    expect(twoLines('平遥牛肉和推光漆器')).toBeNull();
    expect(twoLines(' Taigu ')).toBeNull();
  });
});
