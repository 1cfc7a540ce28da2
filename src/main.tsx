/**
 * The entry. index.html already carries the page's header (prerendered at build) and the styles;
 * the app (React, the data loader, the panels) is imported only after the browser has painted that
 * header, so that a slow phone shows the page's title and purpose first instead of a blank screen
 * while it downloads and runs the scripts. The data worker is started at once (data/worker-start).
 */
import './app/app.css';
import { startDataWorkerEarly } from './data/loading/worker-start';

// The data worker's script downloads while the app's do (index.html already asks for the data).
startDataWorkerEarly();

let started = false;
const start = () => {
  if (started) return;
  started = true;
  void import('./app/boot');
};
// After the next frame is painted; a background tab paints no frames, hence the timer too.
requestAnimationFrame(() => setTimeout(start));
setTimeout(start, 250);
