/**
 * The map and the charts are drawn when the reader scrolls near them (src/ui/when-visible.tsx).
 * Tests that need them drawn scroll there, as a reader would, and wait for ECharts' signal.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Scrolls through the whole page a screen at a time, as a reader would, then waits until `charts` charts are drawn. */
export async function drawAll(page: Page, charts = 3) {
  await expect(page.locator('main .panel').first()).toBeVisible();
  for (let y = 0; ;) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    // Two frames at each step: the observers that draw what comes near the screen see it there.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const { height, screen } = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      screen: window.innerHeight,
    }));
    if (y + screen >= height) break;
    y += Math.round(screen * 0.75);
  }
  await expect(page.locator('.echart[data-rendered="true"]')).toHaveCount(charts);
}

/** Scrolls to one chart (or the panel holding it) and waits until it is drawn. */
export async function drawChart(chart: Locator) {
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('.echart[data-rendered="true"]')).toBeVisible();
}
