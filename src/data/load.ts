/**
 * The one way data enters the app: fetch a file from the data folder, check the response,
 * parse and validate it. Every failure becomes a DataFileError that names the file.
 */
import { FILE_NAMES, type DataKey, type DataOf } from './files';
import { parseDataFile } from './parse';
import { DataFileError, type ProblemKind } from './problems';

/** The published data folder, next to index.html (works under any base path). */
export const DATA_BASE = `${import.meta.env.BASE_URL}data/`;

export async function loadDataFile<K extends DataKey>(key: K, signal?: AbortSignal): Promise<DataOf<K>> {
  const file = FILE_NAMES[key];
  const fail = (kind: ProblemKind, message: string, transient: boolean) =>
    new DataFileError(file, [{ kind, file, path: '', message }], transient);
  let response: Response;
  try {
    response = await fetch(`${DATA_BASE}${file}`, { signal, cache: 'no-cache' });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw fail('unreachable', 'could not be loaded (network error)', true);
  }
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    throw fail('http', `could not be loaded: the server answered ${status}`, response.status >= 500);
  }
  // A missing file on a single-page host often comes back as the app's index.html.
  if ((response.headers.get('content-type') ?? '').includes('text/html')) {
    throw fail('not-json-file', 'expected JSON but the server sent an HTML page (is the file missing?)', false);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw error;
    throw fail('unreachable', 'could not be loaded (the connection broke off)', true);
  }
  return parseDataFile(key, text);
}
