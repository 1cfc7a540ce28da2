/**
 * The map and the charts are drawn when the reader scrolls near them (src/ui/when-visible.tsx).
 * Tests that need them drawn scroll there, as a reader would, and wait for ECharts' signal.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Scrolls through every panel, then waits until `charts` charts are drawn. */
export async function drawAll(page: Page, charts = 3) {
  const panels = page.locator('main .panel');
  await expect(panels.first()).toBeVisible();
  for (const panel of await panels.all()) await panel.scrollIntoViewIfNeeded();
  await expect(page.locator('.echart[data-rendered="true"]')).toHaveCount(charts);
}

/** Scrolls to one chart (or the panel holding it) and waits until it is drawn. */
export async function drawChart(chart: Locator) {
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('.echart[data-rendered="true"]')).toBeVisible();
}
