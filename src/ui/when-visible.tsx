/**
 * Draws its children once their place comes near the screen, and keeps them: a phone that shows
 * the headline figures does not run the map and chart code for parts the reader has not scrolled
 * to. Until then an empty box of the given class holds the place (sized by CSS, so that nothing
 * moves when the content arrives). Where IntersectionObserver is missing, draws at once.
 * `onNear` is called when the place first comes near (to start loading what the children need).
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

/** How far below (or above) the screen a place counts as near: drawn just before it scrolls in. */
const NEAR = '200px';

export function WhenVisible({
  placeholder,
  onNear,
  children,
}: {
  placeholder: string;
  onNear?: () => void;
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (near) onNear?.();
  }, [near, onNear]);
  useEffect(() => {
    const element = box.current;
    if (near || !element) return;
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
  }, [near]);
  return near ? children : <div ref={box} className={placeholder} aria-hidden="true" />;
}
