/**
 * Parsing one data file's text: JSON syntax, then its zod schema. Shared by the browser loader
 * and the `data:check` script so both report the same problems in the same words.
 */
import { FILE_NAMES, perFile, VALIDATORS, type DataFiles, type DataKey, type DataOf } from './files';
import { migrate } from './migrate';
import { DataFileError, formatPath, type DataProblem } from './problems';

export type ParseResult<K extends DataKey> = { ok: true; data: DataOf<K> } | { ok: false; problems: DataProblem[] };

export function parseDataText<K extends DataKey>(key: K, text: string): ParseResult<K> {
  const file = FILE_NAMES[key];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ kind: 'syntax', file, path: '', message: `not valid JSON (${reason})` }] };
  }
  return validateData(key, json);
}

/**
 * Checks a file's parsed content against its schema (an older version read through its migration);
 * every problem has the file and JSON path.
 */
export function validateData<K extends DataKey>(key: K, json: unknown): ParseResult<K> {
  const file = FILE_NAMES[key];
  const result = VALIDATORS[key](migrate(key, json));
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      kind: 'schema' as const,
      file,
      path: formatPath(issue.path),
      message: issue.message,
    })),
  };
}

/** Like parseDataText, but throws a DataFileError naming the file and every problem. */
export function parseDataFile<K extends DataKey>(key: K, text: string): DataOf<K> {
  const result = parseDataText(key, text);
  if (!result.ok) throw new DataFileError(FILE_NAMES[key], result.problems);
  return result.data;
}

/** Every file of a dataset, parsed; `read` gives a file's text. Throws on the first invalid file. */
export function parseDataFiles(read: (file: string) => string): DataFiles {
  return perFile<DataFiles>((key) => parseDataFile(key, read(FILE_NAMES[key])));
}
