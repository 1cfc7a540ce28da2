import { describe, expect, it } from 'vitest';
import { markerOffsets, spreadOffsets } from '../../src/features/map/marker-layout';

const at = (id: string, lat: number, lon: number) => ({
  id,
  location: { lat, lon, precision: 'county-seat' as const },
});

describe('markers that share a point', () => {
  it('leaves a lone marker where it is', () => {
    expect(spreadOffsets(1)).toEqual([[0, 0]]);
    expect(markerOffsets([at('a', 37, 112), at('b', 38, 113)])).toEqual(
      new Map([
        ['a', [0, 0]],
        ['b', [0, 0]],
      ]),
    );
  });

  it('spreads markers at one point to distinct places around it', () => {
    const offsets = markerOffsets([at('a', 37, 112), at('b', 37, 112), at('c', 37, 112), at('d', 38, 113)]);
    const shared = ['a', 'b', 'c'].map((id) => offsets.get(id));
    expect(new Set(shared.map((o) => JSON.stringify(o))).size).toBe(3);
    for (const o of shared) expect(Math.hypot(o?.[0] ?? 0, o?.[1] ?? 0)).toBeGreaterThanOrEqual(10);
    expect(offsets.get('d')).toEqual([0, 0]);
  });
});
