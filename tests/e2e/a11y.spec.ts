import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './app-test';
import { type Page } from '@playwright/test';
import { shown } from './data';
import { DASHBOARD_CHARTS, drawAll, wheelToTop } from './draw';
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
  "Shanxi's towns ranked": '/?scope=shanxi',
  'articles filtered': '/?sourceTown=qixian-glassware&article=jzwb-2023-06-13-yuci-hydraulics',
  'sources and method': '/?page=method',
  chronicle: '/?page=chronicle',
  'chronicle around a month, filtered': '/?page=chronicle&asof=2023-08&county=140728',
  'data management': '/?page=data',
  compare: '/?compare=yuci-textile-hydraulics,jiexiu-carbon,zuoquan-latex',
  'embedded chart': '/?embed=scale',
  'embedded map': '/?embed=map',
} as const;

async function ready(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  if (path.includes('page=chronicle')) {
    await expect(page.locator('.chronicle-entry').first()).toBeVisible();
  } else if (path.includes('embed=')) {
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
    await page.goto(lang === 'en' ? '/?lang=en' : '/', { waitUntil: 'commit' });
    // The page baked at build (in Chinese) stands until the app takes over.
    await expect(
      page.getByRole('region', { name: '核心数字' }).getByText(shown('f-jz-group-enterprises')),
    ).toBeVisible();
    await expect(page.locator('#root')).not.toHaveAttribute('data-live');
    expect(await seriousViolations(page)).toEqual([]);
    release();
    await expect(page.locator('#root')).toHaveAttribute('data-live');
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

test.describe('names and keys', () => {
  const M = {
    zh: { source: '来源', hide: '收起来源', onMap: '在地图上标出', cite: '复制引用', zoomIn: '放大', zoomOut: '缩小' },
    en: {
      source: 'Source',
      hide: 'Hide source',
      onMap: 'Show on the map',
      cite: 'Copy citation',
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
    },
  } as const;

  for (const lang of ['zh', 'en'] as const)
    test(`every "Source", "Show on the map" and "Copy citation" button has a name of its own (${lang})`, async ({
      page,
    }) => {
      const m = M[lang];
      await page.goto(`/?town=qixian-glassware${lang === 'en' ? '&lang=en' : ''}`);
      // The dashboard's charts and the town's output over the years.
      await drawAll(page, DASHBOARD_CHARTS + 1);
      // What a screen reader's list of buttons reads: the accessible names.
      const names = async (action: string) =>
        (
          await page
            .getByRole('button')
            .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent ?? ''))
        ).filter((name) => name === action || name.startsWith(`${action}${lang === 'zh' ? '：' : ': '}`));
      for (const action of [m.source, m.onMap, m.cite]) {
        const found = await names(action);
        expect(found.length, action).toBeGreaterThan(3);
        expect(
          found.filter((name, i) => found.indexOf(name) !== i),
          `${action}: the same name twice`,
        ).toEqual([]);
        // Each names what it is for, beyond the word on the button.
        expect(
          found.filter((name) => name === action),
          action,
        ).toEqual([]);
      }
      // The visible word starts the name (WCAG 2.5.3), and the name follows the button's state.
      const headlines = page.getByRole('region', { name: lang === 'zh' ? '核心数字' : 'Key figures' });
      const name =
        (await headlines
          .getByRole('button', { name: new RegExp(`^${m.source}\\W`) })
          .first()
          .getAttribute('aria-label')) ?? '';
      await headlines.getByRole('button', { name, exact: true }).click();
      const hide = headlines.getByRole('button', { name: name.replace(m.source, m.hide), exact: true });
      await expect(hide).toHaveAttribute('aria-expanded', 'true');
      await expect(hide).toHaveText(m.hide);
    });

  for (const lang of ['zh', 'en'] as const)
    test(`the map's zoom buttons are named in the page's language (${lang})`, async ({ page }) => {
      await page.goto(lang === 'en' ? '/?lang=en' : '/');
      const map = page.locator('.map-canvas');
      await expect(map.getByRole('button', { name: M[lang].zoomIn, exact: true })).toBeVisible();
      await expect(map.getByRole('button', { name: M[lang].zoomOut, exact: true })).toBeVisible();
      await expect(map.getByRole('button', { name: /Zoom/ })).toHaveCount(lang === 'en' ? 2 : 0);
    });

  test('from the page opening, a keyboard reaches the first town on the map in at most 15 key presses', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator('.map-canvas .town-marker').first()).toBeAttached();
    let presses = 0;
    const focused = (selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
    const press = async (key: string) => {
      presses++;
      await page.keyboard.press(key);
    };
    // Through the section bar: Tab to "地图", Enter, then Tab to the first town.
    while (!(await focused('.section-nav a[href="#map"]'))) {
      await press('Tab');
      expect(presses).toBeLessThan(15);
    }
    await press('Enter');
    await expect(page.locator('#map-title')).toBeFocused();
    while (!(await focused('.town-marker'))) {
      await press('Tab');
      expect(presses, 'key presses to the first town').toBeLessThanOrEqual(15);
    }
    // The focus is seen: a ring around the marker.
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(outline).not.toMatch(/^none/);
  });

  test('a choice of two (map extent, chart or table) is one Tab stop; the arrow keys choose', async ({ page }) => {
    await page.goto('/');
    const ranking = page.getByRole('figure', { name: '专业镇排名：产值' });
    const chart = ranking.getByRole('button', { name: '图表' });
    const table = ranking.getByRole('button', { name: '表格' });
    await expect(chart).toHaveAttribute('tabindex', '0');
    await expect(table).toHaveAttribute('tabindex', '-1');
    await chart.focus();
    await page.keyboard.press('ArrowRight');
    await expect(table).toBeFocused();
    await expect(table).toHaveAttribute('aria-pressed', 'true');
    await expect(ranking.getByRole('table')).toBeVisible();
    await page.keyboard.press('Home');
    await expect(chart).toHaveAttribute('aria-pressed', 'true');
    // Tab leaves the choice for the next control.
    await page.keyboard.press('Tab');
    await expect(table).not.toBeFocused();
    await expect(chart).not.toBeFocused();
    // The map's extent, likewise.
    const extent = page.getByRole('toolbar', { name: '地图范围' });
    await extent.getByRole('button', { name: '晋中' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(extent.getByRole('button', { name: '山西全省' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/map=shanxi/);
  });
});
