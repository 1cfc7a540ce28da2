/**
 * Lighthouse (mobile) on the Chromium of @sparticuz/chromium, launched headless with only
 * --no-sandbox (that package's own flags are for serverless hosts and would turn off web
 * security). Throttling simulated (Lighthouse's default, what its scores mean) or applied
 * ('devtools': the page really runs at 4× CPU slowdown on slow 4G, so that its own marks are timed
 * as a phone would see them; a simulation only estimates Lighthouse's own metrics).
 */
import chromium from '@sparticuz/chromium';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { TIMING } from '../../src/lib/timing';
import { median } from './median';
import { ACCEPT_RUN_CERTIFICATE } from './serve';

export type Throttling = 'simulate' | 'devtools';

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** The page's mark of its headline figures painted (ms from navigation); NaN where the page sets none. */
  headlinesPainted: number;
}

/** Each field's median over the runs (scores and timings separately, as Lighthouse's docs advise). */
export function medianRun(runs: LighthouseRun[]): LighthouseRun {
  const field = (key: keyof LighthouseRun) => median(runs.map((run) => run[key]));
  return {
    performance: field('performance'),
    accessibility: field('accessibility'),
    bestPractices: field('bestPractices'),
    fcp: field('fcp'),
    lcp: field('lcp'),
    tbt: field('tbt'),
    cls: field('cls'),
    headlinesPainted: field('headlinesPainted'),
  };
}

/** Runs Lighthouse `runs` times on each URL, interleaved so that both see the same machine state. */
export async function lighthouseMedians(
  urls: string[],
  runs: number,
  throttlingMethod: Throttling = 'simulate',
): Promise<LighthouseRun[]> {
  const chromePath = await chromium.executablePath();
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', ACCEPT_RUN_CERTIFICATE],
  });
  try {
    const results: LighthouseRun[][] = urls.map(() => []);
    for (let run = 0; run < runs; run++) {
      for (const [index, url] of urls.entries()) {
        const result = await lighthouse(url, {
          port: chrome.port,
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
          throttlingMethod,
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        const { categories, audits } = result.lhr;
        const score = (id: string) => (categories[id]?.score ?? NaN) * 100;
        const metric = (id: string) => audits[id]?.numericValue ?? NaN;
        const marks = audits['user-timings']?.details;
        const painted =
          marks?.type === 'table'
            ? marks.items.find((item) => item['name'] === TIMING.headlinesPainted)?.['startTime']
            : undefined;
        results[index]?.push({
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          fcp: metric('first-contentful-paint'),
          lcp: metric('largest-contentful-paint'),
          tbt: metric('total-blocking-time'),
          cls: metric('cumulative-layout-shift'),
          headlinesPainted: typeof painted === 'number' ? painted : NaN,
        });
      }
    }
    return results.map(medianRun);
  } finally {
    await chrome.kill();
  }
}
