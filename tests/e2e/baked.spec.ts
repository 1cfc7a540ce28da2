/**
 * The pages baked at build (src/bake, scripts/bake-pages.ts): index.html with the dashboard's
 * first view and a page for every town, read as they arrive and without any script, and taken
 * over in place by the app when scripts run.
 */
import { expect, test } from './app-test';
import type { Page } from '@playwright/test';
import { layoutShift, watchShifts } from './layout-shift';
import { articleOf, articleCount, figuresOfTown, headlineIds, jinzhongTowns, quoteOf, shown, towns } from './data';

const pageOf = (id: string) => `/town/${id}.html`;

test.describe('read without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('index.html shows the headline figures, the ranking as a table with links to the towns, and the sources', async ({
    page,
  }) => {
    await page.goto('/');
    const headlines = page.getByRole('region', { name: '核心数字' });
    for (const id of headlineIds) await expect(headlines.locator(`[data-figure="${id}"]`)).toContainText(shown(id));
    // Each card's source stands open: the sentence it was reported in. (Playwright's text matchers
    // skip <noscript>; the text the browser lays out, innerText, has it.)
    for (const id of headlineIds)
      await expect(headlines.locator(`[data-figure="${id}"]`)).toContainText(quoteOf(id), { useInnerText: true });

    const ranking = page.getByRole('table', { name: '专业镇排名：产值' });
    await expect(ranking).toBeVisible();
    const top = ranking.getByRole('row').filter({ hasText: '榆次纺机液压' });
    await expect(top).toContainText(shown('f-yuci-output-2022'));
    await expect(top).toContainText('2022年');
    await expect(top).toContainText(quoteOf('f-yuci-output-2022'));
    const article = articleOf('jzwb-2023-06-13-yuci-hydraulics');
    await expect(top.getByRole('link', { name: article.url ?? '' })).toHaveAttribute('href', article.url ?? '');
    for (const town of jinzhongTowns)
      await expect(ranking.getByRole('link', { name: town.name.zh, exact: true })).toHaveAttribute(
        'href',
        `town/${town.id}.html`,
      );

    // The source list is drawn by the browser (it would not fit in the page's first round trip):
    // the panel says where the sources are, and each town's page has them (below).
    const sources = page.getByRole('region', { name: '来源文章' });
    await expect(sources).toContainText(`${articleCount} 篇来源文章在页面的脚本运行后列在这里`);
    await expect(sources).toContainText('每个专业镇的页面');
    // The whole style sheet applies (linked for a browser without scripts).
    expect(await page.evaluate(() => [...document.styleSheets].some((sheet) => sheet.href?.includes('/assets/')))).toBe(
      true,
    );
    // Nothing that needs a script is offered.
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(page.locator('.scriptless-note')).toContainText('本页未启用 JavaScript', { useInnerText: true });
  });

  for (const town of jinzhongTowns) {
    test(`${town.name.zh}'s page names it and shows its figures with their sources`, async ({ page }) => {
      await page.goto(pageOf(town.id));
      await expect(page).toHaveTitle(`${town.name.zh} · 晋中特色专业镇数据看板`);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', new RegExp(town.name.zh));
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', new RegExp(town.name.zh));
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `town/${town.id}.html`);
      const profile = page.getByRole('region', { name: town.name.zh, exact: true });
      await expect(profile.getByRole('heading', { level: 2 })).toHaveText(town.name.zh);
      for (const figure of figuresOfTown(town.id)) {
        const where = profile.locator(`[data-figure="${figure.id}"]`);
        await expect(where, figure.id).toContainText(shown(figure.id));
        await expect(where, figure.id).toContainText(figure.source.quote, { useInnerText: true });
        const url = articleOf(figure.source.article).url;
        if (url) await expect(where.getByRole('link', { name: url }), figure.id).toBeVisible();
      }
      // Its links lead where they should from town/: the dashboard's files sit one level up.
      await expect(page.locator('base')).toHaveAttribute('href', '../');
    });
  }
});

/** Records the page's errors and warnings and its title element as first parsed (before any script of the app). */
async function watchTakeover(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await watchShifts(page);
  await page.addInitScript(() => {
    const seen: { h1: Element | null } = { h1: null };
    Object.assign(window, { seen });
    document.addEventListener('DOMContentLoaded', () => (seen.h1 = document.querySelector('h1')));
  });
  return {
    problems,
    /** Once the app is live and two frames later: the sum of the shifts, and whether the h1 is the one parsed. */
    settled: async () => ({
      shift: await layoutShift(page),
      sameH1: await page.evaluate(
        () => (window as unknown as { seen: { h1: Element | null } }).seen.h1 === document.querySelector('h1'),
      ),
    }),
  };
}

test.describe('with JavaScript', () => {
  for (const [name, address] of [
    ['index.html', '/'],
    ["a town's page", pageOf('taigu-malleable-iron')],
  ] as const)
    for (const width of [390, 1440])
      test(`the app takes over ${name} in place at ${width} px: no error, no hydration warning, nothing moves`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
        const watch = await watchTakeover(page);
        await page.goto(address);
        await expect(page.getByRole('region', { name: '核心数字' }).locator('.headline').first()).toBeVisible();
        const { shift, sameH1 } = await watch.settled();
        // Hydrated: the elements parsed from the HTML are the app's (a page drawn afresh has new ones).
        expect(sameH1).toBe(true);
        expect(shift).toBeLessThan(0.01);
        expect(watch.problems).toEqual([]);
        // What the baked page leaves out, the app draws: every source article.
        await expect(page.getByRole('region', { name: '来源文章' }).locator('ol.articles > li')).toHaveCount(
          articleCount,
        );
      });

  test('before its first paint, the page downloads nothing but itself and its entry script', async ({ page }) => {
    await page.goto('/');
    const early = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity;
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime < paint)
        .map((entry) => new URL(entry.name).pathname);
    });
    expect(early.length).toBeLessThanOrEqual(1);
    for (const path of early) expect(path).toMatch(/^\/assets\/index-[\w-]+\.js$/);
    // Then the data, the whole style sheet and the app came.
    const later = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    for (const file of ['data/figures.json', 'data/towns.json', 'assets/index-'])
      expect(later.some((name) => name.includes(file) && (file !== 'assets/index-' || name.endsWith('.css')))).toBe(
        true,
      );
  });

  test("a town's page becomes the dashboard for that town; the dashboard's town points to the page", async ({
    page,
  }) => {
    const town = towns.find((t) => t.id === 'qixian-glassware');
    if (!town) throw new Error('no qixian-glassware in towns.json');
    await page.goto(pageOf(town.id));
    const profile = page.getByRole('region', { name: town.name.zh, exact: true });
    await expect(profile).toBeVisible();
    await expect(page).toHaveTitle(`${town.name.zh} · 晋中特色专业镇数据看板`);
    await expect(page.locator('path.county')).toHaveCount(11);
    // The dashboard works there: another town opens, at the dashboard's own address.
    await page.getByRole('searchbox', { name: '查找专业镇' }).fill('介休');
    await page.getByRole('list', { name: '查找结果' }).getByRole('button', { name: '介休碳素' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '介休碳素' })).toBeVisible();
    await expect(page).toHaveURL(/\/\?town=jiexiu-carbon$/);
    await expect(page).toHaveTitle('介休碳素 · 晋中特色专业镇数据看板');
    // Its town's own page is its canonical address, and linked from the profile.
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/town\/jiexiu-carbon\.html$/);
    await page.getByRole('link', { name: /本镇页面/ }).click();
    await expect(page).toHaveURL(/\/town\/jiexiu-carbon\.html$/);
    await expect(page.getByRole('heading', { level: 2, name: '介休碳素' })).toBeVisible();
    // Back: the dashboard's address, then the first town's page, each as it was.
    await page.goBack();
    await expect(page).toHaveURL(/\/\?town=jiexiu-carbon$/);
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/town/${town.id}\\.html$`));
    await expect(page.getByRole('heading', { level: 2, name: town.name.zh })).toBeVisible();
  });

  test('another view than the baked one is drawn afresh, in its own language, without an error', async ({ page }) => {
    const watch = await watchTakeover(page);
    await page.goto(`${pageOf('pingyao-beef-lacquer')}?lang=en`);
    await expect(page.getByRole('heading', { level: 1, name: 'Jinzhong Specialty Towns Dashboard' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Pingyao beef and polished lacquerware' })).toBeVisible();
    await expect(page).toHaveTitle(/^Pingyao beef/);
    expect(watch.problems).toEqual([]);
  });
});
