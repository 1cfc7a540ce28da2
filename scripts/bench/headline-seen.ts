/**
 * "Headline seen": when the first headline figure is on screen, on a phone as Lighthouse throttles
 * one (4× CPU, 562.5 ms round trip, 1.47 Mbit/s down, 0.68 up: its "devtools" throttling of slow
 * 4G), beside a static HTML page's first paint measured in the same run. The page marks its
 * headline values for the browser's Element Timing (`elementtiming`, src/lib/timing.ts), which
 * times their paint whether a script has run or not (a page baked at build paints them with its
 * HTML; a page built before that is timed by the app's mark of them painted); the static page (static/index.html: a heading and a line, no script, no style sheet) is
 * timed by its first contentful paint. Each run in a new browser context, nothing cached.
 */
import chromium from '@sparticuz/chromium';
import { chromium as playwright } from '@playwright/test';
import { TIMING } from '../../src/lib/timing';
import { median } from './median';

const KBIT = 1024 / 8;
const THROTTLING = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: 1638.4 * 0.9 * KBIT,
  uploadThroughput: 750 * 0.9 * KBIT,
};
const CPU_SLOWDOWN = 4;

export interface SeenTimes {
  /** The first headline value painted (Element Timing), ms from navigation; NaN where none. */
  seen: number;
  /** The first contentful paint, ms from navigation. */
  fcp: number;
}

/** In the page: the earliest paint of an element marked `elementtiming` for the headline, and FCP. */
const READ = `new Promise((resolve) => {
  const fcp = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
  let given = false;
  const give = (seen) => {
    if (given) return;
    given = true;
    const wait = () => (Number.isNaN(fcp()) ? requestAnimationFrame(wait) : resolve({ seen, fcp: fcp() }));
    wait();
  };
  new PerformanceObserver((list) => {
    const entry = list.getEntries().find((e) => e.identifier === ${JSON.stringify(TIMING.headlineSeen)});
    if (entry) give(entry.renderTime || entry.loadTime);
  }).observe({ type: 'element', buffered: true });
  // A page without the attribute (one built before it) is timed by the app's own mark.
  new PerformanceObserver((list) => {
    const mark = list.getEntries().find((e) => e.name === ${JSON.stringify(TIMING.headlinesPainted)});
    if (mark) give(mark.startTime);
  }).observe({ type: 'mark', buffered: true });
  setTimeout(() => give(NaN), 60000);
})`;

/** Medians over `runs` of each URL's times, the URLs taken in turn so that each sees the same machine. */
export async function headlineSeen(urls: readonly string[], runs: number): Promise<SeenTimes[]> {
  const executablePath = await chromium.executablePath();
  const browser = await playwright.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    const results: SeenTimes[][] = urls.map(() => []);
    for (let run = 0; run < runs; run++) {
      for (const [index, url] of urls.entries()) {
        const context = await browser.newContext({
          viewport: { width: 412, height: 823 },
          isMobile: true,
          ignoreHTTPSErrors: true,
        });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await cdp.send('Network.emulateNetworkConditions', THROTTLING);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
        await page.goto(url, { waitUntil: 'commit' });
        results[index]?.push((await page.evaluate(READ)) as SeenTimes);
        await context.close();
      }
    }
    return results.map((times) => ({
      seen: median(times.map((t) => t.seen)),
      fcp: median(times.map((t) => t.fcp)),
    }));
  } finally {
    await browser.close();
  }
}
