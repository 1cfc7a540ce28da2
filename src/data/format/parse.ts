/**
 * Parsing one data file's text: JSON syntax, then its zod schema. Shared by the browser loader
 * and the `data:check` script so both report the same problems in the same words.
 */
import type { z } from 'zod';
import { FILE_NAMES, perFile, type DataFiles, type DataKey, type DataOf } from './files';
import { VALIDATORS } from './validators';
import { migrate } from './migrate';
import { closest, DataFileError, formatPath, shown, valueAt, type DataProblem, type ProblemDetail } from './problems';

export type ParseResult<K extends DataKey> = { ok: true; data: DataOf<K> } | { ok: false; problems: DataProblem[] };

/** A data file's text as JSON, or its syntax problem. */
export function parseJson(
  key: DataKey,
  text: string,
): { ok: true; json: unknown } | { ok: false; problems: DataProblem[] } {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const problem: DataProblem = {
      kind: 'syntax',
      file: FILE_NAMES[key],
      path: '',
      message: `not valid JSON (${reason})`,
    };
    return { ok: false, problems: [problem] };
  }
}

export function parseDataText<K extends DataKey>(key: K, text: string): ParseResult<K> {
  const parsed = parseJson(key, text);
  return parsed.ok ? validateData(key, parsed.json) : parsed;
}

/**
 * Checks a file's parsed content against its schema (an older version read through its migration);
 * every problem has the file and JSON path.
 */
export function validateData<K extends DataKey>(key: K, json: unknown): ParseResult<K> {
  const file = FILE_NAMES[key];
  const migrated = migrate(key, json);
  const result = VALIDATORS[key](migrated);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      kind: 'schema' as const,
      file,
      path: formatPath(issue.path),
      message: issue.message,
      detail: issueDetail(issue, migrated),
    })),
  };
}

const CUSTOM: readonly ProblemDetail['what'][] = [
  'duplicate',
  'range-upper',
  'upper-above',
  'upper-range-only',
  'description-untitled-only',
  'printed-agency-only',
];

/** What a schema issue means for the person fixing the file: what is wrong, the value found, what is allowed. */
function issueDetail(issue: z.core.$ZodIssue, json: unknown): ProblemDetail {
  const last = issue.path.filter((part) => typeof part === 'string').at(-1);
  const field = typeof last === 'string' ? last : undefined;
  const value = valueAt(json, issue.path);
  const found = shown(value);
  const base = { field, found };
  // An empty cell or string is missing, whatever rule it then fails.
  if (typeof value === 'string' && value.trim() === '' && issue.code !== 'custom') return { ...base, what: 'missing' };
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined || value === null
        ? { ...base, what: 'missing', expected: issue.expected }
        : { ...base, what: 'type', expected: issue.expected };
    case 'invalid_value': {
      const options = issue.values.map(String);
      return { ...base, what: 'option', options, suggestion: found && closest(found, options) };
    }
    case 'invalid_format':
      return { ...base, what: 'format', expected: issue.format };
    case 'too_big':
      return { ...base, what: issue.origin === 'string' ? 'too-long' : 'too-big', limit: Number(issue.maximum) };
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) <= 1
        ? { ...base, what: 'missing', expected: 'string' }
        : { ...base, what: 'too-small', limit: Number(issue.minimum) };
    case 'unrecognized_keys':
      return { what: 'extra-field', field: issue.keys.join(', ') };
    case 'custom': {
      const what = CUSTOM.find((w) => w === issue.params?.what) ?? 'other';
      return what === 'duplicate' ? { ...base, what, found: shown(issue.params?.found) } : { ...base, what };
    }
    default:
      return { ...base, what: 'other' };
  }
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
