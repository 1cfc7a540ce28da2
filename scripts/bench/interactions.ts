/**
 * Load and interaction times measured in the browser (Playwright driving the Chromium of
 * @sparticuz/chromium). Each time runs from the reader's action to the first frame painted after
 * the page shows the answer, detected by the page's own signals (no sleeps, no polling delays):
 * - load: navigation start to the headline figures, then (scrolling through the page at once, as
 *   the map and charts are drawn when scrolled near) to the map's towns and all three charts drawn;
 * - indicator: choosing another indicator to the map (data-indicator) and the ranking chart
 *   (its caption and data-rendered) showing it;
 * - town: choosing a town among the search results to its profile showing.
 */
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Page } from '@playwright/test';

export interface InteractionTimes {
  headlines: number;
  map: number;
  charts: number;
  indicator: number;
  town: number;
}

export interface InteractionOptions {
  /** Chrome DevTools' CPU slowdown (4 is Lighthouse's mid-range phone). */
  cpuSlowdown: number;
  /** Each interaction is repeated this many times; the median is reported. */
  repeats: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

/**
 * Times, in the page, from `act` to the frame after `ready` first holds. Both are source text,
 * evaluated as one expression by DevTools (the page's CSP forbids eval inside the page).
 */
function timeInPage(page: Page, act: string, ready: string): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const isReady = () => Boolean(${ready});
    let start = 0;
    const check = () => {
      if (!isReady()) return;
      observer.disconnect();
      // The frame that shows the change: after the next animation frame has been painted.
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    start = performance.now();
    ${act}
    check();
  })`);
}

/** Navigation start to the first frame in which `ready` holds (checked at every frame). */
function timeToReady(page: Page, ready: string): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const tick = () => (${ready}) ? resolve(performance.now()) : requestAnimationFrame(tick);
    tick();
  })`);
}

const CHARTS_READY = `document.querySelectorAll('.echart[data-rendered]').length === 3`;
const HEADLINES_READY = `document.querySelector('.headlines .headline')`;
const MAP_READY = `document.querySelector('.town-map[data-indicator] .leaflet-marker-pane > *')`;

/** Measures one build (served at `origin`) with the data it serves. */
export async function measureInteractions(
  origin: string,
  indicators: { id: string; name: string }[],
  town: { name: string },
  options: InteractionOptions,
): Promise<InteractionTimes> {
  const executablePath = await chromium.executablePath();
  const browser = await playwright.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuSlowdown });
    const loads: Pick<InteractionTimes, 'headlines' | 'map' | 'charts'>[] = [];
    const indicatorTimes: number[] = [];
    const townTimes: number[] = [];
    for (let run = 0; run < options.repeats; run++) {
      await page.goto(`${origin}/`, { waitUntil: 'commit' });
      const headlines = await timeToReady(page, HEADLINES_READY);
      // The map and charts are drawn when scrolled near: scroll through the page as a reader would
      // (a frame at each panel), then back up.
      await page.evaluate(`(async () => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        for (const panel of document.querySelectorAll('main .panel')) {
          panel.scrollIntoView();
          await frame();
        }
        window.scrollTo(0, 0);
      })()`);
      const map = await timeToReady(page, MAP_READY);
      const charts = await timeToReady(page, CHARTS_READY);
      loads.push({ headlines, map, charts });

      // Another indicator each time: the next one after the one shown.
      const indicator = indicators[(run + 1) % indicators.length];
      if (!indicator) throw new Error('no indicators to choose');
      const caption = JSON.stringify(`专业镇排名：${indicator.name}`);
      indicatorTimes.push(
        await timeInPage(
          page,
          `const select = document.querySelector('.picker select');
           select.value = ${JSON.stringify(indicator.id)};
           select.dispatchEvent(new Event('change', { bubbles: true }));`,
          `document.querySelector('.town-map[data-indicator=${JSON.stringify(indicator.id)}]') &&
           [...document.querySelectorAll('figure.chart-frame')].some((f) =>
             f.querySelector('figcaption')?.textContent === ${caption} && f.querySelector('.echart[data-rendered]'))`,
        ),
      );

      // Find the town, then time the choice itself.
      await page.getByRole('searchbox').fill(town.name);
      const result = page.getByRole('list', { name: '查找结果' }).getByRole('button', { name: town.name, exact: true });
      await result.waitFor();
      const name = JSON.stringify(town.name);
      townTimes.push(
        await timeInPage(
          page,
          `[...document.querySelectorAll('.search-results button')].find((b) => b.textContent === ${name}).click();`,
          `document.querySelector('#profile-title')?.textContent === ${name} &&
           document.querySelector('.panel-profile .profile-facts')`,
        ),
      );
    }
    return {
      headlines: median(loads.map((l) => l.headlines)),
      map: median(loads.map((l) => l.map)),
      charts: median(loads.map((l) => l.charts)),
      indicator: median(indicatorTimes),
      town: median(townTimes),
    };
  } finally {
    await browser.close();
  }
}
