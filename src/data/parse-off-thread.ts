/**
 * Parsing and checking a published data file in the data worker (data.worker.ts): the page's
 * main thread only fetches the bytes and receives the checked data, so that reading thousands of
 * towns never blocks it. One worker serves every file and stays for the page's life (a retry
 * reuses it); a worker that fails rejects what it was asked and is made anew on the next request.
 */
import type { DataKey } from './files';
import type { ParseResult } from './parse';
import type { ParseRequest, ParseResponse } from './worker-messages';

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { resolve: (result: ParseResult<DataKey>) => void; reject: (error: Error) => void }>();

function dataWorker(): Worker {
  if (worker) return worker;
  const made = new Worker(new URL('./data.worker.ts', import.meta.url), { type: 'module' });
  made.onmessage = (event: MessageEvent<ParseResponse>) => {
    const waiting = pending.get(event.data.id);
    pending.delete(event.data.id);
    waiting?.resolve(event.data.result);
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

/** The file's bytes (handed over to the worker) read as data file `key`: its checked data or its problems. */
export function parseOffThread<K extends DataKey>(key: K, bytes: ArrayBuffer): Promise<ParseResult<K>> {
  return new Promise<ParseResult<K>>((resolve, reject) => {
    const id = nextId++;
    // The worker ran file `key`'s own validator on these bytes: its answer is that file's result.
    pending.set(id, { resolve: (result) => resolve(result as ParseResult<K>), reject });
    const request: ParseRequest = { type: 'parse', id, key, bytes };
    dataWorker().postMessage(request, [bytes]);
  });
}
