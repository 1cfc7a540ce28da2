/** A problem found in a data file: which file, where in it, and what is wrong. */
export interface DataProblem {
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
