/**
 * Load and interaction times measured in the browser (Playwright driving the Chromium of
 * @sparticuz/chromium). Each time runs from the reader's action to the first frame painted after
 * the page shows the answer, detected by the page's own signals (no sleeps, no polling delays):
 * - load: navigation start to the headline figures, then (scrolling through the page at once, as
 *   the map and charts are drawn when scrolled near) to the map's towns and all three charts drawn;
 * - indicator: choosing another indicator to the map (data-indicator) and the ranking chart
 *   (its caption and data-rendered) showing it: right after the load, and again once the page has
 *   made every indicator's ranking ahead in idle moments (as after a reader's first look);
 * - town: choosing a town among the search results to its profile's head (name and facts) showing,
 *   and to the whole profile (its details follow in a deferred render).
 */
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Page } from '@playwright/test';
import { TIMING } from '../../src/lib/timing';
import { median } from './median';

export interface InteractionTimes {
  headlines: number;
  /** The app taking over the page (baked at build: hydrated, or drawn afresh; app/boot.tsx). */
  live: number;
  /** The page's own mark: the headline figures painted (timing.ts). */
  headlinesPainted: number;
  map: number;
  charts: number;
  /** Main-thread tasks over 50 ms from navigation to the charts drawn: how many, and the longest. */
  loadLongTasks: LongTasks;
  /** A new indicator chosen once the page has made every indicator's ranking ahead (its mark). */
  indicator: number;
  /** A new indicator chosen right after the load, before that. */
  indicatorEarly: number;
  /** Where an indicator change's time goes: the page's own measures (timing.ts), summed per change. */
  indicatorSplit: Record<SplitPart, number>;
  indicatorLongTasks: LongTasks;
  /** To the profile's head (name and facts): the answer to the choice. */
  town: number;
  /** To the whole profile (its details follow the head in a deferred render). */
  townWhole: number;
  /** Main-thread tasks over 50 ms from the choice to the whole profile. */
  townLongTasks: LongTasks;
}

export interface LongTasks {
  count: number;
  longest: number;
}

/** The parts of an indicator change the page measures, in the order they happen. */
export const SPLIT_PARTS = ['ranking', 'countyGrouping', 'reactRender', 'chartDraw', 'mapRestyle'] as const;
export type SplitPart = (typeof SPLIT_PARTS)[number];

export interface InteractionOptions {
  /** Chrome DevTools' CPU slowdown (4 is Lighthouse's mid-range phone). */
  cpuSlowdown: number;
  /** Each interaction is repeated this many times; the median is reported. */
  repeats: number;
}

/**
 * Times, in the page, from `act` to the frame after each of `readies` first holds (in the order
 * given: a later one is awaited after the earlier). Each is source text, evaluated as one
 * expression by DevTools (the page's CSP forbids eval inside the page).
 */
async function timeInPage(
  page: Page,
  act: string,
  ...readies: [string, ...string[]]
): Promise<{ start: number; elapsed: [number, ...number[]] }> {
  const checks = readies.map((ready) => `() => Boolean(${ready})`).join(', ');
  const { start, elapsed } = (await page.evaluate(`new Promise((resolve) => {
    const readies = [${checks}];
    const elapsed = [];
    let start = 0;
    let next = 0;
    const check = () => {
      while (next < readies.length && readies[next]()) {
        const at = next++;
        // The frame that shows it: after the next animation frame has been painted.
        requestAnimationFrame(() => setTimeout(() => {
          elapsed[at] = performance.now() - start;
          if (elapsed.filter((e) => e !== undefined).length === readies.length) resolve({ start, elapsed });
        }));
      }
      if (next === readies.length) observer.disconnect();
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    start = performance.now();
    ${act}
    check();
  })`)) as { start: number; elapsed: number[] };
  const [first, ...rest] = elapsed;
  if (first === undefined) throw new Error('nothing timed');
  return { start, elapsed: [first, ...rest] };
}

/** Navigation start to the first frame in which `ready` holds (checked at every frame). */
function timeToReady(page: Page, ready: string): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const tick = () => (${ready}) ? resolve(performance.now()) : requestAnimationFrame(tick);
    tick();
  })`);
}

/** Counts long tasks from the page's first script on (the observer is set up before the page's own scripts). */
const OBSERVE_LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });`;

/** The long tasks that started between `from` and `to` (page times). */
async function longTasks(page: Page, from: number, to: number): Promise<LongTasks> {
  const tasks = (await page.evaluate(
    `window.__longTasks.filter((t) => t.start >= ${from} && t.start <= ${to}).map((t) => t.duration)`,
  )) as number[];
  return { count: tasks.length, longest: Math.max(0, ...tasks) };
}

/** The page's own measures (timing.ts) made between `from` and `to` (the change and its answer), summed by part. */
async function split(page: Page, from: number, to: number): Promise<Record<SplitPart, number>> {
  const names = Object.fromEntries(SPLIT_PARTS.map((part) => [TIMING[part], part]));
  const measures = (await page.evaluate(
    `performance.getEntriesByType('measure').filter((m) => m.startTime >= ${from - 1} && m.startTime + m.duration <= ${to + 1}).map((m) => [m.name, m.duration])`,
  )) as [string, number][];
  const sums = Object.fromEntries(SPLIT_PARTS.map((part) => [part, 0])) as Record<SplitPart, number>;
  for (const [name, duration] of measures) {
    const part = names[name];
    if (part) sums[part] += duration;
  }
  return sums;
}

const CHARTS_READY = `document.querySelectorAll('.echart[data-rendered]').length === 3`;
const HEADLINES_READY = `document.querySelector('.headlines .headline')`;
const LIVE = `document.querySelector('#root[data-live]')`;
const MAP_READY = `document.querySelector('.town-map[data-indicator] .leaflet-marker-pane > *')`;

/** Chooses `indicator` in the picker; times it to the map and the ranking chart showing it. */
async function changeIndicator(
  page: Page,
  indicator: { id: string; name: string } | undefined,
): Promise<{ start: number; elapsed: number }> {
  if (!indicator) throw new Error('no indicators to choose');
  const caption = JSON.stringify(`专业镇排名：${indicator.name}`);
  const change = await timeInPage(
    page,
    `const select = document.querySelector('.picker select');
       select.value = ${JSON.stringify(indicator.id)};
       select.dispatchEvent(new Event('change', { bubbles: true }));`,
    `document.querySelector('.town-map[data-indicator=${JSON.stringify(indicator.id)}]') &&
       [...document.querySelectorAll('figure.chart-frame')].some((f) =>
         f.querySelector('figcaption')?.textContent === ${caption} && f.querySelector('.echart[data-rendered]'))`,
  );
  return { start: change.start, elapsed: change.elapsed[0] };
}

/** Waits for the page's mark `name` (timing.ts), checked at every frame. */
function waitForMark(page: Page, name: string): Promise<unknown> {
  return page.evaluate(`new Promise((resolve) => {
    const tick = () => performance.getEntriesByName(${JSON.stringify(name)}, 'mark').length > 0 ? resolve(true) : requestAnimationFrame(tick);
    tick();
  })`);
}

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
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, ignoreHTTPSErrors: true });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuSlowdown });
    await page.addInitScript(OBSERVE_LONG_TASKS);
    const loads: Pick<
      InteractionTimes,
      'headlines' | 'live' | 'headlinesPainted' | 'map' | 'charts' | 'loadLongTasks'
    >[] = [];
    const indicatorTimes: number[] = [];
    const earlyIndicatorTimes: number[] = [];
    const splits: Record<SplitPart, number>[] = [];
    const indicatorLongTasks: LongTasks[] = [];
    const townTimes: number[] = [];
    const townWholeTimes: number[] = [];
    const townLongTasks: LongTasks[] = [];
    for (let run = 0; run < options.repeats; run++) {
      await page.goto(`${origin}/`, { waitUntil: 'commit' });
      const headlines = await timeToReady(page, HEADLINES_READY);
      const live = await timeToReady(page, LIVE);
      // The map and charts are drawn when scrolled near: scroll through the page as a reader would
      // (a frame at each panel, staying while it says it is loading, at most 30 s), then back up.
      await page.evaluate(`(async () => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        for (const panel of document.querySelectorAll('main .panel')) {
          panel.scrollIntoView();
          await frame();
          const until = performance.now() + 30000;
          if (!panel.querySelector('.loading')) continue;
          while (panel.querySelector('.loading') && performance.now() < until) await frame();
          await frame();
        }
        window.scrollTo(0, 0);
      })()`);
      const map = await timeToReady(page, MAP_READY);
      const charts = await timeToReady(page, CHARTS_READY);
      const headlinesPainted = (await page.evaluate(
        `performance.getEntriesByName(${JSON.stringify(TIMING.headlinesPainted)}, 'mark')[0]?.startTime ?? NaN`,
      )) as number;
      loads.push({ headlines, live, headlinesPainted, map, charts, loadLongTasks: await longTasks(page, 0, charts) });

      // Another indicator each time: right after the load (before the page has made the other
      // indicators' rankings ahead), then, once it has (its mark), another one.
      const early = await changeIndicator(page, indicators[(run + 1) % indicators.length]);
      earlyIndicatorTimes.push(early.elapsed);
      await waitForMark(page, TIMING.indicatorsPrepared);
      const change = await changeIndicator(page, indicators[(run + 2) % indicators.length]);
      indicatorTimes.push(change.elapsed);
      splits.push(await split(page, change.start, change.start + change.elapsed));
      indicatorLongTasks.push(await longTasks(page, change.start, change.start + change.elapsed));

      // Find the town, then time the choice itself.
      await page.getByRole('searchbox').fill(town.name);
      const result = page.getByRole('list', { name: '查找结果' }).getByRole('button', { name: town.name, exact: true });
      await result.waitFor();
      const name = JSON.stringify(town.name);
      const choice = await timeInPage(
        page,
        `[...document.querySelectorAll('.search-results button')].find((b) => b.textContent === ${name}).click();`,
        `document.querySelector('#profile-title')?.textContent === ${name} &&
           document.querySelector('.panel-profile .profile-facts')`,
        `document.querySelector('.panel-profile .profile-details')`,
      );
      const [head, whole = NaN] = choice.elapsed;
      townTimes.push(head);
      townWholeTimes.push(whole);
      townLongTasks.push(await longTasks(page, choice.start, choice.start + whole));
    }
    const medianTasks = (list: LongTasks[]): LongTasks => ({
      count: median(list.map((l) => l.count)),
      longest: median(list.map((l) => l.longest)),
    });
    return {
      headlines: median(loads.map((l) => l.headlines)),
      live: median(loads.map((l) => l.live)),
      headlinesPainted: median(loads.map((l) => l.headlinesPainted)),
      map: median(loads.map((l) => l.map)),
      charts: median(loads.map((l) => l.charts)),
      loadLongTasks: medianTasks(loads.map((l) => l.loadLongTasks)),
      indicator: median(indicatorTimes),
      indicatorEarly: median(earlyIndicatorTimes),
      indicatorSplit: Object.fromEntries(
        SPLIT_PARTS.map((part) => [part, median(splits.map((s) => s[part]))]),
      ) as Record<SplitPart, number>,
      indicatorLongTasks: medianTasks(indicatorLongTasks),
      town: median(townTimes),
      townWhole: median(townWholeTimes),
      townLongTasks: medianTasks(townLongTasks),
    };
  } finally {
    await browser.close();
  }
}
