/**
 * What kind of problem: the file could not be fetched (network, server), came back as something
 * else (an HTML page), is not JSON, does not match its schema, or refers to what another file
 * does not have. The UI explains each kind in the reader's language; `message` gives the detail.
 */
export type ProblemKind = 'unreachable' | 'http' | 'not-json-file' | 'syntax' | 'schema' | 'reference';

/** What is wrong with a value, for the message to the person who fixes the file. */
export type ProblemWhat =
  | 'missing'
  | 'type'
  | 'option'
  | 'format'
  | 'too-long'
  | 'too-small'
  | 'too-big'
  | 'extra-field'
  | 'missing-column'
  | 'qualifier-conflict'
  | 'unit-mismatch'
  | 'cells'
  | 'unknown-ref'
  | 'duplicate'
  | 'range-upper'
  | 'upper-above'
  | 'upper-range-only'
  | 'description-untitled-only'
  | 'printed-agency-only'
  | 'other';

/** The facts behind a problem, each optional: the messages in both languages are made from them. */
export interface ProblemDetail {
  what: ProblemWhat;
  /** The value found, as written. */
  found?: string;
  /** The values allowed (an enumeration), or the type expected (number, string…). */
  options?: readonly string[];
  expected?: string;
  /** A length or size limit that was passed. */
  limit?: number;
  /** A known value close to the one found (a typing slip in an id). */
  suggestion?: string;
  /** The field's name as the file has it (the last part of the path, or the CSV column). */
  field?: string;
}

/** A problem found in a data file: which file, where in it, and what is wrong. */
export interface DataProblem {
  kind: ProblemKind;
  file: string;
  /** JSON path inside the file, e.g. `towns[3].name.zh`; empty for the whole file. */
  path: string;
  /** The technical detail, in English (what the checks say, for developers). */
  message: string;
  detail?: ProblemDetail;
  /** For a table: the row as the spreadsheet numbers it (header 1, blank rows counted) and the column's name. */
  row?: number;
  column?: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** The value at a path inside parsed JSON, or undefined. */
export function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = json;
  for (const part of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<PropertyKey, unknown>)[part];
  }
  return at;
}

/** A value as a message quotes it: text as written, anything else as JSON, cut to 60 characters. */
export function shown(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** How many known values a suggestion compares edit by edit at most (beyond, only prefixes). */
const MAX_EDIT_CANDIDATES = 5000;

/** Edits (insertions, deletions, substitutions) from one text to another. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known value a mistyped one most likely meant: the same but for case, one that begins with it
 * or it with one (`qixian-glass` → `qixian-glassware`), or the nearest within a third of its length.
 */
export function closest(found: string, known: Iterable<string>): string | undefined {
  const value = found.trim().toLowerCase();
  if (value === '') return undefined;
  const candidates = [...known];
  const limit = Math.max(2, Math.floor(value.length / 3));
  // Among tens of thousands of ids (the figures of a big file), only the cheap comparisons:
  // a check with many unknown ids must not spend seconds on suggestions.
  const editsToo = candidates.length <= MAX_EDIT_CANDIDATES;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    if (c === value) return candidate;
    const prefix = c.startsWith(value) || value.startsWith(c);
    if (!prefix && (!editsToo || Math.abs(c.length - value.length) > limit)) continue;
    const score = prefix ? 0.5 : distance(value, c);
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return bestScore <= limit ? best : undefined;
}

export function formatProblem(p: DataProblem): string {
  return p.path ? `${p.file}: ${p.path}: ${p.message}` : `${p.file}: ${p.message}`;
}

/** Thrown when a data file cannot be used; carries every problem found in it. */
export class DataFileError extends Error {
  readonly file: string;
  readonly problems: DataProblem[];
  /** True for failures worth retrying by themselves (network, server errors). */
  readonly transient: boolean;

  constructor(file: string, problems: DataProblem[], transient = false) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'DataFileError';
    this.file = file;
    this.problems = problems;
    this.transient = transient;
  }
}
