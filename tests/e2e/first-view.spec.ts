/**
 * What a reader on a slow phone gets first: the page's title and purpose before any script runs,
 * the headline figures before the map and chart code, and those drawn as the reader scrolls to them.
 */
import { expect, test } from '@playwright/test';

test.describe('without any script', () => {
  test.use({ javaScriptEnabled: false });

  test('the page already shows its title and what it is for', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: '晋中特色专业镇数据看板' })).toBeVisible();
    await expect(page.getByText(/^特色专业镇是围绕一个主导产业/)).toBeVisible();
  });
});

test('on a phone, the map and charts load only as the reader scrolls to them', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/');
  await expect(page.getByRole('region', { name: '核心数字' }).locator('.headline').first()).toBeVisible();
  // The headline figures are in; the map's and the charts' code has not been asked for.
  expect(
    requested.filter((path) => /\/assets\/(town-map|figure-bar-chart|programme-chart|scale-chart)-/.test(path)),
  ).toEqual([]);
  await expect(page.locator('.leaflet-container, .echart')).toHaveCount(0);

  const ranking = page.getByRole('figure', { name: '专业镇排名：产值' });
  await ranking.scrollIntoViewIfNeeded();
  await expect(ranking.locator('.echart[data-rendered="true"]')).toBeVisible();
  expect(requested.some((path) => /\/assets\/figure-bar-chart-/.test(path))).toBe(true);
});

test("the first view's data files download with the scripts, each once: asked for by the page itself, taken by the loader", async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes('/data/')) requested.push(path.split('/').pop() ?? path);
  });
  await page.goto('/');
  await expect(page.getByRole('region', { name: '核心数字' }).locator('.headline').first()).toBeVisible();
  const first = ['articles.json', 'dataset.json', 'figures.json', 'towns.json'];
  // Each once: a preload the loader did not take would be downloaded twice (and the browser warn).
  expect(requested.filter((name) => first.includes(name)).sort()).toEqual(first);
  const initiators = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/data/'))
      .map((entry) => [entry.name.split('/').pop(), (entry as PerformanceResourceTiming).initiatorType]),
  );
  for (const name of first) expect(initiators, name).toContainEqual([name, 'link']);
});
