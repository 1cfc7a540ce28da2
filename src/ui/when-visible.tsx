/**
 * Draws its children once their place comes near the screen, and keeps them: a phone that shows
 * the headline figures does not run the map and chart code for parts the reader has not scrolled
 * to. Until then an empty box of the given class holds the place (sized by CSS, so that nothing
 * moves when the content arrives). Where IntersectionObserver is missing, draws at once.
 * `onNear` is called when the place first comes near (to start loading what the children need).
 * `now` draws them at once, wherever the place is (one the reader is about to scroll past while
 * it is drawn would push what follows down under their eyes).
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useInBrowser } from './in-browser';

/** How far below (or above) the screen a place counts as near: drawn just before it scrolls in. */
const NEAR = '200px';

export function WhenVisible({
  placeholder,
  onNear,
  now = false,
  children,
}: {
  placeholder: string;
  onNear?: () => void;
  now?: boolean;
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(now);
  // Asked for later (the first render may not know yet): drawn from then on, and kept.
  if (now && !near) setNear(true);
  // The first render is the same wherever it runs (the build bakes it, the browser hydrates it);
  // a browser without IntersectionObserver draws them from the next render on.
  const inBrowser = useInBrowser();
  const drawn = near || (inBrowser && typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (drawn) onNear?.();
  }, [drawn, onNear]);
  useEffect(() => {
    const element = box.current;
    if (drawn || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        setNear(true);
      },
      { rootMargin: `${NEAR} 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [drawn]);
  return drawn ? children : <div ref={box} className={placeholder} aria-hidden="true" />;
}
