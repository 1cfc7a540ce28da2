import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False where the page is baked at build (src/bake) and in the browser's first render that
 * hydrates it, true from the next render on (and at once in a page React draws afresh): for what
 * only a browser can draw (a portal into <body>, the page's own address), so that the first
 * render matches the baked markup.
 */
export function useInBrowser(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}

/**
 * As useInBrowser, for a large part that the baked page leaves out: after hydration it turns true
 * in a transition, so that React draws the part in slices between which the page answers a tap
 * (rather than in one task, as the render that follows hydration is).
 */
export function useInBrowserSoon(): boolean {
  const inBrowser = useInBrowser();
  const [soon, setSoon] = useState(inBrowser);
  useEffect(() => {
    if (inBrowser && !soon) startTransition(() => setSoon(true));
  }, [inBrowser, soon]);
  return soon;
}
