/**
 * The one way data enters the app: a file of the data folder, fetched (by the data worker, or by
 * the page for a small file it asked for itself) and checked (parsed and validated
 * against its schema) in the data worker, off the main thread (load-off-thread). Every failure
 * becomes a DataFileError that names the file.
 */
import { dataUrl, preloaded } from './data-url';
import { fetchFileBytes } from './fetch-file';
import { FILE_NAMES, type DataKey, type DataOf } from '../format/files';
import { loadOffThread } from './load-off-thread';
import type { ParseResult } from '../format/parse';
import { DataFileError } from '../format/problems';

/** How long a data file may take before the page says so and offers a retry. */
export const LOAD_TIMEOUT_MS = 20_000;

export async function loadDataFile<K extends DataKey>(
  key: K,
  signal?: AbortSignal,
  timeoutMs = LOAD_TIMEOUT_MS,
): Promise<DataOf<K>> {
  const file = FILE_NAMES[key];
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const unreachable = (message: string) =>
    new DataFileError(file, [{ kind: 'unreachable', file, path: '', message }], true);
  let result: ParseResult<K>;
  try {
    const url = dataUrl(key);
    const bytes = preloaded(key) ? await fetchFileBytes(file, url, combined) : undefined;
    result = await loadOffThread(key, { url, bytes }, combined);
  } catch (error) {
    // Cancelled by the query (the reader moved on): not a problem of the file.
    if (signal?.aborted) throw error;
    if (timeout.aborted) throw unreachable(`could not be loaded (no answer within ${timeoutMs / 1000} s)`);
    if (error instanceof DataFileError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw unreachable(`could not be read (the browser could not run the data reader: ${reason})`);
  }
  if (!result.ok) throw new DataFileError(file, result.problems);
  return result.data;
}
