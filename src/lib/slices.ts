/**
 * Work done a slice at a time, so that no task keeps the page from answering: with thousands of
 * towns, making a ranking takes longer on a slow phone than a task may (50 ms). A job does some of
 * its work, up to a deadline, keeps where it stopped, and says when it is done; whoever runs it
 * (ui/use-slices: the next task, or the browser's idle moments) calls it again until then.
 */

/** Does work until `deadline` (a performance.now() time) or the end; true once all is done. */
export type Job = (deadline: number) => boolean;

/** A job of one unit of work: done in the first call, whatever the deadline. */
export function once(work: () => void): Job {
  let done = false;
  return () => {
    if (!done) work();
    done = true;
    return true;
  };
}

/** Runs the job to its end now, whatever it takes (for whoever needs the result at once). */
export function finish(job: Job): void {
  while (!job(Infinity));
}

/** A job made when it is first run (from what the jobs before it made). */
export function later(make: () => Job): Job {
  let job: Job | undefined;
  return (deadline) => (job ??= make())(deadline);
}

/**
 * The jobs one after the other, as one job: each call goes on with the first not yet done (which
 * always moves on) and the next ones while time is left; true once all are done.
 */
export function inOrder(jobs: readonly Job[]): Job {
  let at = 0;
  return (deadline) => {
    for (let first = true; at < jobs.length; at++, first = false) {
      const job = jobs[at];
      if (!job || (!first && performance.now() >= deadline) || !job(deadline)) return false;
    }
    return true;
  };
}

/** A slice's length: well under a long task (50 ms) on a slow phone. */
export const SLICE_MS = 20;

/** Items gone through between two looks at the clock (a fraction of a millisecond each on a slow phone). */
const PER_LOOK = 64;

/**
 * Calls `each` on the items from `state.next` on, until the deadline (at least a few, so that it
 * always moves on); true when it has reached the end. `state.next` is where the next call goes on.
 */
export function loopUntil<T>(
  items: readonly T[],
  state: { next: number },
  deadline: number,
  each: (item: T) => void,
  /** Fewer for items that take longer each. */
  perLook = PER_LOOK,
): boolean {
  while (state.next < items.length) {
    const end = Math.min(items.length, state.next + perLook);
    for (; state.next < end; state.next++) each(items[state.next] as T);
    if (state.next < items.length && performance.now() >= deadline) return false;
  }
  return true;
}

/**
 * Runs the job in tasks of its own, a slice each (a message to itself: no timer's minimum delay),
 * from the next task on; `done` is called once it is finished. Returns what stops it.
 */
export function runInSlices(job: Job, done: () => void = () => undefined): () => void {
  const channel = new MessageChannel();
  let stopped = false;
  const stop = () => {
    stopped = true;
    channel.port1.close();
  };
  channel.port1.onmessage = () => {
    if (stopped) return;
    if (!job(performance.now() + SLICE_MS)) channel.port2.postMessage(null);
    else {
      stop();
      done();
    }
  };
  channel.port2.postMessage(null);
  return stop;
}

/** Items sorted at once before the sorted runs are merged (a few milliseconds on a slow phone). */
const RUN = 256;

/**
 * Sorts a copy of `items` a part at a time: runs of RUN items sorted at once, then merged pairwise
 * a few hundred items between two looks at the clock. A stable merge sort, so the order is the one
 * `Array.prototype.sort` gives (equal items keep their order); `done` gets the sorted copy.
 */
export function sortJob<T>(items: readonly T[], compare: (a: T, b: T) => number, done: (sorted: T[]) => void): Job {
  const count = items.length;
  let from = [...items];
  let to = [...items];
  const runStarts = Array.from({ length: Math.ceil(count / RUN) }, (_, run) => run * RUN);
  const sortedRuns = { next: 0 };
  const sortRun = (start: number) => {
    const run = from.slice(start, start + RUN).sort(compare);
    for (let at = 0; at < run.length; at++) from[start + at] = run[at] as T;
  };
  // The merge: runs of `width` merged in pairs from `start`; `left`, `right` and `out` are where the pair is at.
  let width = RUN;
  let start = 0;
  let merging = false;
  let left = 0;
  let middle = 0;
  let right = 0;
  let end = 0;
  let out = 0;
  const merge: Job = (deadline) => {
    while (width < count) {
      if (!merging) {
        if (start >= count) {
          [from, to] = [to, from];
          width *= 2;
          start = 0;
          continue;
        }
        middle = Math.min(start + width, count);
        end = Math.min(start + 2 * width, count);
        left = start;
        right = middle;
        out = start;
        merging = true;
      }
      const stop = Math.min(end, out + RUN);
      while (out < stop) {
        const a = from[left] as T;
        const b = from[right] as T;
        // The left one first when equal: stable.
        if (left < middle && (right >= end || compare(a, b) <= 0)) {
          to[out++] = a;
          left++;
        } else {
          to[out++] = b;
          right++;
        }
      }
      if (out === end) {
        merging = false;
        start = end;
      }
      if (performance.now() >= deadline) return false;
    }
    return true;
  };
  return inOrder([
    // A run takes a few hundred comparisons: a few runs between two looks at the clock.
    (deadline) => loopUntil(runStarts, sortedRuns, deadline, sortRun, 4),
    merge,
    once(() => done(from)),
  ]);
}
