import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { drawAll } from './draw';

/** Every view a reader can reach, by its address. */
const VIEWS = {
  dashboard: '/',
  'town profile': '/?town=yuci-textile-hydraulics',
  'county profile': '/?county=140727',
  'all of Shanxi': '/?map=shanxi',
  'articles filtered': '/?sourceTown=qixian-glassware&article=jzwb-2023-06-13-yuci-hydraulics',
  'sources and method': '/?page=method',
  'data management': '/?page=data',
  compare: '/?compare=yuci-textile-hydraulics,jiexiu-carbon,zuoquan-latex',
  'embedded chart': '/?embed=scale',
  'embedded map': '/?embed=map',
} as const;

async function ready(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  if (path.includes('embed=')) {
    await expect(page.locator('.echart[data-rendered="true"], path.county').first()).toBeAttached();
  } else if (!path.includes('page=')) {
    await drawAll(page);
    await expect(page.locator('path.county').first()).toBeAttached();
    // The map has moved to its extent (and spread its markers for that zoom).
    await expect(
      page.locator(`.map-canvas[data-fitted="${path.includes('map=shanxi') ? 'shanxi' : 'jinzhong'}"]`),
    ).toBeAttached();
  }
}

for (const lang of ['zh', 'en'] as const) {
  for (const [name, path] of Object.entries(VIEWS)) {
    test(`${name} (${lang}) has no serious or critical accessibility violation`, async ({ page }) => {
      const address = lang === 'en' ? `${path}${path.includes('?') ? '&' : '?'}lang=en` : path;
      await ready(page, address);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id}: ${v.help} (${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join('; ')})`,
        );
      expect(serious).toEqual([]);
    });
  }
}
