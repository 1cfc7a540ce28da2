/**
 * Strings in the data are text, never markup or code: names, titles, summaries and quotes that
 * contain HTML or script stay inert, and no javascript: address ever becomes a link.
 */
import { expect, test } from './app-test';
import { type Page } from '@playwright/test';
import { dataFile, shown } from './data';
import { drawAll } from './draw';

const IMG = '<img src=x onerror="window.pwned=1">';
const SCRIPT = '<script>window.pwned=1</script>';
const SVG = '"><svg onload="window.pwned=1">';

async function serveHostileData(page: Page) {
  const towns = JSON.parse(dataFile('towns.json'));
  towns.towns[0].name = { zh: `${IMG}太谷`, en: `${IMG}Taigu` };
  towns.towns[0].summary = { zh: SCRIPT, en: SCRIPT };
  const figures = JSON.parse(dataFile('figures.json'));
  for (const f of figures.figures) if (f.id === 'f-jiexiu-carbon-output-2022') f.scope = { zh: SVG, en: SVG };
  for (const f of figures.figures) if (f.id === 'f-jz-group-enterprises') f.source.quote = SVG;
  const articles = JSON.parse(dataFile('articles.json'));
  articles.articles[0].title = `<b onmouseover="window.pwned=1">${IMG}</b>`;
  articles.articles[0].summary = { zh: SCRIPT, en: SCRIPT };
  await page.route('**/data/towns.json', (r) => r.fulfill({ json: towns }));
  await page.route('**/data/figures.json', (r) => r.fulfill({ json: figures }));
  await page.route('**/data/articles.json', (r) => r.fulfill({ json: articles }));
}

test('hostile names, titles, summaries and quotes stay inert text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await serveHostileData(page);
  await page.goto('/?town=taigu-malleable-iron&compare=taigu-malleable-iron,yuci-textile-hydraulics');
  await drawAll(page);
  // Shown literally, as text.
  await expect(page.getByRole('region', { name: `${IMG}太谷` }).getByText(SCRIPT)).toBeVisible();
  await expect(page.getByRole('region', { name: '来源文章' }).getByText(SCRIPT).first()).toBeVisible();
  // Hover and focus every place that builds tooltips or popups.
  await page.locator('[data-town="taigu-malleable-iron"]').focus();
  await expect(page.getByRole('tooltip', { name: new RegExp(`^${IMG.slice(0, 8)}`) })).toContainText(IMG);
  const chart = page.getByRole('figure', { name: '专业镇排名：产值' });
  const label = chart.locator('svg text', { hasText: '介休碳素' }).first();
  await label.scrollIntoViewIfNeeded();
  const box = await label.boundingBox();
  if (box) await page.mouse.move(box.x + 30, box.y + box.height + 7);
  await expect(chart.locator('.chart-tooltip')).toContainText(SVG);
  const headline = page
    .getByRole('region', { name: '核心数字' })
    .getByRole('listitem')
    .filter({ hasText: shown('f-jz-group-enterprises') });
  await headline.getByRole('button', { name: '来源' }).click();
  await expect(headline.getByText(SVG, { exact: false })).toBeVisible();
  await chart.getByRole('button', { name: '表格' }).click();

  // Nothing ran, nothing was injected.
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await expect(page.locator('img[src="x"], svg[onload], b[onmouseover], script:not([src])')).toHaveCount(0);
});

test('a javascript: address is refused and never becomes a link', async ({ page }) => {
  const articles = JSON.parse(dataFile('articles.json'));
  articles.articles[3].url = 'javascript:window.pwned=1';
  articles.articles[4].outletUrl = 'JaVaScRiPt:alert(1)';
  await page.route('**/data/articles.json', (r) => r.fulfill({ json: articles }));
  await page.goto('/');
  const alert = page.getByRole('region', { name: '来源文章' }).getByRole('alert');
  await expect(alert).toContainText('articles.json: articles[3].url: expected an http(s) address');
  await expect(alert).toContainText('articles.json: articles[4].outletUrl: expected an http(s) address');
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});
