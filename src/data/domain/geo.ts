/**
 * Where a town lies: the boundary it must be drawn inside (its county's, or, where the data has
 * only cities, its city's) and whether a point falls inside a boundary. Pure, lon/lat in degrees.
 */
import type { CityFeature, CountyFeature, Town } from '../format/schema';

export type Geometry = CountyFeature['geometry'];
type Ring = readonly (readonly [number, number])[];

/** Even–odd ray casting: whether a point lies inside a closed ring. */
function inRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (!a || !b) continue;
    const [xi, yi] = a;
    const [xj, yj] = b;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a point lies inside a polygon or multipolygon (inside its outer ring and outside its holes). */
export function contains(geometry: Geometry, lon: number, lat: number): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some(
    ([outer, ...holes]) => outer !== undefined && inRing(lon, lat, outer) && !holes.some((h) => inRing(lon, lat, h)),
  );
}

/** A county's city: the first four digits of its code, then 00 (140727 祁县 → 140700 晋中市). */
export const cityCode = (countyCode: string) => `${countyCode.slice(0, 4)}00`;

/**
 * The boundary each town must be drawn inside: its county's where the data has it (晋中's), else
 * its city's (the towns elsewhere in 山西); towns with neither are left out (nothing to keep them in).
 */
export function townRegions(
  towns: readonly Town[],
  counties: readonly CountyFeature[],
  cities: readonly CityFeature[],
): Map<string, Geometry> {
  const county = new Map(counties.map((f) => [f.properties.code, f.geometry]));
  const city = new Map(cities.map((f) => [f.properties.code, f.geometry]));
  const regions = new Map<string, Geometry>();
  for (const town of towns) {
    const region = county.get(town.county.code) ?? city.get(cityCode(town.county.code));
    if (region) regions.set(town.id, region);
  }
  return regions;
}

/** Distance from a point to a segment, in degrees with longitude scaled by `kx` (cos of the latitude). */
function toSegment(
  x: number,
  y: number,
  [ax, ay]: readonly [number, number],
  [bx, by]: readonly [number, number],
  kx: number,
) {
  const [px, qx, rx] = [x * kx, ax * kx, bx * kx];
  const dx = rx - qx;
  const dy = by - ay;
  const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((px - qx) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (qx + t * dx), y - (ay + t * dy));
}

/**
 * Where a boundary's name is best written: of a grid of points over its extent, the one inside it
 * farthest from its edges (so that a name there stays inside a county of any shape; a centroid can
 * lie outside a bent one). `[lon, lat]`; the first vertex for a boundary too thin for the grid.
 */
export function labelPoint(geometry: Geometry, steps = 16): [number, number] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const rings = polygons.flat();
  const points = rings.flat();
  const [first] = points;
  if (!first) return [0, 0];
  const lons = points.map(([lon]) => lon);
  const lats = points.map(([, lat]) => lat);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const kx = Math.cos((((south + north) / 2) * Math.PI) / 180);
  let best: [number, number] = [first[0], first[1]];
  let farthest = -1;
  for (let i = 0; i <= steps; i++)
    for (let j = 0; j <= steps; j++) {
      const lon = west + ((east - west) * (i + 0.5)) / (steps + 1);
      const lat = south + ((north - south) * (j + 0.5)) / (steps + 1);
      if (!contains(geometry, lon, lat)) continue;
      let near = Infinity;
      for (const ring of rings)
        for (let k = 1; k < ring.length; k++) {
          const a = ring[k - 1];
          const b = ring[k];
          if (a && b) near = Math.min(near, toSegment(lon, lat, a, b, kx));
        }
      if (near > farthest) {
        farthest = near;
        best = [lon, lat];
      }
    }
  return best;
}
