/**
 * Reading a published data file in the data worker (data.worker.ts): the worker fetches the file
 * (or takes the bytes of a small one the page fetched) and checks it, and the page's main thread
 * receives only the checked data, so that reading thousands of towns never blocks it; the records
 * come back in parts (see worker-messages). One
 * worker serves every file and stays for the page's life (a retry reuses it); a worker that fails
 * rejects what it was asked and is made anew on the next request. The same worker derives what the
 * page asks of a large published dataset from the files it read (deriveOffThread).
 */
import { FILE_NAMES, type DataKey } from '../format/files';
import type { ParseResult } from '../format/parse';
import { DataFileError } from '../format/problems';
import { keepReferences, type FileReferences } from '../format/references';
import {
  ROWS_OF,
  type CancelRequest,
  type DeriveRequest,
  type DeriveResponse,
  type Derived,
  type DeriveTask,
  type LoadRequest,
  type LoadResponse,
} from './worker-messages';
import { newDataWorker } from './worker-start';

interface Pending {
  key: DataKey;
  resolve: (result: ParseResult<DataKey>) => void;
  reject: (error: Error) => void;
  /** The result while its records are still arriving, the parts still to come and those received. */
  shell?: ParseResult<DataKey>;
  references?: FileReferences;
  remaining?: number;
  rows: unknown[][];
}

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, Pending>();
/** What the page asked the worker to derive, by id: each resolves with the answer, or null. */
const deriving = new Map<number, (derived: Derived | null) => void>();

/**
 * The result with its records put back (see worker-messages: a file comes in parts), and the ids
 * it uses kept beside it (see references).
 */
function assemble(waiting: Pending): ParseResult<DataKey> | undefined {
  const { shell, key, rows, references } = waiting;
  const field = ROWS_OF[key];
  if (shell?.ok && field) Object.assign(shell.data, { [field]: rows.flat() });
  if (shell?.ok && references) keepReferences(shell.data, references);
  return shell;
}

/** Takes in one message about file `waiting`; true when the file is done with. */
function receive(waiting: Pending, message: LoadResponse): boolean {
  switch (message.type) {
    case 'unloaded':
      waiting.reject(new DataFileError(FILE_NAMES[waiting.key], message.problems, message.transient));
      return true;
    case 'broken':
      waiting.reject(new Error(message.reason));
      return true;
    case 'parsed':
      waiting.shell = message.result;
      waiting.references = message.references;
      waiting.remaining = message.parts;
      break;
    case 'rows':
      waiting.rows.push(message.rows);
      waiting.remaining = (waiting.remaining ?? 0) - 1;
  }
  if (waiting.remaining !== 0) return false;
  const result = assemble(waiting);
  if (result) waiting.resolve(result);
  return true;
}

function dataWorker(): Worker {
  if (worker) return worker;
  const made = newDataWorker();
  made.onmessage = (event: MessageEvent<LoadResponse | DeriveResponse>) => {
    const message = event.data;
    if (message.type === 'derived' || message.type === 'underived') {
      deriving.get(message.id)?.(message.type === 'derived' ? message.derived : null);
      deriving.delete(message.id);
      return;
    }
    const waiting = pending.get(message.id);
    if (waiting && receive(waiting, message)) pending.delete(message.id);
  };
  made.onerror = (event) => {
    event.preventDefault();
    const error = new Error(event.message || 'the data worker stopped');
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    for (const answer of deriving.values()) answer(null);
    deriving.clear();
    made.terminate();
    if (worker === made) worker = null;
  };
  worker = made;
  return made;
}

/**
 * Data file `key` checked by the worker (fetched by it from `url`, or the `bytes` given, which are
 * handed over): its checked data or its schema problems. Rejects with a DataFileError when the
 * file could not be fetched, with the signal's reason when the signal stops it, and with an Error
 * when the worker fails.
 */
export function loadOffThread<K extends DataKey>(
  key: K,
  { url, bytes }: Pick<LoadRequest, 'url' | 'bytes'>,
  signal?: AbortSignal,
): Promise<ParseResult<K>> {
  return new Promise<ParseResult<K>>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const id = nextId++;
    const target = dataWorker();
    // The worker ran file `key`'s own validator: its answer is that file's result.
    pending.set(id, { key, resolve: (result) => resolve(result as ParseResult<K>), reject, rows: [] });
    signal?.addEventListener(
      'abort',
      () => {
        if (!pending.delete(id)) return;
        const cancel: CancelRequest = { type: 'cancel', id };
        target.postMessage(cancel);
        reject(signal.reason);
      },
      { once: true },
    );
    const request: LoadRequest = { type: 'load', id, key, url, bytes };
    target.postMessage(request, bytes ? [bytes] : []);
  });
}

/**
 * What the worker derives for `task` from the published files it read, or null when it cannot (it
 * does not hold them, or it failed): the caller then derives it on the page. A task made `ahead`
 * waits behind those a reader is waiting for.
 */
export function deriveOffThread(task: DeriveTask, ahead = false): Promise<Derived | null> {
  if (typeof Worker === 'undefined') return Promise.resolve(null);
  return new Promise((resolve) => {
    const id = nextId++;
    deriving.set(id, resolve);
    const request: DeriveRequest = { type: 'derive', id, task, ahead };
    dataWorker().postMessage(request);
  });
}
