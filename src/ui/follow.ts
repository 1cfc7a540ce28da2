import type { MouseEvent } from 'react';

/**
 * A link the app follows itself, by changing the view: its address is there for a new tab, a
 * copy or a reader without the app; a plain click (no modifier key) stays in the page.
 */
export const follow = (go: () => void) => (event: MouseEvent) => {
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
  event.preventDefault();
  go();
};
