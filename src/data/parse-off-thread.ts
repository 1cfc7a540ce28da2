/**
 * Parsing and checking a published data file in the data worker (data.worker.ts): the page's
 * main thread only fetches the bytes and receives the checked data, so that reading thousands of
 * towns never blocks it; the records come back in parts (see worker-messages). One worker serves
 * every file and stays for the page's life (a retry reuses it); a worker that fails rejects what
 * it was asked and is made anew on the next request.
 */
import type { DataKey } from './files';
import type { ParseResult } from './parse';
import { keepReferences, type FileReferences } from './references';
import { ROWS_OF, type ParseRequest, type ParseResponse } from './worker-messages';
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

function dataWorker(): Worker {
  if (worker) return worker;
  const made = newDataWorker();
  made.onmessage = (event: MessageEvent<ParseResponse>) => {
    const message = event.data;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    if (message.type === 'parsed') {
      waiting.shell = message.result;
      waiting.references = message.references;
      waiting.remaining = message.parts;
    } else {
      waiting.rows.push(message.rows);
      waiting.remaining = (waiting.remaining ?? 0) - 1;
    }
    if (waiting.remaining !== 0) return;
    pending.delete(message.id);
    const result = assemble(waiting);
    if (result) waiting.resolve(result);
  };
  made.onerror = (event) => {
    event.preventDefault();
    const error = new Error(event.message || 'the data worker stopped');
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    made.terminate();
    if (worker === made) worker = null;
  };
  worker = made;
  return made;
}

/**
 * Starts the worker, so that its script loads while the data files are still downloading (called
 * as the first file is requested: on a slow network the worker is then ready when the bytes arrive).
 */
export function startDataWorker(): void {
  if (typeof Worker !== 'undefined') dataWorker();
}

/** The file's bytes (handed over to the worker) read as data file `key`: its checked data or its problems. */
export function parseOffThread<K extends DataKey>(key: K, bytes: ArrayBuffer): Promise<ParseResult<K>> {
  return new Promise<ParseResult<K>>((resolve, reject) => {
    const id = nextId++;
    // The worker ran file `key`'s own validator on these bytes: its answer is that file's result.
    pending.set(id, { key, resolve: (result) => resolve(result as ParseResult<K>), reject, rows: [] });
    const request: ParseRequest = { type: 'parse', id, key, bytes };
    dataWorker().postMessage(request, [bytes]);
  });
}
