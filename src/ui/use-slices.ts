/**
 * Jobs done a slice at a time (see slices) from React: so that no task keeps the page from
 * answering, however many towns there are.
 * - useMadeInSlices: what a panel needs before it can draw (the current indicator's ranking): a
 *   small dataset's is made in the render itself, a large one's in the tasks that follow;
 * - useWhenMade: the same, showing the last view whose work was done until the new one's is;
 * - useIdleSteps: work done ahead in the browser's idle moments (the other indicators').
 */
import { startTransition, useEffect, useMemo, useState } from 'react';
import { inOrder, runInSlices, SLICE_MS, type Job } from '../lib/slices';

/** Work done in the render itself: all of it with a small dataset, so nothing waits a frame for it. */
const IN_RENDER_MS = 4;

/** Whether `jobs` (memoised) are done; the component renders again when they are. */
export function useMadeInSlices(jobs: readonly Job[]): boolean {
  const job = useMemo(() => inOrder(jobs), [jobs]);
  // Time-bound work in the render: what it makes is kept outside React (the dataset's index), and a
  // render that finds it unfinished only shows the last view for longer (the effect goes on with it).
  // eslint-disable-next-line react-hooks/purity -- see above: the outcome only decides how soon it shows
  const done = job(performance.now() + IN_RENDER_MS);
  const [, setFinished] = useState<readonly Job[]>();
  useEffect(() => {
    if (done) return;
    // The panel drawn with what was made: a transition, which React renders in slices too.
    return runInSlices(job, () => startTransition(() => setFinished(jobs)));
  }, [job, jobs, done]);
  return done;
}

/**
 * `value` once its `jobs` are done; until then the last value whose jobs were (null before the
 * first), and `busy`. A panel keeps showing the last indicator while the next one's ranking is made.
 */
export function useWhenMade<T>(value: T, jobs: readonly Job[]): { shown: T | null; busy: boolean } {
  const done = useMadeInSlices(jobs);
  const [last, setLast] = useState<T | null>(null);
  if (done && last !== value) setLast(value);
  return { shown: done ? value : last, busy: !done };
}

/** Runs `step` when the browser is idle (or soon, where it cannot tell), with the time it may take. */
const whenIdle = (step: (deadline: number) => void) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback((idle) => step(performance.now() + Math.min(SLICE_MS, idle.timeRemaining())), {
        timeout: 2000,
      })
    : setTimeout(() => step(performance.now() + SLICE_MS), 50);

/**
 * Runs the jobs in the browser's idle moments, in order, a slice per idle callback, so that a
 * later choice finds its result made (the dataset's index keeps it). `jobs` must be memoised; new
 * ones stop the old.
 */
export function useIdleSteps(jobs: readonly Job[]): void {
  useEffect(() => {
    let stopped = false;
    const job = inOrder(jobs);
    const next = (deadline: number) => {
      if (stopped || job(deadline)) return;
      whenIdle(next);
    };
    whenIdle(next);
    return () => {
      stopped = true;
    };
  }, [jobs]);
}
