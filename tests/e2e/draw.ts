/**
 * The map and the charts are drawn when the reader scrolls near them (src/ui/when-visible.tsx).
 * Tests that need them drawn scroll there, as a reader would, and wait for ECharts' signal.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Scrolls through every panel, then waits until `charts` charts are drawn. */
export async function drawAll(page: Page, charts = 3) {
  const panels = page.locator('main .panel');
  await expect(panels.first()).toBeVisible();
  for (const panel of await panels.all()) {
    // Its top to the top of the screen (a panel taller than the screen would be centred otherwise,
    // its top, where the map or chart is drawn, out of sight), as a reader scrolling down passes it.
    await panel.evaluate((element) => element.scrollIntoView());
    // Two frames at each panel: the observers that draw what comes near the screen see it there.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }
  await expect(page.locator('.echart[data-rendered="true"]')).toHaveCount(charts);
}

/** Scrolls to one chart (or the panel holding it) and waits until it is drawn. */
export async function drawChart(chart: Locator) {
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('.echart[data-rendered="true"]')).toBeVisible();
}
