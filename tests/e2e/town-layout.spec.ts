/**
 * A town's view at the sizes its readers use (#29): on a desktop the profile has the width of the
 * map and the ranking together, no cell squeezed and no panel left blank; on phones from 320 px up
 * no town's view scrolls sideways in either language, its tables read as labelled cards; and the
 * page does not shift while a town's view loads.
 */
import { expect, test } from './app-test';
import { type Page } from '@playwright/test';
import { towns } from './data';
import { DASHBOARD_CHARTS, drawAll } from './draw';
import { layoutShift, watchShifts } from './layout-shift';

/** Opens a town's view and waits until its profile is drawn whole (its details follow its head). */
async function openTown(page: Page, id: string, lang: 'zh' | 'en') {
  await page.goto(`/?town=${id}${lang === 'en' ? '&lang=en' : ''}`);
  await expect(page.locator('.panel-profile .profile[aria-busy="false"]')).toBeVisible();
}

test.describe('a town on a desktop (1440 × 900)', () => {
  test('the profile is as wide as the map and the ranking together, no cell squeezed, no panel blank', async ({
    page,
  }) => {
    await watchShifts(page);
    await openTown(page, 'qixian-glassware', 'zh');
    const profile = page.getByRole('region', { name: '祁县玻璃器皿' });
    // Drawn whole, nothing has moved (the map below it is drawn when the reader scrolls near).
    expect(await layoutShift(page)).toBeLessThan(0.05);
    // The dashboard's charts and the town's series of its enterprises.
    await drawAll(page, DASHBOARD_CHARTS + 1);
    const box = async (selector: string) => {
      const found = await page.locator(selector).first().boundingBox();
      if (!found) throw new Error(`no ${selector}`);
      return found;
    };
    const [own, map, ranking] = await Promise.all([
      box('.panel-profile'),
      box('.panel-map'),
      box('.side > .panel-chart'),
    ]);
    expect(own.width).toBeGreaterThanOrEqual(map.width + ranking.width);
    // No cell of its tables squeezed to a few characters a line, and a period on one line.
    const cells = await profile.locator('table td, table th').evaluateAll((all) => {
      /** How many lines a cell's text takes: the tops of its words' boxes, those within half a line one line. */
      const linesOf = (cell: Element) => {
        const tops: number[] = [];
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(node);
          // Visually hidden words (1 px boxes) are not lines.
          for (const box of range.getClientRects()) if (box.width > 1 && box.height > 1) tops.push(box.top);
        }
        const half = parseFloat(getComputedStyle(cell).fontSize) / 2;
        return tops.sort((x, y) => x - y).filter((top, i, all) => i === 0 || top - (all[i - 1] ?? top) > half).length;
      };
      return all.map((cell) => {
        const style = getComputedStyle(cell);
        const inner = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return {
          text: (cell.textContent ?? '').trim(),
          period: cell.classList.contains('period'),
          lines: linesOf(cell),
          // Its width in characters (em) when its text wraps; a cell on one line is not squeezed.
          wrappedWidth: linesOf(cell) > 1 ? inner / parseFloat(style.fontSize) : Infinity,
        };
      });
    });
    expect(cells.length).toBeGreaterThan(20);
    for (const cell of cells) {
      if (cell.period) expect(cell.lines, cell.text).toBe(1);
      // Squeezed: wrapped in a column a few characters wide.
      expect(cell.wrappedWidth, cell.text).toBeGreaterThanOrEqual(6);
    }
    // The map's and the ranking's panels end with their content: neither stretched, empty, to the other's height.
    for (const panel of ['.panel-map', '.side > .panel-chart']) {
      const blank = await page
        .locator(panel)
        .first()
        .evaluate((el) => {
          const last = el.lastElementChild?.getBoundingClientRect();
          return last ? el.getBoundingClientRect().bottom - last.bottom : 0;
        });
      expect(blank, panel).toBeLessThan(48);
    }
    expect(await layoutShift(page)).toBeLessThan(0.05);
  });
});

for (const width of [320, 360, 390]) {
  test.describe(`every town's view on a ${width} px phone`, () => {
    test.use({ viewport: { width, height: 800 }, hasTouch: true, isMobile: true });
    test.describe.configure({ timeout: 120_000 });

    for (const lang of ['zh', 'en'] as const) {
      test(`never scrolls sideways; its tables are cards or say they scroll (${lang})`, async ({ page }) => {
        for (const town of towns) {
          await openTown(page, town.id, lang);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, town.id).toBeLessThanOrEqual(0);
          // No table cut inside a scroller that does not say so: each fits its box.
          const cut = await page
            .locator('.panel-profile .table-scroll')
            .evaluateAll((boxes) => boxes.filter((b) => b.scrollWidth > b.clientWidth + 1).length);
          expect(cut, town.id).toBe(0);
        }
      });
    }

    test('the dashboard, the method page and the Data page never scroll sideways, in both languages', async ({
      page,
    }) => {
      for (const lang of ['zh', 'en'] as const) {
        const suffix = lang === 'en' ? '&lang=en' : '';
        for (const [address, drawn] of [
          [`/?lang=${lang}`, page.locator('.panel-articles li').first()],
          [`/?page=method${suffix}`, page.locator('section[aria-labelledby="m-indicators"] tbody tr').first()],
          [`/?page=data${suffix}`, page.locator('input[type="file"]').first()],
        ] as const) {
          await page.goto(address);
          await expect(drawn).toBeVisible();
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `${address}`).toBeLessThanOrEqual(0);
          // Whatever the fonts, no table can widen the page: each is in a scroller (or its cards).
          const loose = await page
            .locator('table')
            .evaluateAll((tables) => tables.filter((table) => !table.closest('.table-scroll')).length);
          expect(loose, `${address}`).toBe(0);
        }
      }
    });

    test('the sources filters fit the page, in English', async ({ page }) => {
      await page.goto('/?lang=en');
      const filters = page.getByRole('group', { name: /filter/i });
      await filters.scrollIntoViewIfNeeded();
      const rights = await filters
        .locator('select')
        .evaluateAll((selects) => selects.map((s) => s.getBoundingClientRect().right));
      expect(rights.length).toBe(3);
      for (const right of rights) expect(right).toBeLessThanOrEqual(width);
    });
  });
}

test.describe('a town on a phone (390 × 844) while it loads', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('nothing shifts while the view loads', async ({ page }) => {
    await watchShifts(page);
    await openTown(page, 'yuci-textile-hydraulics', 'en');
    await expect(page.locator('.map-canvas[data-fitted]')).toBeAttached();
    expect(await layoutShift(page)).toBeLessThan(0.05);
  });
});

// A county's view, and a figure's permalink (a copied citation's link), which lands in the middle
// of a profile, with the map drawn just below the reader.
for (const [width, height] of [
  [390, 844],
  [1440, 900],
] as const) {
  test.describe(`a county and a figure's link at ${width} × ${height} while they load`, () => {
    test.use({ viewport: { width, height } });
    for (const lang of ['zh', 'en'] as const) {
      test(`nothing shifts (${lang})`, async ({ page }) => {
        await watchShifts(page);
        await page.goto(`/?county=140727${lang === 'en' ? '&lang=en' : ''}`);
        await expect(page.locator('.panel-profile h2')).toHaveText(lang === 'zh' ? /祁县/ : /Qi County/);
        await expect(page.locator('.map-canvas[data-fitted]')).toBeAttached();
        expect(await layoutShift(page)).toBeLessThan(0.05);

        await page.goto(`/?figure=f-yuci-output-2022${lang === 'en' ? '&lang=en' : ''}`);
        await expect(page.locator('.panel-profile .pointed')).toBeInViewport();
        await expect(page.locator('.map-canvas[data-fitted]')).toBeAttached();
        expect(await layoutShift(page)).toBeLessThan(0.05);
      });
    }
  });
}
