/**
 * The data worker (data.worker.ts) made early: the entry starts it before the app's scripts load,
 * so that its script (with zod) downloads alongside them and it is ready when the first data file
 * arrives. Kept apart from parse-off-thread so that the entry carries only this.
 */
/** A new data worker (the Data page's checks make their own, to stop them by ending it). */
export const createDataWorker = () => new Worker(new URL('./data.worker.ts', import.meta.url), { type: 'module' });

let early: Worker | null = null;
let earlyFailed = false;

/** Starts the data worker now, if the browser has workers. */
export function startDataWorkerEarly(): void {
  if (early || typeof Worker === 'undefined') return;
  early = createDataWorker();
  // A worker whose script failed before anyone listened is not handed on.
  early.addEventListener('error', () => (earlyFailed = true), { once: true });
}

/** A data worker: the one started early if it is still well and not yet taken, else a new one. */
export function newDataWorker(): Worker {
  const started = early;
  early = null;
  if (started && !earlyFailed) return started;
  started?.terminate();
  return createDataWorker();
}
