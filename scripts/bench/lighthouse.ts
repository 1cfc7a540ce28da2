/**
 * Lighthouse with its defaults (mobile, simulated throttling) on the Chromium of
 * @sparticuz/chromium, launched headless with only --no-sandbox (that package's own flags are
 * for serverless hosts and would turn off web security).
 */
import chromium from '@sparticuz/chromium';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};

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
  };
}

/** Runs Lighthouse `runs` times on each URL, interleaved so that both see the same machine state. */
export async function lighthouseMedians(urls: string[], runs: number): Promise<LighthouseRun[]> {
  const chromePath = await chromium.executablePath();
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox'] });
  try {
    const results: LighthouseRun[][] = urls.map(() => []);
    for (let run = 0; run < runs; run++) {
      for (const [index, url] of urls.entries()) {
        const result = await lighthouse(url, {
          port: chrome.port,
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        const { categories, audits } = result.lhr;
        const score = (id: string) => (categories[id]?.score ?? NaN) * 100;
        const metric = (id: string) => audits[id]?.numericValue ?? NaN;
        results[index]?.push({
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          fcp: metric('first-contentful-paint'),
          lcp: metric('largest-contentful-paint'),
          tbt: metric('total-blocking-time'),
          cls: metric('cumulative-layout-shift'),
        });
      }
    }
    return results.map(medianRun);
  } finally {
    await chrome.kill();
  }
}
