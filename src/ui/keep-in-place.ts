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
    const element = ref.current;
    // To the nearest whole pixel the page can scroll to (scrollBy drops a fraction: each change
    // would leave the control up to a pixel further off, and a few changes add up).
    const correct = (least: number) => {
      const moved = element.getBoundingClientRect().top - top;
      if (Math.abs(moved) >= least) window.scrollTo(window.scrollX, Math.round(window.scrollY + moved));
    };
    correct(1);
    // What the change redraws in a render of its own (the key figures' cards) moves it once more.
    requestAnimationFrame(() => correct(0.5));
  });
  const hold = () => {
    heldAt.current = ref.current?.getBoundingClientRect().top ?? null;
  };
  return { ref, hold };
}
