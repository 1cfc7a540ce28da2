/**
 * The data worker (data.worker.ts) made early: the entry starts it as it asks for the app's scripts,
 * so that its script downloads alongside them, and it asks at once for the first view's large
 * files. Kept apart from load-off-thread so that the entry carries only this.
 */
import { dataUrl, preloaded } from './data-url';
import { FIRST_VIEW } from '../format/files';
import type { PrefetchRequest } from './worker-messages';

/** A new data worker (the Data page's checks make their own, to stop them by ending it). */
export const createDataWorker = () =>
  new Worker(new URL('./worker/data.worker.ts', import.meta.url), { type: 'module' });

let early: Worker | null = null;
let earlyFailed = false;

/**
 * Starts the data worker now, if the browser has workers, and has it fetch the first view's files
 * that the page does not ask for itself (the large ones: data-url, askForFirstView).
 */
export function startDataWorkerEarly(): void {
  if (early || typeof Worker === 'undefined') return;
  early = createDataWorker();
  // A worker whose script failed before anyone listened is not handed on.
  early.addEventListener('error', () => (earlyFailed = true), { once: true });
  const urls = FIRST_VIEW.filter((key) => !preloaded(key)).map(dataUrl);
  const request: PrefetchRequest = { type: 'prefetch', urls };
  if (urls.length > 0) early.postMessage(request);
}

/** A data worker: the one started early if it is still well and not yet taken, else a new one. */
export function newDataWorker(): Worker {
  const started = early;
  early = null;
  if (started && !earlyFailed) return started;
  started?.terminate();
  return createDataWorker();
}
