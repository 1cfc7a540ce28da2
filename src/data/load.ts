/**
 * The one way data enters the app: fetch a file from the data folder, check the response,
 * parse and validate it (in the data worker, off the main thread: parse-off-thread). Every
 * failure becomes a DataFileError that names the file.
 */
import { FILE_NAMES, type DataKey, type DataOf } from './files';
import type { ParseResult } from './parse';
import { parseOffThread, startDataWorker } from './parse-off-thread';
import { DataFileError, type ProblemKind } from './problems';

/** The published data folder, next to index.html (works under any base path). */
export const DATA_BASE = `${import.meta.env.BASE_URL}data/`;

/** How long a data file may take before the page says so and offers a retry. */
export const LOAD_TIMEOUT_MS = 20_000;

export async function loadDataFile<K extends DataKey>(
  key: K,
  signal?: AbortSignal,
  timeoutMs = LOAD_TIMEOUT_MS,
): Promise<DataOf<K>> {
  const file = FILE_NAMES[key];
  startDataWorker();
  const fail = (kind: ProblemKind, message: string, transient: boolean) =>
    new DataFileError(file, [{ kind, file, path: '', message }], transient);
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const failure = (error: unknown, what: string) => {
    // Cancelled by the query (the reader moved on): not a problem of the file.
    if (signal?.aborted) return error;
    if (timeout.aborted)
      return fail('unreachable', `could not be loaded (no answer within ${timeoutMs / 1000} s)`, true);
    return fail('unreachable', what, true);
  };
  let response: Response;
  try {
    response = await fetch(`${DATA_BASE}${file}`, { signal: combined, cache: 'no-cache' });
  } catch (error) {
    throw failure(error, 'could not be loaded (network error)');
  }
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    throw fail('http', `could not be loaded: the server answered ${status}`, response.status >= 500);
  }
  // A missing file on a single-page host often comes back as the app's index.html.
  if ((response.headers.get('content-type') ?? '').includes('text/html')) {
    throw fail('not-json-file', 'expected JSON but the server sent an HTML page (is the file missing?)', false);
  }
  let bytes: ArrayBuffer;
  try {
    bytes = await response.arrayBuffer();
  } catch (error) {
    throw failure(error, 'could not be loaded (the connection broke off)');
  }
  let result: ParseResult<K>;
  try {
    result = await parseOffThread(key, bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw fail('unreachable', `could not be read (the browser could not run the data reader: ${reason})`, true);
  }
  if (!result.ok) throw new DataFileError(file, result.problems);
  return result.data;
}
