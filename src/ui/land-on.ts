/**
 * Scrolls an element to the top of the window and keeps it there while the page above it
 * settles (panels drawn when they come near the screen change height), until the reader scrolls,
 * taps or types, or a short while has passed. Without it, a link that opens a town would land on
 * its profile and then see it pushed down by the map drawn above it.
 */
const SETTLE_MS = 2500;
const READER_ACTS = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

export function landOn(element: Element): () => void {
  const place = () => element.scrollIntoView({ block: 'start' });
  place();
  // The key press or tap that chose the place may still be on its way up to the window: an event
  // made before now is not the reader moving away. (Listening from the next frame instead missed
  // a reader who scrolled while a long task held that frame back.)
  const since = performance.now();
  let done = false;
  const observer = new ResizeObserver(() => {
    if (!done) place();
  });
  const act = (event: Event) => {
    if (event.timeStamp >= since) stop();
  };
  const stop = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    for (const type of READER_ACTS) window.removeEventListener(type, act);
  };
  observer.observe(document.body);
  for (const type of READER_ACTS) window.addEventListener(type, act, { passive: true });
  const timer = setTimeout(stop, SETTLE_MS);
  return stop;
}

/** Lands on a dashboard panel by its id (its heading, `<id>-title`, see ui/panel); nothing when it is not drawn. */
export function landOnPanel(id: string): (() => void) | undefined {
  const heading = document.getElementById(`${id}-title`);
  return heading ? landOn(heading) : undefined;
}
