/**
 * The map and the charts are drawn when the reader scrolls near them (src/ui/when-visible.tsx).
 * Tests that need them drawn scroll there, as a reader would, and wait for ECharts' signal.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Scrolls through the whole page a screen at a time with the mouse wheel, as a reader would, then
 * waits until `charts` charts are drawn. A wheel, not a script's scroll: a link that lands on a
 * panel keeps it in place while the page settles until the reader acts (src/ui/land-on.ts), and
 * would pull a script's scroll back. That landing is placed once its panel is drawn, which on a
 * busy machine can come after the reader's first wheel: the page is pulled back down, or jumps
 * past panels not yet drawn. The reader's next wheel ends the landing, and a pass that missed a
 * chart is made again.
 */
/** The charts the dashboard draws: the ranking, the programme, 晋中 among 山西's cities, the scale. */
export const DASHBOARD_CHARTS = 4;

export async function drawAll(page: Page, charts = DASHBOARD_CHARTS) {
  await expect(page.locator('main .panel').first()).toBeVisible();
  const scrollY = () => page.evaluate(() => window.scrollY);
  const twoFrames = () =>
    page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const drawn = page.locator('.echart[data-rendered="true"]');
  await expect(async () => {
    await twoFrames();
    await wheelToTop(page);
    for (;;) {
      // Two frames at each step: the observers that draw what comes near the screen see it there.
      await twoFrames();
      const { y, height, screen } = await page.evaluate(() => ({
        y: window.scrollY,
        height: document.documentElement.scrollHeight,
        screen: window.innerHeight,
      }));
      if (y + screen >= height - 1) break;
      await page.mouse.wheel(0, Math.round(screen * 0.75));
      await expect.poll(scrollY).toBeGreaterThan(y);
    }
    await expect(drawn).toHaveCount(charts);
  }).toPass();
}

/** Wheels up until the page is at its top, as a reader would (a script's scroll could be pulled back by a landing). */
export async function wheelToTop(page: Page) {
  await expect
    .poll(async () => {
      await page.mouse.wheel(0, -1_000_000);
      return page.evaluate(() => window.scrollY);
    })
    .toBe(0);
}

/** Scrolls to one chart (or the panel holding it) and waits until it is drawn. */
export async function drawChart(chart: Locator) {
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('.echart[data-rendered="true"]')).toBeVisible();
}

/**
 * A point on a horizontal bar, found by the value written after it (a bar ends where its value
 * begins): names and periods sit above the bars and can take one line or two.
 */
export async function pointOnBar(chart: Locator, value: string): Promise<{ x: number; y: number }> {
  const label = chart.locator('svg text', { hasText: value }).first();
  await label.scrollIntoViewIfNeeded();
  const box = await label.boundingBox();
  if (!box) throw new Error(`no bar with the value ${value}`);
  return { x: box.x - 12, y: box.y + box.height / 2 };
}
