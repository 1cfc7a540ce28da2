/**
 * Giving the page its turn during long work, with the browser's own scheduling: the browser's idle
 * moments for work done ahead (idle), and scheduler.yield between the parts of work that a reader
 * waits for (yieldToPage), so that no task keeps the page from answering for long.
 */

/** Resolves in the browser's next idle moment (or soon, where it cannot tell). */
export function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 50);
  });
}

/** The browser's scheduler, where it has one (Chromium 129 and later; not yet in TypeScript's DOM types). */
interface Scheduler {
  yield(): Promise<void>;
}

/**
 * Lets the page answer input and paint, then goes on: scheduler.yield, whose continuation keeps its
 * place ahead of other tasks, or a new task where the browser lacks it.
 */
export function yieldToPage(): Promise<void> {
  const scheduler: Scheduler | undefined = Reflect.get(globalThis, 'scheduler');
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** How long work may go on before it yields (well under a 50 ms long task on a slow phone). */
export const TURN_MS = 20;

/**
 * A clock for long work: `due()` says whether TURN_MS have passed since the work began or last
 * yielded (then yield, and call `restart()`). Work that is done sooner never yields, so it stays
 * synchronous.
 */
export function turnClock(): { due: () => boolean; restart: () => void } {
  let start = performance.now();
  return {
    due: () => performance.now() - start >= TURN_MS,
    restart: () => (start = performance.now()),
  };
}
