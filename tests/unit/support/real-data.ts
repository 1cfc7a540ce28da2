/** The bundled dataset, read from public/data as the app would receive it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDatasetIndex, type DatasetIndex } from '../../../src/data/domain/dataset-index';
import { DATA_KEYS, FILE_NAMES, type DataFiles, type DataKey } from '../../../src/data/format/files';
import { parseDataFiles } from '../../../src/data/format/parse';

export const DATA_DIR = join(import.meta.dirname, '../../../public/data');

export function readDataText(key: DataKey): string {
  return readFileSync(join(DATA_DIR, FILE_NAMES[key]), 'utf8');
}

/** Fresh parsed copies of every file (tests may mutate them). */
export function realData(): DataFiles {
  return parseDataFiles((file) => readFileSync(join(DATA_DIR, file), 'utf8'));
}

/** The index the app makes of a dataset (the bundled one unless given), new at each call. */
export function datasetIndexOf(data: DataFiles = realData()): DatasetIndex {
  return createDatasetIndex(data.towns.towns, data.figures.figures, data.articles.articles);
}

export { DATA_KEYS };

/**
 * The bundled files by name, as a dataset folder holds them, with some replaced (a text) or left
 * out (null): what readDataset and data:check read.
 */
export function datasetFiles(changes: Record<string, string | null> = {}): Map<string, string> {
  const files = new Map<string, string>(DATA_KEYS.map((key) => [FILE_NAMES[key], readDataText(key)]));
  for (const [name, text] of Object.entries(changes)) {
    if (text === null) files.delete(name);
    else files.set(name, text);
  }
  return files;
}
