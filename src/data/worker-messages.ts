/**
 * What the page and the data worker (data.worker.ts) say to each other:
 * - the loader sends a published file's bytes and gets back its checked data or its problems;
 * - the Data page sends the reader's files and gets progress, then the result of the checks.
 */
import type { CheckProgress, CheckResult } from './check-files';
import type { DataFiles, DataKey } from './files';
import type { ParseResult } from './parse';
import type { FileReferences } from './references';

export interface ParseRequest {
  type: 'parse';
  /** Matches the answer to its request (the loader sends several files at once). */
  id: number;
  key: DataKey;
  /** The file's bytes as served (UTF-8), handed over rather than copied. */
  bytes: ArrayBuffer;
}

/**
 * A parsed file comes back in parts: first the result with its list of records (ROWS_OF) empty,
 * then the records in `parts` messages of at most PART_ROWS each. A file that passed comes with
 * the ids it uses, each once, for the page's cross-file check (references: referencesOf).
 * Receiving a message costs the page's main thread in proportion to its size; in parts, no single
 * task takes long and the page keeps painting while 10,000 towns arrive.
 */
export type ParseResponse =
  | { type: 'parsed'; id: number; result: ParseResult<DataKey>; references?: FileReferences; parts: number }
  | { type: 'rows'; id: number; rows: unknown[] };

/** Each file's list of records, the part of it that grows with the dataset. */
export const ROWS_OF: Record<DataKey, string | null> = {
  dataset: null,
  towns: 'towns',
  figures: 'figures',
  articles: 'articles',
  counties: 'features',
  cities: 'features',
};

/** Records per message (a few tens of milliseconds to receive on a slow phone). */
export const PART_ROWS = 250;

export interface CheckRequest {
  type: 'check';
  files: { name: string; bytes: Uint8Array }[];
  published: Partial<DataFiles>;
}

export type CheckResponse =
  | { type: 'progress'; progress: CheckProgress }
  | { type: 'done'; result: CheckResult }
  | { type: 'failed'; reason: string };

export type WorkerRequest = ParseRequest | CheckRequest;
