/**
 * The data files the dashboard reads from public/data: their keys, names and types.
 * One list, used by the browser loader, the `data:check` script and the tests. The schemas that
 * check them are in validators.ts (loaded by the data worker, not by the page).
 */
import type { z } from 'zod';
import type { SCHEMAS } from './validators';

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

/** The Frictionless Data Package descriptor beside the files (data/exchange/data-package, written at build). */
export const DATA_PACKAGE = 'datapackage.json';

export const DATA_KEYS: readonly DataKey[] = ['dataset', 'towns', 'figures', 'articles', 'counties', 'cities'];

/**
 * The files the first view shows (the map's boundaries load with the map): the page waits for
 * them before drawing, and the data worker asks for them as soon as it starts (worker-start).
 */
export const FIRST_VIEW: readonly DataKey[] = ['dataset', 'towns', 'figures', 'articles'];

/** The <meta> of index.html that names the first view's small files (vite.config.ts, data-url: askForFirstView). */
export const FIRST_VIEW_META = 'jz-first-view';

/**
 * An object with one entry per data file, each made by `make` for its key: the one place that
 * goes through the files, so that adding a file means adding it to the tables above only.
 * (TypeScript cannot type Object.fromEntries per key; `make` is typed per key, which is what the
 * result's type states.)
 */
export function perFile<T extends { [K in DataKey]: unknown }>(make: <K extends DataKey>(key: K) => T[K]): T {
  return Object.fromEntries(DATA_KEYS.map((key) => [key, make(key)])) as T;
}

/** The dataset when every one of its files is there, else null. */
export function completeDataset(files: Partial<DataFiles>): DataFiles | null {
  return hasFiles(files, DATA_KEYS) ? files : null;
}

/** Whether these files are all there (and so typed as there). */
export function hasFiles<T extends object, K extends keyof T>(
  files: Partial<T>,
  keys: readonly K[],
): files is Partial<T> & Pick<T, K> {
  return keys.every((key) => files[key] !== undefined);
}
