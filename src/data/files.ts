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
export type DataOf<K extends DataKey> = z.output<(typeof SCHEMAS)[K]>;
export type DataFiles = { [K in DataKey]: DataOf<K> };

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

/** One validator per file, typed per key so that callers get checked data without casts. */
export const VALIDATORS: { [K in DataKey]: (json: unknown) => z.ZodSafeParseResult<DataOf<K>> } = {
  dataset: (json) => SCHEMAS.dataset.safeParse(json),
  towns: (json) => SCHEMAS.towns.safeParse(json),
  figures: (json) => SCHEMAS.figures.safeParse(json),
  articles: (json) => SCHEMAS.articles.safeParse(json),
  counties: (json) => SCHEMAS.counties.safeParse(json),
  cities: (json) => SCHEMAS.cities.safeParse(json),
};
