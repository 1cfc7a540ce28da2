import { expect, test } from './app-test';
import { dataFile, shown } from './data';
import { holdBack } from './large-files';

test.describe('when a data file fails', () => {
  test('while data is on its way, the baked page shows the figures and its controls wait for the app', async ({
    page,
  }) => {
    const release = await holdBack(page, /\/data\/figures\.json$/);
    await page.goto('/', { waitUntil: 'commit' });
    const headlines = page.getByRole('region', { name: '核心数字' });
    await expect(headlines.getByText(shown('f-jz-group-enterprises'))).toBeVisible();
    // Not taken over yet: a tap on a control would do nothing, so none takes one.
    await expect(page.locator('#root')).not.toHaveAttribute('data-live');
    await expect(page.getByRole('button', { name: '来源与方法' })).toHaveCSS('pointer-events', 'none');
    await expect(page.getByRole('searchbox', { name: '查找专业镇' })).not.toBeEditable();
    release();
    await expect(page.locator('#root')).toHaveAttribute('data-live');
    await expect(page.getByRole('button', { name: '来源与方法' })).toHaveCSS('pointer-events', 'auto');
    await expect(page.getByRole('searchbox', { name: '查找专业镇' })).toBeEditable();
    await expect(headlines.getByText(shown('f-jz-group-enterprises'))).toBeVisible();
  });

  test('names the file and the error, keeps the rest working, and retries', async ({ page }) => {
    let broken = true;
    await page.route('**/data/figures.json', async (route) => {
      if (broken) await route.fulfill({ status: 500, body: 'server error' });
      else await route.continue();
    });
    await page.goto('/');
    const headlines = page.getByRole('region', { name: '核心数字' });
    const alert = headlines.getByRole('alert');
    await expect(alert).toContainText('数据文件无法使用');
    await expect(alert).toContainText('figures.json: 服务器没有提供这个文件。');
    await expect(alert).toContainText('figures.json: could not be loaded: the server answered 500');
    // The map and the articles need no figures: they still work.
    await expect(page.locator('path.county')).toHaveCount(11);
    await expect(page.getByRole('region', { name: '来源文章' }).getByRole('listitem').first()).toBeVisible();

    broken = false;
    await alert.getByRole('button', { name: '重试' }).click();
    await expect(headlines.getByText(shown('f-jz-group-enterprises'))).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('names the field when a file fails validation', async ({ page }) => {
    const towns = JSON.parse(dataFile('towns.json'));
    towns.towns[1].location.lat = 'north';
    await page.route('**/data/towns.json', (route) => route.fulfill({ json: towns }));
    await page.goto('/');
    const map = page.getByRole('region', { name: /地图/ });
    await expect(map.getByRole('alert')).toContainText('towns.json: 文件内容不符合数据格式');
    await expect(map.getByRole('alert')).toContainText(
      'towns.json: towns[1].location.lat: Invalid input: expected number, received string',
    );
    // Headline figures do not depend on towns.json.
    await expect(
      page.getByRole('region', { name: '核心数字' }).getByText(shown('f-jz-group-enterprises')),
    ).toBeVisible();
  });

  test('reports a dangling reference against the file that holds it', async ({ page }) => {
    const figures = JSON.parse(dataFile('figures.json'));
    figures.figures[0].source.article = 'no-such-article';
    await page.route('**/data/figures.json', (route) => route.fulfill({ json: figures }));
    await page.goto('/');
    await expect(page.getByRole('region', { name: '核心数字' }).getByRole('alert')).toContainText(
      'figures.json: figures[0].source.article: unknown article "no-such-article" (not in articles.json)',
    );
  });

  test('keeps the map of 晋中 when the province outlines fail', async ({ page }) => {
    await page.route('**/data/shanxi-cities.geojson', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('/');
    const map = page.getByRole('region', { name: /地图/ });
    await expect(map.getByRole('alert')).toContainText(
      'shanxi-cities.geojson: could not be loaded: the server answered 404',
    );
    await expect(map.locator('path.county')).toHaveCount(11);
    await expect(map.locator('path.city')).toHaveCount(0);
  });

  test('says which file is missing when the server sends a page instead', async ({ page }) => {
    await page.route('**/data/counties.geojson', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>x</title>' }),
    );
    await page.goto('/');
    await expect(page.getByRole('region', { name: /地图/ }).getByRole('alert')).toContainText(
      'counties.geojson: expected JSON but the server sent an HTML page',
    );
  });
});

test("when the map's code cannot be fetched, the map says so and the rest of the page works", async ({ page }) => {
  // As when the connection drops after the page loaded. The map's chunk is asked for as its place
  // comes near, while its boundaries still load (held back here): its failure shows in the map
  // once they are in, not as an error of the page before.
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const mapChunk = /\/assets\/town-map-[^/]*\.js$/;
  const failed = page.waitForEvent('requestfailed', (request) => mapChunk.test(request.url()));
  await page.route(mapChunk, (route) => route.abort());
  const release = await holdBack(page, /\/data\/counties\.geojson$/);
  await page.goto('/');
  await failed;
  const headlines = page.getByRole('region', { name: '核心数字' });
  await expect(headlines.getByText(shown('f-jz-group-enterprises'))).toBeVisible();
  release();
  await expect(page.getByRole('region', { name: /地图/ }).getByRole('alert')).toContainText('这一部分出错了');
  await expect(headlines.getByText(shown('f-jz-group-enterprises'))).toBeVisible();
  expect(errors).toEqual([]);
});
