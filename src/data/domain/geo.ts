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
