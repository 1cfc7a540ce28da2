/**
 * What the page and the data worker (data.worker.ts) say to each other:
 * - the loader sends a published file's bytes and gets back its checked data or its problems;
 * - the Data page sends the reader's files and gets progress, then the result of the checks.
 */
import type { CheckProgress, CheckResult } from './check-files';
import type { DataFiles, DataKey } from './files';
import type { ParseResult } from './parse';

export interface ParseRequest {
  type: 'parse';
  /** Matches the answer to its request (the loader sends several files at once). */
  id: number;
  key: DataKey;
  /** The file's bytes as served (UTF-8), handed over rather than copied. */
  bytes: ArrayBuffer;
}

export interface ParseResponse {
  type: 'parsed';
  id: number;
  result: ParseResult<DataKey>;
}

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
