/**
 * Each data file's zod schema and validator. Only the data worker (data.worker.ts), the Data
 * page's checks and the scripts load this: the page itself receives data already checked.
 */
import type { z } from 'zod';
import type { DataKey, DataOf } from './files';
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

/** One validator per file, typed per key so that callers get checked data without casts. */
export const VALIDATORS: { [K in DataKey]: (json: unknown) => z.ZodSafeParseResult<DataOf<K>> } = {
  dataset: (json) => SCHEMAS.dataset.safeParse(json),
  towns: (json) => SCHEMAS.towns.safeParse(json),
  figures: (json) => SCHEMAS.figures.safeParse(json),
  articles: (json) => SCHEMAS.articles.safeParse(json),
  counties: (json) => SCHEMAS.counties.safeParse(json),
  cities: (json) => SCHEMAS.cities.safeParse(json),
};
