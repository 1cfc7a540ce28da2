/**
 * Synthetic datasets for the benchmark: the real dataset plus N synthetic towns spread over 晋中's
 * counties, each with results for the ranking indicators (for one or two years), valid under the
 * real schema.
 * Deterministic: the same N gives the same files. Not real data: every synthetic figure cites a
 * synthetic article that says so.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataFiles } from '../src/data/format/files';
import { SCHEMA_VERSION } from '../src/data/format/vocabulary';

/** A small seeded generator (mulberry32), so that runs are repeatable. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INDICATORS = [
  ['outputValue', 1e7, 1e10],
  ['enterprises', 5, 500],
  ['aboveScaleEnterprises', 1, 100],
  ['employment', 100, 100000],
  ['investment', 1e6, 5e9],
  ['funding', 1e5, 1e8],
] as const;

export function syntheticDataset(n: number, real: DataFiles): Pick<DataFiles, 'towns' | 'figures' | 'articles'> {
  const next = random(n);
  const counties = real.counties.features;
  const article = {
    id: 'synthetic-source',
    outlet: { zh: '合成数据', en: 'Synthetic data' },
    outletKind: 'none' as const,
    outletUrl: null,
    printedIn: null,
    title: null,
    titleEn: null,
    description: { zh: '用于性能测试的合成数据', en: 'synthetic data for benchmarks' },
    date: '2026-01-01',
    dateNote: null,
    authors: [],
    url: null,
    page: null,
    summary: { zh: '用于性能测试的合成数据，不是真实数字。', en: 'Synthetic data for benchmarks; not real figures.' },
    readAt: null,
  };
  const towns = Array.from({ length: n }, (_, i) => {
    const county = counties[i % counties.length];
    if (!county) throw new Error('no counties');
    const [lon, lat] = county.properties.seat ?? [112.7, 37.5];
    return {
      id: `town-${i}`,
      name: { zh: `合成镇${i}`, en: `Synthetic town ${i}` },
      industry: { zh: '合成产业', en: 'Synthetic industry' },
      industryGroups: ['metals-machinery' as const],
      county: { code: county.properties.code, name: { zh: county.properties.name, en: county.properties.nameEn } },
      inJinzhong: true,
      location: { lon: lon + (next() - 0.5) * 0.3, lat: lat + (next() - 0.5) * 0.3, precision: 'site' as const },
      designations: [],
      facts: [],
      summary: { zh: '合成数据。', en: 'Synthetic.' },
    };
  });
  // Each town reports some indicators for 2025, about half of them for 2024 too (a time series).
  const figures = towns.flatMap((town) =>
    INDICATORS.filter(() => next() < 0.7).flatMap(([indicator, low, high]) => {
      const value = Math.round(low + next() * (high - low));
      const years: [string, number][] =
        next() < 0.5
          ? [
              ['2024', Math.round(value * (0.8 + next() * 0.2))],
              ['2025', value],
            ]
          : [['2025', value]];
      return years.map(([period, v]) => ({
        id: `f-${town.id}-${indicator.toLowerCase()}-${period}`,
        subject: { type: 'town' as const, town: town.id },
        scope: null,
        indicator,
        value: v,
        qualifier: next() < 0.8 ? ('exact' as const) : ('over' as const),
        kind: 'actual' as const,
        period,
        note: null,
        source: { article: article.id, quote: '合成数据' },
      }));
    }),
  );
  return {
    towns: { schemaVersion: SCHEMA_VERSION, towns: [...real.towns.towns, ...towns] },
    figures: { schemaVersion: SCHEMA_VERSION, figures: [...real.figures.figures, ...figures] },
    articles: { schemaVersion: SCHEMA_VERSION, articles: [...real.articles.articles, article] },
  };
}

/** Writes the real data plus N synthetic towns to `dir` (the files the app loads). */
export function writeSyntheticDataset(n: number, real: DataFiles, dir: string, realDir = 'public/data') {
  mkdirSync(dir, { recursive: true });
  for (const file of ['dataset.json', 'counties.geojson', 'shanxi-cities.geojson'])
    copyFileSync(join(realDir, file), join(dir, file));
  const synthetic = syntheticDataset(n, real);
  writeFileSync(join(dir, 'towns.json'), JSON.stringify(synthetic.towns));
  writeFileSync(join(dir, 'figures.json'), JSON.stringify(synthetic.figures));
  writeFileSync(join(dir, 'articles.json'), JSON.stringify(synthetic.articles));
  return synthetic;
}
