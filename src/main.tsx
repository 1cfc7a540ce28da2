/**
 * The entry. index.html already carries the page's first view (baked at build, src/bake) and the
 * style its markup uses; nothing else is downloaded until the browser has painted it, so that a
 * slow phone shows the figures first instead of sharing its connection with the app's scripts and
 * data. Then, at once: the first view's data files (data-url: askForFirstView), the data worker
 * (data/worker-start), the whole style sheet (app/whole-style) and the app (React, the data loader,
 * the panels), which takes the page over.
 */
import './app/app.css';
import { loadWholeStyle } from './app/whole-style';
import { askForFirstView } from './data/loading/data-url';
import { startDataWorkerEarly } from './data/loading/worker-start';

/** How long to wait for a first paint that does not come (a tab opened in the background paints nothing). */
const PAINT_PATIENCE_MS = 1000;

/**
 * Calls `then` once the page's first contentful paint is on screen (its entry is written when the
 * frame is presented, after the frame's own task, which is when requestAnimationFrame's callbacks
 * run), or after PAINT_PATIENCE_MS. Without paint timing: after the next frame.
 */
function afterFirstPaint(then: () => void): void {
  let called = false;
  const once = () => {
    if (called) return;
    called = true;
    then();
  };
  if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes.includes('paint')) {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      once();
    }).observe({ type: 'paint', buffered: true });
    setTimeout(once, PAINT_PATIENCE_MS);
  } else {
    requestAnimationFrame(() => setTimeout(once));
    setTimeout(once, 250);
  }
}

afterFirstPaint(() => {
  askForFirstView();
  void loadWholeStyle();
  void import('./app/boot');
  // The data worker's script downloads while the app's do; made in a task of its own (making a
  // worker takes a slow phone's main thread some 40 ms).
  setTimeout(startDataWorkerEarly);
});
