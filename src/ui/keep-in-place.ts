/**
 * Keeps a control where it is on the screen when what it changes resizes the page above it (on a
 * phone the headline figures stand above the date control: a date whose cards are shorter would
 * pull the control from under the finger). `hold()` before the change notes where the element is;
 * after the commit that follows, the page is scrolled by however far it moved.
 */
import { useLayoutEffect, useRef } from 'react';

export function useKeepInPlace<E extends HTMLElement>() {
  const ref = useRef<E>(null);
  const heldAt = useRef<number | null>(null);
  useLayoutEffect(() => {
    const top = heldAt.current;
    heldAt.current = null;
    if (top === null || !ref.current) return;
    const moved = ref.current.getBoundingClientRect().top - top;
    if (Math.abs(moved) >= 1) window.scrollBy(0, moved);
  });
  const hold = () => {
    heldAt.current = ref.current?.getBoundingClientRect().top ?? null;
  };
  return { ref, hold };
}
