/**
 * What kind of problem: the file could not be fetched (network, server), came back as something
 * else (an HTML page), is not JSON, does not match its schema, or refers to what another file
 * does not have. The UI explains each kind in the reader's language; `message` gives the detail.
 */
export type ProblemKind = 'unreachable' | 'http' | 'not-json-file' | 'syntax' | 'schema' | 'reference';

/** A problem found in a data file: which file, where in it, and what is wrong. */
export interface DataProblem {
  kind: ProblemKind;
  file: string;
  /** JSON path inside the file, e.g. `towns[3].name.zh`; empty for the whole file. */
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
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
