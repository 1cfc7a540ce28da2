/** What the Data page and its checking worker say to each other. */
import type { CheckProgress, CheckResult } from '../../data/check-files';
import type { DataFiles } from '../../data/files';

export interface CheckRequest {
  files: { name: string; bytes: Uint8Array }[];
  published: Partial<DataFiles>;
}

export type CheckResponse =
  | { type: 'progress'; progress: CheckProgress }
  | { type: 'done'; result: CheckResult }
  | { type: 'failed'; reason: string };
