/**
 * The data files the dashboard reads from public/data, each with its schema.
 * One list, used by the browser loader, the `data:check` script and the tests.
 */
import type { z } from 'zod';
import {
  articlesFileSchema,
  citiesFileSchema,
  countiesFileSchema,
  datasetSchema,
  figuresFileSchema,
  townsFileSchema,
} from './schema';

/** Each file's schema (also the source of docs/data-format.md). */
export const SCHEMAS = {
  dataset: datasetSchema,
  towns: townsFileSchema,
  figures: figuresFileSchema,
  articles: articlesFileSchema,
  counties: countiesFileSchema,
  cities: citiesFileSchema,
};

export type DataKey = keyof typeof SCHEMAS;
export type DataFiles = { [K in DataKey]: z.output<(typeof SCHEMAS)[K]> };
export type DataOf<K extends DataKey> = DataFiles[K];

/** File name of each data file inside the data folder. */
export const FILE_NAMES: Record<DataKey, string> = {
  dataset: 'dataset.json',
  towns: 'towns.json',
  figures: 'figures.json',
  articles: 'articles.json',
  counties: 'counties.geojson',
  cities: 'shanxi-cities.geojson',
};

export const DATA_KEYS: readonly DataKey[] = ['dataset', 'towns', 'figures', 'articles', 'counties', 'cities'];

/**
 * An object with one entry per data file, each made by `make` for its key: the one place that
 * goes through the files, so that adding a file means adding it to the tables above only.
 * (TypeScript cannot type Object.fromEntries per key; `make` is typed per key, which is what the
 * result's type states.)
 */
export function perFile<T extends { [K in DataKey]: unknown }>(make: <K extends DataKey>(key: K) => T[K]): T {
  return Object.fromEntries(DATA_KEYS.map((key) => [key, make(key)])) as T;
}

/** One validator per file, typed per key so that callers get checked data without casts. */
export const VALIDATORS: { [K in DataKey]: (json: unknown) => z.ZodSafeParseResult<DataOf<K>> } = {
  dataset: (json) => SCHEMAS.dataset.safeParse(json),
  towns: (json) => SCHEMAS.towns.safeParse(json),
  figures: (json) => SCHEMAS.figures.safeParse(json),
  articles: (json) => SCHEMAS.articles.safeParse(json),
  counties: (json) => SCHEMAS.counties.safeParse(json),
  cities: (json) => SCHEMAS.cities.safeParse(json),
};
