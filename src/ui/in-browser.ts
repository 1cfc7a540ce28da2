import { useSyncExternalStore } from 'react';

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
