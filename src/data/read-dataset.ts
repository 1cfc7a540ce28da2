/**
 * A whole dataset from a set of files (name → text): the six files the app reads, with the
 * figures either as figures.json or as figures.csv. Every file is checked by its schema, then the
 * references between files. Used by the in-app preview (files picked or dropped in the browser)
 * and by `npm run data:check` (a folder), so both report the same problems in the same words.
 */
import { DATA_KEYS, FILE_NAMES, perFile, type DataFiles, type DataKey } from './files';
import { csvProblem, FIGURES_CSV, readFiguresCsv } from './figures-csv';
import { parseDataText, validateData, type ParseResult } from './parse';
import type { DataProblem } from './problems';
import { checkReferences } from './references';

/** Where a file of the result came from. */
export type FileOrigin = 'given' | 'published' | 'missing';

export interface DatasetRead {
  /** The dataset, when every file is there and there is no problem at all. */
  data: DataFiles | null;
  problems: DataProblem[];
  origin: Record<DataKey, FileOrigin>;
  /** Given files that are not part of a dataset (e.g. a licence text), left aside. */
  ignored: string[];
}

/** The file names a dataset may have. */
export const DATASET_FILE_NAMES: readonly string[] = [...DATA_KEYS.map((key) => FILE_NAMES[key]), FIGURES_CSV];

function readFigures(files: ReadonlyMap<string, string>): ParseResult<'figures'> {
  const csv = files.get(FIGURES_CSV);
  if (csv === undefined) return parseDataText('figures', files.get(FILE_NAMES.figures) ?? '');
  const read = readFiguresCsv(csv);
  if (!read.ok) return read;
  const checked = validateData('figures', read.json);
  return checked.ok ? checked : { ok: false, problems: checked.problems.map(csvProblem) };
}

/**
 * Reads and checks a dataset. Files not given are taken from `published` when it has them (the
 * app's preview: "a CSV of figures plus the rest"), else reported missing.
 */
export function readDataset(files: ReadonlyMap<string, string>, published: Partial<DataFiles> = {}): DatasetRead {
  const problems: DataProblem[] = [];
  const loaded: Partial<DataFiles> = {};
  const figuresFromCsv = files.has(FIGURES_CSV);
  if (figuresFromCsv && files.has(FILE_NAMES.figures))
    problems.push({
      kind: 'schema',
      file: FIGURES_CSV,
      path: '',
      message: `give the figures either as ${FILE_NAMES.figures} or as ${FIGURES_CSV}, not both`,
    });
  const originOf = (key: DataKey): FileOrigin =>
    files.has(FILE_NAMES[key]) || (key === 'figures' && figuresFromCsv)
      ? 'given'
      : published[key]
        ? 'published'
        : 'missing';
  const origin = perFile<Record<DataKey, FileOrigin>>(originOf);

  const take = <K extends DataKey>(key: K, result: ParseResult<K>) => {
    if (result.ok) Object.assign(loaded, { [key]: result.data });
    else problems.push(...result.problems);
  };
  for (const key of DATA_KEYS) {
    if (origin[key] === 'given') {
      if (key === 'figures') take('figures', readFigures(files));
      else take(key, parseDataText(key, files.get(FILE_NAMES[key]) ?? ''));
    } else if (origin[key] === 'published') {
      Object.assign(loaded, { [key]: published[key] });
    } else {
      problems.push({
        kind: 'unreachable',
        file: FILE_NAMES[key],
        path: '',
        message: 'could not be read (file not found)',
      });
    }
  }
  // Reference problems in figures read from the CSV are told by row and column too.
  const references = checkReferences(loaded).map((p) =>
    figuresFromCsv && p.file === FILE_NAMES.figures ? csvProblem(p) : p,
  );
  problems.push(...references);
  return {
    data: problems.length === 0 ? completeDataset(loaded) : null,
    problems,
    origin,
    ignored: [...files.keys()].filter((name) => !DATASET_FILE_NAMES.includes(name)),
  };
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
