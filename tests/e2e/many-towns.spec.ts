/**
 * The dashboard with a thousand synthetic towns (the benchmark's generator, valid under the real
 * schema): the map gathers crowded towns into counted clusters that zoom in when chosen, the
 * charts draw the first rows with the rest in their tables, and the search lists a page of results.
 */
import { expect, test } from './app-test';
import { type Page } from '@playwright/test';
import { syntheticDataset } from '../../scripts/synthetic';
import { createDatasetIndex } from '../../src/data/domain/dataset-index';
import { makeRanking, rankingSubject } from '../../src/data/domain/rankings';
import { parseDataFiles } from '../../src/data/format/parse';
import { dataFile } from './data';
import { drawChart } from './draw';

const SYNTHETIC_TOWNS = 1000;
// A thousand towns take a slow or busy machine several times longer to load and lay out than the
// real data: the tests wait on the page's signals, with room for that (npm test does not depend on
// the machine's speed; `npm run bench` measures it).
const LOADED_WITHIN_MS = 45_000;
test.describe.configure({ timeout: 90_000 });
const synthetic = syntheticDataset(SYNTHETIC_TOWNS, parseDataFiles(dataFile));
const jinzhongTowns = synthetic.towns.towns.filter((town) => town.inJinzhong).length;

async function openWithManyTowns(page: Page, address = '/') {
  for (const [file, body] of [
    ['towns.json', synthetic.towns],
    ['figures.json', synthetic.figures],
    ['articles.json', synthetic.articles],
  ] as const)
    await page.route(`**/data/${file}`, (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(body) }),
    );
  await page.goto(address);
  await expect(page.locator('.map-canvas[data-fitted]')).toBeVisible({ timeout: LOADED_WITHIN_MS });
}

test('the map gathers crowded towns into clusters that zoom in when chosen', async ({ page }) => {
  await openWithManyTowns(page);
  const map = page.getByRole('region', { name: /地图/ });
  const clusters = map.locator('.town-cluster');
  await expect(clusters.first()).toBeVisible();
  // The whole province in view: far fewer markers than towns, and every town counted once.
  await page.getByRole('button', { name: '山西全省', exact: true }).click();
  await expect(page.locator('.map-canvas[data-fitted="shanxi"]')).toBeVisible();
  const counts = await clusters.locator('.cluster-count').allTextContents();
  const singles = await map.locator('.town-marker').count();
  expect(counts.length + singles).toBeLessThanOrEqual(120);
  expect(counts.reduce((sum, count) => sum + Number(count), 0) + singles).toBe(synthetic.towns.towns.length);

  // A cluster is a labelled button; Enter zooms in on its towns.
  const biggest = counts.indexOf(String(Math.max(...counts.map(Number))));
  const cluster = clusters.nth(biggest);
  await expect(cluster).toHaveAttribute('role', 'button');
  await expect(cluster).toHaveAttribute('aria-label', new RegExp(`^${counts[biggest]} 个专业镇`));
  const container = page.locator('.map-canvas');
  const zoomBefore = await container.getAttribute('data-markers-zoom');
  await cluster.focus();
  await page.keyboard.press('Enter');
  // The markers are laid out afresh once the zoom has ended.
  await expect(container).not.toHaveAttribute('data-markers-zoom', zoomBefore ?? '');
  // Closer in, clusters chosen again, towns come to stand alone as their own markers, each a
  // button that opens the town.
  const town = map.locator('.town-marker[data-town^="town-"]').first();
  for (let step = 0; step < 6 && (await town.count()) === 0; step++) {
    const zoom = await container.getAttribute('data-markers-zoom');
    const next = map.locator('.town-cluster[data-towns*="town-"]').first();
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(container).not.toHaveAttribute('data-markers-zoom', zoom ?? '');
  }
  await expect(town).toBeVisible();
  const id = await town.getAttribute('data-town');
  await town.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`town=${id}`));
  await expect(page.locator('#profile-title')).toHaveText(`合成镇${id?.slice('town-'.length)}`);
});

test('the ranking draws the first twenty towns and its table lists them all', async ({ page }) => {
  await openWithManyTowns(page);
  const chart = page.getByRole('figure', { name: '专业镇排名：产值' });
  await expect(chart.getByText(`图中显示前 20 个，共 ${jinzhongTowns} 个`)).toBeVisible();
  await drawChart(chart);
  await chart.getByRole('button', { name: '表格' }).click();
  await expect(chart.locator('tbody tr')).toHaveCount(jinzhongTowns);
});

test('another indicator ranks the thousand towns anew, in the chart, its table and the map', async ({ page }) => {
  const index = createDatasetIndex(synthetic.towns.towns, synthetic.figures.figures, synthetic.articles.articles);
  const leaders = (indicator: string) =>
    makeRanking(index, rankingSubject(indicator))
      .rows.slice(0, 3)
      .map((row) => row.town.name.zh);
  await openWithManyTowns(page);
  await page.getByRole('combobox', { name: '指标' }).selectOption({ label: '就业人员' });
  const chart = page.getByRole('figure', { name: '专业镇排名：就业人员' });
  await expect(chart).toBeVisible();
  await expect(chart).not.toHaveAttribute('aria-busy', 'true');
  await chart.getByRole('button', { name: '表格' }).click();
  const rows = chart.locator('tbody tr');
  await expect(rows).toHaveCount(jinzhongTowns);
  for (const [i, name] of leaders('employment').entries()) await expect(rows.nth(i)).toContainText(name);
  expect(leaders('employment')).not.toEqual(leaders('outputValue'));
  await expect(page.getByRole('group', { name: '图例' })).toContainText('就业人员（人）');
});

test('the search lists the first twenty matches and says how many there are', async ({ page }) => {
  await openWithManyTowns(page);
  await page.getByRole('searchbox').fill('合成镇1');
  const results = page.getByRole('list', { name: '查找结果' });
  // 合成镇1, 10–19, 100–199: 111 towns.
  await expect(page.getByRole('status').filter({ hasText: '找到 111 个，显示前 20 个' })).toBeVisible();
  await expect(results.getByRole('button')).toHaveCount(20);
  await expect(results.getByRole('button').first()).toHaveText('合成镇1');
});

test('the articles filter by any of the towns, the list of them made when the reader reaches it', async ({ page }) => {
  await openWithManyTowns(page);
  const articles = page.locator('#articles');
  const filter = articles.getByRole('combobox', { name: '专业镇' });
  // A thousand options are not laid out with the page: only "all towns" until the filter is reached.
  await expect(filter.locator('option')).toHaveCount(1);
  await filter.focus();
  await expect(filter.locator('option')).not.toHaveCount(1);
  const options = await filter.locator('option').count();
  expect(options).toBeGreaterThan(200);
  await filter.selectOption({ label: '合成镇500' });
  await expect(page).toHaveURL(/sourceTown=town-500/);
  // Reloaded with the town chosen, the filter shows it at once.
  await page.reload();
  await expect(page.locator('#articles').getByRole('combobox', { name: '专业镇' })).toHaveValue('town-500');
});
