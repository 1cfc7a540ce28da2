import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { drawAll, wheelToTop } from './draw';
import { asBuiltForLargeFiles, holdBack } from './large-files';

// axe goes through the whole page, and a test here scans up to three: on a busy two-core machine
// one scan alone took 20 s, and such tests took 20-27 s, near the default 30 s.
test.describe.configure({ timeout: 90_000 });

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
    // Scanned from the page's top, everything drawn: drawAll leaves the page at its end, and there
    // the sticky section bar covers whatever happens to pass under it, which axe counts as a target
    // too small (partly obscured). What passes under it depends on the font's line heights: with
    // the machine's fonts and no Chinese one, an article's chips did.
    await wheelToTop(page);
  }
}

/** The serious and critical violations axe finds on the page as it is. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join('; ')})`,
    );
}

for (const lang of ['zh', 'en'] as const) {
  for (const [name, path] of Object.entries(VIEWS)) {
    test(`${name} (${lang}) has no serious or critical accessibility violation`, async ({ page }) => {
      const address = lang === 'en' ? `${path}${path.includes('?') ? '&' : '?'}lang=en` : path;
      await ready(page, address);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test(`the dashboard while its large files load (${lang}) has no serious or critical violation`, async ({ page }) => {
    await asBuiltForLargeFiles(page);
    const release = await holdBack(page, /\/data\/(figures|towns)\.json$/);
    await page.goto(lang === 'en' ? '/?lang=en' : '/');
    const headlines = page.getByRole('region', { name: lang === 'en' ? 'Key figures' : '核心数字' });
    await expect(headlines.getByRole('status')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    release();
  });

  test(`the views made for small boxes and paper (${lang}) have no serious or critical violation`, async ({ page }) => {
    const en = lang === 'en' ? '&lang=en' : '';
    // An embed in a 320×240 box (names beside the bars).
    await page.setViewportSize({ width: 320, height: 240 });
    await page.goto(`/?embed=ranking${en}`);
    await expect(page.locator('.echart[data-rendered="true"]')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    // The comparison as cards on a 360 px phone.
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/?compare=jiexiu-carbon,qixian-glassware,yuci-textile-hydraulics,taigu-malleable-iron${en}`);
    await expect(page.locator('.compare td[data-label]').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    // A town's brief, as printed.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`/?town=qixian-glassware${en}`);
    await expect(page.locator('body > .town-brief')).toHaveCount(1);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('body > .town-brief')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`the Data page with files checked (${lang}) has no serious or critical violation`, async ({ page }) => {
    await page.goto(`/?page=data${lang === 'en' ? '&lang=en' : ''}`);
    const figures =
      'id,subject_type,town,indicator,value,qualifier,kind,period,article,quote\r\nf-x,town,qixian-glass,outputValue,55.37亿,,result,2023年,a,b\r\n';
    await page.getByLabel(lang === 'en' ? 'Choose files' : '选择文件', { exact: true }).setInputFiles([
      { name: 'figures (1).csv', mimeType: 'text/csv', buffer: Buffer.from(figures) },
      { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') },
    ]);
    await expect(page.getByRole('alert').getByRole('listitem').first()).toBeVisible();
    // The technical detail opened, as a developer would.
    await page.getByRole('alert').locator('details summary').first().click();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
