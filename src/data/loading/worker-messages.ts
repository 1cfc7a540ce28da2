/**
 * What the page and the data worker (data.worker.ts) say to each other:
 * - the loader names a published file and its address (or sends its bytes, for a small file the
 *   page fetched); the worker fetches it and sends back its checked data or its problems (the
 *   first view's large files it asks for as soon as it starts);
 * - the page asks what is derived from a large published dataset (a ranking, the towns side by
 *   side) and gets it back as ids, made from the files the worker read (see derive);
 * - the Data page sends the reader's files and gets progress, then the result of the checks.
 */
import type { CheckProgress, CheckResult } from '../exchange/check-files';
import type { DataFiles, DataKey } from '../format/files';
import type { ParseResult } from '../format/parse';
import type { DataProblem } from '../format/problems';
import type { FileReferences } from '../format/references';
import type { PackedRanking, RankingScope, RankingSubject } from '../domain/rankings';
import type { PackedSideBySide } from '../domain/side-by-side';

export interface LoadRequest {
  type: 'load';
  /** Matches the answer to its request (the loader asks for several files at once). */
  id: number;
  key: DataKey;
  /** The file's full address (a worker would resolve a relative one against its own script). */
  url: string;
  /** The file's bytes as served, when the page fetched it (handed over, not copied); else the worker fetches it. */
  bytes?: ArrayBuffer;
}

/** Sent by the page as it starts: the first view's large files (the page asks for the rest), fetched before they are asked for. */
export interface PrefetchRequest {
  type: 'prefetch';
  urls: string[];
}

/** The loader no longer wants file `id` (the reader moved on, or it took too long). */
export interface CancelRequest {
  type: 'cancel';
  id: number;
}

/**
 * A parsed file comes back in parts: first the result with its list of records (ROWS_OF) empty,
 * then the records in `parts` messages of at most PART_ROWS each. A file that passed comes with
 * the ids it uses, each once, for the page's cross-file check (references: referencesOf).
 * Receiving a message costs the page's main thread in proportion to its size; in parts, no single
 * task takes long and the page keeps painting while 10,000 towns arrive.
 */
export type LoadResponse =
  | { type: 'parsed'; id: number; result: ParseResult<DataKey>; references?: FileReferences; parts: number }
  | { type: 'rows'; id: number; rows: unknown[] }
  /** The file could not be fetched (a DataFileError's problems). */
  | { type: 'unloaded'; id: number; problems: DataProblem[]; transient: boolean }
  /** The worker itself failed on this file. */
  | { type: 'broken'; id: number; reason: string };

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

/** What the page can ask the worker to derive from the published files it read. */
export type DeriveTask =
  { kind: 'ranking'; subject: RankingSubject } | { kind: 'sideBySide'; indicators: string[]; scope: RankingScope };

export interface DeriveRequest {
  type: 'derive';
  id: number;
  task: DeriveTask;
  /** Made ahead (the idle preparation, a panel below the first view): answered after what a reader is waiting for. */
  ahead: boolean;
}

/** What was derived, as ids the page reads in its own records. */
export type Derived = { kind: 'ranking'; ranking: PackedRanking } | { kind: 'sideBySide'; subjects: PackedSideBySide };

export type DeriveResponse =
  | { type: 'derived'; id: number; derived: Derived }
  /** The worker does not hold the files (it was made anew, or a file failed): the page derives it itself. */
  | { type: 'underived'; id: number; reason: string };

export type WorkerRequest = LoadRequest | PrefetchRequest | CancelRequest | CheckRequest | DeriveRequest;
