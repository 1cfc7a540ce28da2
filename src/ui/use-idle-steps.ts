/**
 * Work done ahead in the browser's idle moments, one step at a time, so that a later choice
 * finds its result made (the rankings and county sums of the indicators not shown yet: the
 * dataset's index keeps them). New steps (a new memoised list) stop the old ones.
 */
import { useEffect } from 'react';

/** Runs `step` when the browser is idle (or soon, where it cannot tell). */
const whenIdle = (step: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(step, { timeout: 2000 }) : setTimeout(step, 50);

/** Runs the steps in idle moments, in order, one per idle callback. `steps` must be memoised. */
export function useIdleSteps(steps: readonly (() => void)[]): void {
  useEffect(() => {
    let stopped = false;
    const queue = [...steps];
    const next = () => {
      const step = queue.shift();
      if (stopped || step === undefined) return;
      step();
      whenIdle(next);
    };
    whenIdle(next);
    return () => {
      stopped = true;
    };
  }, [steps]);
}
