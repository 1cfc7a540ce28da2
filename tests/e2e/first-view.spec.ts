/**
 * What a reader on a slow phone gets first: the page's title and purpose before any script runs,
 * the headline figures before the map and chart code, and those drawn as the reader scrolls to them.
 */
import { expect, test } from './app-test';
import type { Page } from '@playwright/test';
import { DATA_MESSAGES } from '../../src/features/data/data-messages';
import { en } from '../../src/i18n/messages-en';
import { shown } from './data';
import { drawAll } from './draw';
import { layoutShift, watchShifts } from './layout-shift';
import { asBuiltForLargeFiles, holdBack } from './large-files';

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

/** Whether the scripts the page has received so far carry `text`, as the build may write it: as it is or escaped. */
function watchScripts(page: Page): (text: string) => boolean {
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (/\.js$/.test(new URL(response.url()).pathname)) scripts.push(await response.text());
  });
  return (text) => {
    const escaped = [...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    return scripts.some((script) => script.includes(text) || script.toLowerCase().includes(escaped));
  };
}

test("the Data page's text comes with the Data page: the dashboard's scripts do not carry it", async ({ page }) => {
  const carried = watchScripts(page);
  const text = DATA_MESSAGES.zh.dataNothingUploaded;
  await page.goto('/');
  await drawAll(page);
  expect(carried('晋中')).toBe(true);
  expect(carried(text)).toBe(false);

  await page.getByRole('button', { name: '数据管理', exact: true }).click();
  await expect(page.getByText(text)).toBeVisible();
  expect(carried(text)).toBe(true);
});

test('the English text comes when a reader asks for English: the Chinese page does not carry it', async ({ page }) => {
  const carried = watchScripts(page);
  await page.goto('/');
  await drawAll(page);
  expect(carried(en.appIntro)).toBe(false);

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: en.appTitle })).toBeVisible();
  await expect(page.getByText(en.appIntro)).toBeVisible();
  expect(carried(en.appIntro)).toBe(true);
});

test("the map's code is asked for when the map comes near, while its boundaries still load", async ({ page }) => {
  // At 1440×900 the map is on the first screen. Its chunk (Leaflet and the panel) used to be asked
  // for only once counties.geojson was in and the panel drawn with it: seconds later on a slow phone.
  const release = await holdBack(page, /\/data\/counties\.geojson$/);
  const chunk = page.waitForRequest((request) => /\/assets\/town-map-[^/]*\.js$/.test(request.url()));
  await page.goto('/');
  await chunk;
  const map = page.getByRole('region', { name: /地图/ });
  await expect(map.getByRole('status')).toHaveText('正在加载数据…');
  await expect(map.locator('path.county')).toHaveCount(0);
  release();
  await expect(map.locator('path.county')).toHaveCount(11);
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

test.describe('a dataset with large files', () => {
  const first = ['articles.json', 'dataset.json', 'figures.json', 'towns.json'];

  test.beforeEach(({ page }) => asBuiltForLargeFiles(page));

  test('the data worker fetches the large files: the page itself never receives them', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.includes('/data/')) requested.push(path.split('/').pop() ?? path);
    });
    await page.goto('/');
    const headlines = page.getByRole('region', { name: '核心数字' });
    await expect(headlines.getByText(shown('f-jz-group-enterprises'))).toBeVisible();
    expect(requested.filter((name) => first.includes(name)).sort()).toEqual(first);
    const byPage = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name.split('/').pop())
        .filter((name) => name?.endsWith('.json')),
    );
    expect(byPage).toEqual(expect.arrayContaining(['articles.json', 'dataset.json']));
    expect(byPage).not.toContain('figures.json');
    expect(byPage).not.toContain('towns.json');
  });

  test('the page baked at build stands while the large files load, and nothing moves when the app takes it over', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await watchShifts(page);
    const release = await holdBack(page, /\/data\/(figures|towns)\.json$/);
    await page.goto('/', { waitUntil: 'commit' });

    // Baked at build: the sections, the headline figures and the ranking are there before the
    // large files arrive (the app takes the page over once they are in).
    await expect(page.getByRole('navigation', { name: '本页各部分' })).toBeVisible();
    const headlines = page.getByRole('region', { name: '核心数字' });
    await expect(headlines.getByText(shown('f-jz-group-enterprises'))).toBeVisible();
    await expect(page.getByRole('searchbox', { name: '查找专业镇' })).toBeVisible();
    await expect(page.locator('#root')).not.toHaveAttribute('data-live');

    release();
    await expect(page.locator('#root')).toHaveAttribute('data-live');
    await expect(headlines.getByText(shown('f-jz-group-enterprises'))).toBeVisible();
    await expect(page.getByText(/专业镇的实绩数字截至\d{4}年/)).toBeVisible();
    // The app takes over the baked page in place (a good page stays under 0.1).
    expect(await layoutShift(page)).toBeLessThan(0.01);
  });

  test('the search takes typing once the app has the towns, never losing what was typed', async ({ page }) => {
    const release = await holdBack(page, /\/data\/towns\.json$/);
    await page.goto('/', { waitUntil: 'commit' });
    const search = page.getByRole('searchbox', { name: '查找专业镇' });
    await expect(search).toBeVisible();
    await expect(search).not.toBeEditable();
    release();
    await search.fill('玻璃');
    await expect(
      page.getByRole('list', { name: '查找结果' }).getByRole('button', { name: '祁县玻璃器皿' }),
    ).toBeVisible();
  });

  test('a large file that fails is named with its error, and a retry fetches it anew', async ({ page }) => {
    let broken = true;
    await page.route('**/data/figures.json', async (route) => {
      if (broken) await route.fulfill({ status: 500, body: 'server error' });
      else await route.continue();
    });
    await page.goto('/?lang=en');
    const headlines = page.getByRole('region', { name: 'Key figures' });
    const alert = headlines.getByRole('alert');
    await expect(alert).toContainText('figures.json: could not be loaded: the server answered 500');
    broken = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(headlines.locator('.headline').first()).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
