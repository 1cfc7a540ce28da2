/// <reference lib="webworker" />
/**
 * The Data page's checks, off the main thread: the page posts the files' bytes (transferred, not
 * copied) and the published data; the worker answers with progress, then the result. Cancelling
 * is the page terminating the worker.
 */
import { checkFiles } from '../../data/check-files';
import type { CheckRequest, CheckResponse } from './check-messages';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: CheckResponse) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { files, published } = event.data;
  checkFiles(files, published, (progress) => reply({ type: 'progress', progress }))
    .then((result) => reply({ type: 'done', result }))
    .catch((error: unknown) =>
      reply({ type: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
};
