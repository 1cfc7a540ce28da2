/**
 * What a finished check of the given files comes to: whether the dataset they make may be
 * previewed, and if not, why, with the problems by the file they were given as.
 */
import type { CheckResult } from '../../data/exchange/check-files';
import { givenName, stopsCheck, type GivenFile } from '../../data/exchange/recognise';
import type { DataFiles } from '../../data/format/files';
import type { DataProblem } from '../../data/format/problems';

/** The names of the files a dataset was loaded from, as they were given (for the preview's banner). */
export function usedNames(given: readonly GivenFile[]): string[] {
  return given.filter((file) => file.refusal === null).map((file) => file.name);
}

export interface CheckOutcome {
  /** The checked dataset, or null when it may not be previewed. */
  data: DataFiles | null;
  /** How many given files meant as data were refused (a wrong version, an unreadable workbook). */
  refused: number;
  /** No file given is used. */
  none: boolean;
  /** Problems and refusals together. */
  count: number;
  /** The problems by the name the file was given as. */
  byFile: Map<string, DataProblem[]>;
}

/** Checked only when some file given is used, none meant as data was refused, and the dataset has no problem. */
export function checkOutcome({ read, given }: CheckResult): CheckOutcome {
  const byFile = new Map<string, DataProblem[]>();
  for (const p of read.problems) {
    const file = givenName(given, p.file);
    byFile.set(file, [...(byFile.get(file) ?? []), p]);
  }
  const refused = given.filter(stopsCheck).length;
  const none = usedNames(given).length === 0;
  return {
    data: refused === 0 && !none ? read.data : null,
    refused,
    none,
    count: read.problems.length + refused,
    byFile,
  };
}
