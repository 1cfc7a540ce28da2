/// <reference lib="webworker" />
/**
 * The data worker: the published files are fetched and checked here, off the page's main thread,
 * so that the page keeps answering while thousands of towns are read (it never even receives a
 * file's bytes, only the checked data).
 * - prefetch: the first view's large files, asked for as soon as the page starts (worker-start);
 * - load: a published file to its checked data, or to its problems (read-file's answerLoad; see
 *   load-off-thread); cancel: the page no longer wants it;
 * - derive: a ranking or the towns side by side, made from the published files read (derive);
 * - check: the Data page's checks of the reader's files, with progress (cancelling is the page
 *   terminating the worker).
 * The checks' code loads only when a check is asked for.
 */
import { queueDerive } from './derive';
import { answerLoad } from './read-file';
import type { CheckResponse, LoadRequest, LoadResponse, WorkerRequest } from '../worker-messages';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const send = (answer: LoadResponse) => scope.postMessage(answer);

/** Requests under way: those made ahead by address, those asked for by id. */
const ahead = new Map<string, { response: Promise<Response>; controller: AbortController }>();
const running = new Map<number, AbortController>();

function prefetch(urls: string[]) {
  for (const url of urls) {
    if (ahead.has(url)) continue;
    const controller = new AbortController();
    const response = fetch(url, { signal: controller.signal, cache: 'no-cache' });
    // A failure is reported to the load that takes the request, not as an unhandled rejection.
    response.catch(() => undefined);
    ahead.set(url, { response, controller });
  }
}

async function load(request: LoadRequest) {
  // A request made ahead is taken once; a retry fetches the file anew.
  const taken = ahead.get(request.url);
  ahead.delete(request.url);
  const controller = taken?.controller ?? new AbortController();
  running.set(request.id, controller);
  try {
    await answerLoad(request, send, controller.signal, taken?.response);
  } catch (error) {
    // A fault of the reading itself (answerLoad reports the file's own problems and failures).
    if (!controller.signal.aborted)
      send({ type: 'broken', id: request.id, reason: error instanceof Error ? error.message : String(error) });
  } finally {
    running.delete(request.id);
  }
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'prefetch') return prefetch(request.urls);
  if (request.type === 'load') return void load(request);
  if (request.type === 'derive') return queueDerive(request, (response) => scope.postMessage(response));
  if (request.type === 'cancel') {
    running.get(request.id)?.abort();
    running.delete(request.id);
    return;
  }
  const reply = (message: CheckResponse) => scope.postMessage(message);
  import('../../exchange/check-files')
    .then(({ checkFiles }) =>
      checkFiles(request.files, request.published, (progress) => reply({ type: 'progress', progress })),
    )
    .then((result) => reply({ type: 'done', result }))
    .catch((error: unknown) =>
      reply({ type: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
};
