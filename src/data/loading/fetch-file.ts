/**
 * Fetching a published data file and checking the server's answer. The data worker does it for
 * large files (read-file), so that the page's main thread never receives their bytes; the page
 * does it for the small ones the page asked for (data-url: preloaded). Every failure is
 * a DataFileError that names the file and says whether a retry may help.
 */
import { DataFileError, type ProblemKind } from '../format/problems';

/**
 * The file's bytes as served. `response` is a request already under way for the same address
 * (the worker asks for the first view's large files as it starts); otherwise the file is fetched now.
 */
export async function fetchFileBytes(
  file: string,
  url: string,
  signal?: AbortSignal,
  response?: Promise<Response>,
): Promise<ArrayBuffer> {
  const fail = (kind: ProblemKind, message: string, transient: boolean) =>
    new DataFileError(file, [{ kind, file, path: '', message }], transient);
  let answer: Response;
  try {
    answer = await (response ?? fetch(url, { signal, cache: 'no-cache' }));
  } catch {
    throw fail('unreachable', 'could not be loaded (network error)', true);
  }
  if (!answer.ok) {
    const status = `${answer.status} ${answer.statusText}`.trim();
    throw fail('http', `could not be loaded: the server answered ${status}`, answer.status >= 500);
  }
  // A missing file on a single-page host often comes back as the app's index.html.
  if ((answer.headers.get('content-type') ?? '').includes('text/html')) {
    throw fail('not-json-file', 'expected JSON but the server sent an HTML page (is the file missing?)', false);
  }
  try {
    return await answer.arrayBuffer();
  } catch {
    throw fail('unreachable', 'could not be loaded (the connection broke off)', true);
  }
}
