import { expect, test } from './app-test';
import { type Locator, type Page } from '@playwright/test';
import { articleOf, literally, shown, towns } from './data';
import { DASHBOARD_CHARTS, drawAll } from './draw';
import { labelClashes } from './map-labels';

const profile = (page: Page, name: string) => page.getByRole('region', { name });

test.describe('a copied address', () => {
  test('restores the whole view', async ({ page }) => {
    await page.goto(
      '/?lang=en&indicator=employment&town=yuci-textile-hydraulics&map=shanxi&compare=jiexiu-carbon,yuci-textile-hydraulics&sourceTown=qixian-glassware',
    );
    await expect(page.getByRole('heading', { level: 1, name: 'Jinzhong Specialty Towns Dashboard' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Indicator' })).toHaveValue('employment');
    await expect(profile(page, 'Yuci textile machinery and hydraulics')).toBeVisible();
    await drawAll(page);
    await expect(page.getByRole('button', { name: 'All of Shanxi', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const compare = page.getByRole('region', { name: 'Compare' });
    await expect(compare.getByRole('columnheader')).toHaveText([/Indicator/, /Jiexiu carbon/, /Yuci textile/]);
    await expect(page.getByRole('combobox', { name: 'Town', exact: true })).toHaveValue('qixian-glassware');
  });

  test('falls back to defaults on invalid parameters, without an error', async ({ page }) => {
    await page.goto(
      '/?lang=xx&indicator=%3Cscript%3E&town=No%20such&county=1&map=mars&compare=%3C,%3E&embed=nope&page=zzz',
    );
    await expect(page.getByRole('heading', { level: 1, name: '晋中特色专业镇数据看板' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: '指标' })).toHaveValue('outputValue');
    await expect(
      page.getByRole('region', { name: '核心数字' }).getByText(shown('f-jz-group-enterprises')),
    ).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('region', { name: '对比', exact: true })).toHaveCount(0);
  });

  test('back and forward move between selections', async ({ page }) => {
    await page.goto('/');
    await page.locator('[data-town="jiexiu-carbon"]').click();
    await expect(profile(page, '介休碳素')).toBeVisible();
    await page.locator('[data-town="qixian-glassware"]').click();
    await expect(profile(page, '祁县玻璃器皿')).toBeVisible();
    await page.goBack();
    await expect(profile(page, '介休碳素')).toBeVisible();
    await page.goForward();
    await expect(profile(page, '祁县玻璃器皿')).toBeVisible();
  });
});

test.describe('compare and search', () => {
  test('compares up to four towns side by side, from their profiles', async ({ page }) => {
    await page.goto('/?town=yuci-textile-hydraulics');
    await profile(page, '榆次纺机液压').getByRole('button', { name: '加入对比' }).click();
    // The map stands below the open profile and is drawn when the reader scrolls to it.
    await page.getByRole('region', { name: '晋中市县级行政区与特色专业镇地图' }).scrollIntoViewIfNeeded();
    await page.locator('[data-town="jiexiu-carbon"]').click();
    await profile(page, '介休碳素').getByRole('button', { name: '加入对比' }).click();
    const compare = page.getByRole('region', { name: '对比', exact: true });
    const output = compare.getByRole('row', { name: /^产值/ });
    await expect(output).toContainText(shown('f-yuci-output-2022'));
    await expect(output).toContainText(shown('f-jiexiu-carbon-output-2022'));
    await expect(compare.getByRole('row', { name: /^就业人员/ })).toContainText('未报告');
    await expect(page).toHaveURL(/compare=yuci-textile-hydraulics%2Cjiexiu-carbon/);
    // Clicked again only while the button is still there: panels drawn below the map can move the
    // page between Playwright's check that the button stands still and the click itself.
    await expect(async () => {
      const remove = compare.getByRole('button', { name: '移出对比: 介休碳素' });
      if ((await remove.count()) > 0) await remove.click({ timeout: 2000 });
      await expect(compare.getByRole('columnheader')).toHaveCount(2, { timeout: 2000 });
    }).toPass();

    await page.goto(
      '/?town=yushe-medicine&compare=yuci-textile-hydraulics,jiexiu-carbon,zuoquan-latex,lingshi-humic-acid',
    );
    await expect(profile(page, '榆社医药').getByRole('button', { name: '对比已满（最多4个）' })).toBeDisabled();
  });

  test("adds towns to the comparison from a chart's table", async ({ page }) => {
    await page.goto('/');
    const chart = page.getByRole('figure', { name: '专业镇排名：产值' });
    await chart.getByRole('button', { name: '表格' }).click();
    await chart.getByRole('button', { name: '加入对比: 介休碳素' }).click();
    await expect(chart.getByRole('button', { name: '已在对比中: 介休碳素' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('region', { name: '对比', exact: true }).getByRole('columnheader')).toHaveText([
      /指标/,
      /介休碳素/,
    ]);
  });

  test('finds a town by Chinese name, English name, pinyin, industry or county', async ({ page }) => {
    await page.goto('/');
    const search = page.getByRole('searchbox', { name: '查找专业镇' });
    for (const [query, town] of [
      ['玻璃', '祁县玻璃器皿'],
      ['latex', '左权乳胶制品'],
      ['Jiexiu', '介休碳素'],
      ['Qixian', '祁县玻璃器皿'],
      ['zuo quan', '左权乳胶制品'],
      ['榆次区', '榆次纺机液压'],
    ] as const) {
      await search.fill(query);
      await expect(page.getByRole('list', { name: '查找结果' }).getByRole('button')).toHaveText([town]);
    }
    await page.getByRole('list', { name: '查找结果' }).getByRole('button', { name: '榆次纺机液压' }).click();
    await expect(profile(page, '榆次纺机液压')).toBeVisible();
    await expect(search).toHaveValue('');
  });

  test('in English, by pinyin and the usual spellings, with or without spaces and case', async ({ page }) => {
    await page.goto('/?lang=en');
    const search = page.getByRole('searchbox', { name: 'Find a town' });
    const results = page.getByRole('list', { name: 'Search results' }).getByRole('button');
    for (const [query, towns] of [
      ['Qixian', ['Qi County glassware']],
      ['qi county', ['Qi County glassware']],
      ['QI XIAN glass', ['Qi County glassware']],
      ['Taigu', ['Taigu malleable iron', 'Taigu traditional medicine and wellness']],
      ['Pingyao', ['Pingyao beef and polished lacquerware']],
      ['yuci', ['Yuci textile machinery and hydraulics']],
      ['JieXiu', ['Jiexiu carbon']],
      ['Lingshi', ['Lingshi humic acid']],
      ['Zuoquan', ['Zuoquan latex products']],
      ['yu she', ['Yushe medicine']],
    ] as const) {
      await search.fill(query);
      await expect(results, query).toHaveText([...towns]);
    }
    await expect(page.locator('search').getByRole('status')).toHaveText('1 found');
  });
});

test.describe('opening a town', () => {
  test('Enter in the search opens the first match; its profile comes into view and takes focus', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    const search = page.getByRole('searchbox', { name: '查找专业镇' });
    await search.fill('玻璃');
    await search.press('Enter');
    const heading = page.getByRole('heading', { name: '祁县玻璃器皿', level: 2 });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport({ ratio: 1 });
    // The map above the profile is drawn as it comes near: the page has settled once it is.
    await expect(page.locator('.map-canvas[data-fitted]')).toBeAttached();
    await expect(heading).toBeInViewport({ ratio: 1 });
    // Closing gives the reader back where they were: the page's top, focus on the search box's place.
    await page.getByRole('button', { name: '关闭' }).click();
    await expect(heading).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('choosing a town on the map moves to its profile, and Esc returns to the marker', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    // The map is drawn when the reader comes near it.
    await page.getByRole('region', { name: /^地图/ }).scrollIntoViewIfNeeded();
    const marker = page.locator('[data-town="jiexiu-carbon"]');
    await marker.scrollIntoViewIfNeeded();
    await marker.focus();
    await marker.press('Enter');
    const heading = page.getByRole('heading', { name: '介休碳素', level: 2 });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport({ ratio: 1 });
    await page.keyboard.press('Escape');
    await expect(heading).toHaveCount(0);
    await expect(marker).toBeFocused();
    await expect(marker).toBeInViewport({ ratio: 1 });
  });

  test('a link to a town lands on its profile', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/?town=pingyao-beef-lacquer');
    const heading = page.getByRole('heading', { name: '平遥牛肉和推光漆器', level: 2 });
    await expect(heading).toBeVisible();
    await expect(heading).toBeInViewport({ ratio: 1 });
  });

  test('the neighbouring cities are context, not tab stops', async ({ page }) => {
    await page.goto('/');
    const cities = page.locator('path.city');
    await cities.first().scrollIntoViewIfNeeded();
    await expect(cities).toHaveCount(10);
    for (const city of await cities.all()) {
      await expect(city).toHaveAttribute('tabindex', '-1');
      await expect(city).toHaveAttribute('aria-hidden', 'true');
    }
  });
});

test.describe('finding one’s way on a long page', () => {
  test('the first Tab is a skip link to the page itself', async ({ page }) => {
    await page.goto('/');
    const skip = page.getByRole('link', { name: '跳到正文' });
    // The page, not the prerendered shell that stands in while the first files load.
    await expect(skip).toBeAttached();
    await page.keyboard.press('Tab');
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    // The next Tab is inside the page: the section bar's first link.
    await page.keyboard.press('Tab');
    await expect(
      page.getByRole('navigation', { name: '本页各部分' }).getByRole('link', { name: '核心数字' }),
    ).toBeFocused();
  });

  test('the section bar stays at the top and takes the reader to each section', async ({ page }) => {
    await page.goto('/?compare=jiexiu-carbon');
    const nav = page.getByRole('navigation', { name: '本页各部分' });
    await expect(nav.getByRole('link')).toHaveText([
      '核心数字',
      '地图',
      '排名',
      '对比',
      '培育进展',
      '山西全省',
      '规模对比',
      '来源',
      '大事记',
    ]);
    await nav.getByRole('link', { name: '规模对比' }).click();
    const heading = page.getByRole('heading', { name: '规模对比', level: 2 });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    // Still there, and not covering the heading it scrolled to.
    await expect(nav).toBeInViewport();
    const [bar, title] = await Promise.all([nav.boundingBox(), heading.boundingBox()]);
    expect(bar && title && title.y >= bar.y + bar.height).toBe(true);
    await expect(page).not.toHaveURL(/#/);
  });

  // The source list is laid out only when near the screen (content-visibility): until then its
  // height is a guess, which must not leave a link or the section bar short of it.
  test('on a phone, a link to filtered sources and the section bar both land on the source list', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/?sourceTown=qixian-glassware');
    const heading = page.getByRole('heading', { name: '来源文章', level: 2 });
    await expect(heading).toBeInViewport({ ratio: 1 });
    const list = page.getByRole('region', { name: '来源文章' });
    const articles = list.getByRole('listitem').filter({ has: page.locator('.outlet') });
    await expect(articles.first()).toContainText('祁县');
    await expect(articles.first()).toBeInViewport();
    // The reader scrolls back up (a wheel, as a reader does: a script's scroll is not the reader
    // moving away, and the landing keeps the list in place while the panels above are drawn).
    await page.mouse.wheel(0, -100_000);
    await expect(heading).not.toBeInViewport();
    await page.getByRole('navigation', { name: '本页各部分' }).getByRole('link', { name: '来源' }).click();
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport({ ratio: 1 });
  });

  test('a comparison link lands on the comparison', async ({ page }) => {
    await page.goto('/?compare=jiexiu-carbon,qixian-glassware');
    await expect(page.getByRole('heading', { name: '对比', level: 2, exact: true })).toBeInViewport({ ratio: 1 });
  });

  test('on paper the dashboard keeps its figures and sources and drops its controls', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: '本页各部分' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: '本页各部分' })).toBeHidden();
    await expect(page.getByRole('combobox', { name: '指标' })).toBeHidden();
    const headlines = page.getByRole('region', { name: '核心数字' });
    // Hidden on paper, so out of the accessibility tree too: found by their element.
    await expect(headlines.locator('button')).toHaveCount(8);
    for (const button of await headlines.locator('button').all()) await expect(button).toBeHidden();
    await expect(headlines.locator('.headline-value').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('"copy link" copies the view as it is', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?indicator=employment&compare=jiexiu-carbon,qixian-glassware');
    const nav = page.getByRole('navigation', { name: '本页各部分' });
    await nav.getByRole('button', { name: '复制链接' }).click();
    await expect(nav.getByRole('status')).toHaveText(/已复制/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(
      /^http:\/\/localhost:\d+\/\?indicator=employment&compare=jiexiu-carbon(,|%2C)qixian-glassware$/,
    );
  });
});

test('the English view leaves no Chinese text except names beside their English form and quotes', async ({ page }) => {
  await page.goto('/?lang=en&town=pingyao-beef-lacquer&compare=pingyao-beef-lacquer');
  // The dashboard's charts and 平遥's two series over time (its lacquer trade's firms and workers).
  await drawAll(page, DASHBOARD_CHARTS + 2);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const leftovers = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const el = node.parentElement;
      // Quotes, original titles and authors are marked as Chinese; English names stand beside others.
      if (!el || el.closest('[lang="zh-CN"], noscript, svg')) continue;
      // Chinese punctuation in English text (a list joined with 、, a full-width colon or bracket).
      if (/[、，。：；（）]/.test(node.textContent ?? '')) out.push((node.textContent ?? '').trim());
      if (!/[\u4e00-\u9fff]/.test(node.textContent ?? '')) continue;
      const english = /[A-Za-z]{3,}/.test(node.textContent ?? '');
      if (!english) out.push((node.textContent ?? '').trim());
    }
    return out;
  });
  expect(leftovers).toEqual([]);
});

test.describe('responsive layouts', () => {
  for (const width of [360, 768, 1440]) {
    test(`nothing overflows or overlaps at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/?town=yuci-textile-hydraulics&compare=yuci-textile-hydraulics,jiexiu-carbon');
      await drawAll(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const boxes = await page
        .locator('main > .panel, main > .dash-top > .panel, main .grid > .panel, main .grid > .side > .panel')
        .evaluateAll((els) =>
          els.map((e) => {
            const r = e.getBoundingClientRect();
            return { id: e.getAttribute('aria-labelledby'), x: r.x, y: r.y, w: r.width, h: r.height };
          }),
        );
      for (const a of boxes)
        for (const b of boxes) {
          if (a === b) continue;
          const overlap = a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;
          expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
        }
      expect(boxes.every((b) => b.x >= 0 && b.x + b.w <= width + 1)).toBe(true);
    });
  }
});

/**
 * Opens a figure's source, clicking again only while it has not opened: charts drawn above the
 * figure as they come near the screen can move it under the pointer between aim and click.
 */
async function openSource(item: Locator, source: string, opened: string) {
  await expect(async () => {
    const button = item.getByRole('button', { name: opened });
    if (!(await button.isVisible())) await item.getByRole('button', { name: source }).click();
    await expect(button).toBeVisible({ timeout: 1000 });
  }).toPass();
}

/**
 * Opens `item`'s source, copies its citation and returns the text the clipboard holds, having
 * checked that the page says it was copied and shows that same text under the button.
 */
async function copyCitation(page: Page, item: Locator, lang: 'zh' | 'en'): Promise<string> {
  const [source, copy, copied] = lang === 'zh' ? ['来源', '复制引用', /已复制/] : ['Source', 'Copy citation', /Copied/];
  await openSource(item, source, copy);
  await item.getByRole('button', { name: copy }).click();
  await expect(item.getByRole('status')).toHaveText(copied);
  const text = await page.evaluate(() => navigator.clipboard.readText());
  await expect(item.locator('.copied-text')).toHaveText(text);
  return text;
}

test.describe('citing a figure', () => {
  test('"copy citation" gives the GB/T 7714 reference and a permalink that opens the figure', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?town=yuci-textile-hydraulics');
    const profile = page.getByRole('region', { name: '榆次纺机液压' });
    const item = profile.locator('li[data-figure="f-yuci-output-2022"]');
    // What was copied is shown under the button, as it will be pasted.
    const copied = await copyCitation(page, item, 'zh');
    const [reference, link] = copied.split('\n');
    // No headline is known: our description stands in brackets; a newspaper read online is [N/OL].
    const described = articleOf('jzwb-2023-06-13-yuci-hydraulics').description?.zh ?? '';
    expect(reference).toMatch(
      new RegExp(
        `^\\[${literally(described)}\\]\\[N/OL\\]\\. 晋中晚报, 2023-06-13\\[\\d{4}-\\d{2}-\\d{2}\\]\\. http://jzxww\\.com\\.cn/conn/2023-06/13/content_165571\\.htm\\.$`,
      ),
    );
    expect(link).toMatch(
      /^看板中的这个数字：http:\/\/localhost:\d+\/\?town=yuci-textile-hydraulics&figure=f-yuci-output-2022$/,
    );
    // The permalink, opened on a phone: the town's profile, the figure marked and in view.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(link?.replace('看板中的这个数字：', '') ?? '/');
    const pointed = page.locator('.panel-profile li[data-figure="f-yuci-output-2022"]');
    await expect(pointed).toHaveClass(/pointed/);
    await expect(pointed).toBeInViewport({ ratio: 1 });
    // Not under the section bar that stays at the top of the window.
    const [bar, mark] = await Promise.all([
      page.getByRole('navigation', { name: '本页各部分' }).boundingBox(),
      pointed.boundingBox(),
    ]);
    expect(bar && mark && mark.y >= bar.y + bar.height).toBe(true);
    // Choosing another town lets go of it.
    await page.getByRole('searchbox', { name: '查找专业镇' }).fill('介休');
    await page.getByRole('searchbox', { name: '查找专业镇' }).press('Enter');
    await expect(page).not.toHaveURL(/figure=/);
  });

  test('the English citation names author, title, outlet and date', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?lang=en&figure=f-qixian-output-2022');
    const item = page.locator('.panel-profile li[data-figure="f-qixian-output-2022"]');
    await expect(item).toHaveClass(/pointed/);
    const copied = await copyCitation(page, item, 'en');
    expect(copied).toMatch(
      /^Wang Keju\. "Qixian's glassware heralds global presence"\. China Daily, 12 December 2023\. https:\/\/chinadailyhk\.com\/hk\/article\/366228\. Accessed \d+ \w+ \d{4}\.\n/,
    );
    expect(copied).toMatch(
      /This figure in the dashboard: http:\/\/localhost:\d+\/\?lang=en&town=qixian-glassware&figure=f-qixian-output-2022$/,
    );
  });

  test('in Chinese, a Latin-script author is written as the standard asks', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?figure=f-qixian-output-2022');
    const item = page.locator('.panel-profile li[data-figure="f-qixian-output-2022"]');
    const copied = await copyCitation(page, item, 'zh');
    expect(copied).toMatch(
      /^WANG K J\. Qixian's glassware heralds global presence\[N\/OL\]\. 中国日报, 2023-12-12\[\d{4}-\d{2}-\d{2}\]\. https:\/\/chinadailyhk\.com\/hk\/article\/366228\.\n/,
    );
  });

  test('a page naming no outlet is a web page with no publisher, and a title of our own in brackets', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    const headline = page.locator('.headline[data-figure="f-jz-provincial-towns-2025-10"]');
    const copied = await copyCitation(page, headline, 'zh');
    const described = articleOf('portal-2025-10-24-jinzhong-industry').description?.zh ?? '';
    expect(copied.split('\n')[0]).toMatch(
      new RegExp(
        `^\\[${literally(described)}\\]\\[EB/OL\\]\\. \\(2025-10-24\\)\\[\\d{4}-\\d{2}-\\d{2}\\]\\. http://cx\\.xuexiqiangqi\\.com\\.cn/zx/2025-10-24/32993\\.html\\.（所引为cx\\.xuexiqiangqi\\.com\\.cn上的副本）$`,
      ),
    );
    expect(copied).not.toContain('未注明媒体');
    expect(copied).not.toContain('无题');
  });

  test("a designation is cited too, with the town's address", async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?town=yuci-textile-hydraulics&lang=en');
    const profile = page.getByRole('region', { name: 'Yuci textile machinery and hydraulics' });
    const designation = profile.locator('.profile-list li', { hasText: 'Provincial' }).first();
    const copied = await copyCitation(page, designation, 'en');
    expect(copied).toMatch(
      /\nThis town in the dashboard: http:\/\/localhost:\d+\/\?lang=en&town=yuci-textile-hydraulics$/,
    );
  });
});

test.describe('tables in a narrow box', () => {
  for (const [width, lang] of [
    [360, 'zh'],
    [1440, 'en'],
  ] as const) {
    test(`the ranking's table stays readable at ${width}px (${lang}): rows as cards, words whole`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/?lang=${lang}`);
      const chart = page.getByRole('figure', {
        name: lang === 'zh' ? '专业镇排名：产值' : 'Towns ranked: Output value',
      });
      await chart.getByRole('button', { name: lang === 'zh' ? '表格' : 'Table' }).click();
      const row = chart.getByRole('row', { name: /^(榆次纺机液压|Yuci textile)/ });
      // Each cell says what it is, as the column headers are out of sight.
      await expect(row.locator('td[data-label]').first()).toBeVisible();
      const button = row.getByRole('button', { name: lang === 'zh' ? '加入对比' : 'Add to compare' });
      const box = await button.boundingBox();
      expect(box && box.height).toBeLessThan(48);
      const source = await row.locator('.source-cell').boundingBox();
      expect(source && source.width).toBeGreaterThan(250);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
    });
  }
});

test('the comparison of four towns reads on a 360px phone without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/?compare=jiexiu-carbon,qixian-glassware,yuci-textile-hydraulics,taigu-malleable-iron');
  const compare = page.getByRole('region', { name: '对比', exact: true });
  const table = compare.getByRole('table');
  await expect(table).toBeVisible();
  // Each indicator a card; each town's value on its own line, under the town's name.
  const output = compare.getByRole('row', { name: /^产值/ });
  await expect(output.locator('td[data-label="榆次纺机液压"]')).toContainText(shown('f-yuci-output-2022'));
  const cells = await output.locator('td').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().x));
  expect(new Set(cells.map(Math.round)).size).toBe(1);
  // The towns stay in sight with their remove buttons.
  await expect(compare.getByRole('button', { name: '移出对比: 太谷玛钢' })).toBeInViewport();
  const sideways = await compare.locator('.table-scroll').evaluate((box) => box.scrollWidth - box.clientWidth);
  expect(sideways).toBeLessThanOrEqual(0);
});

test.describe('embedding', () => {
  test('offers a copyable iframe code for a chart', async ({ page }) => {
    await page.goto('/?indicator=employment');
    const chart = page.getByRole('figure', { name: '专业镇排名：就业人员' });
    await chart.getByRole('button', { name: '嵌入' }).click();
    const code = chart.getByRole('textbox', { name: '嵌入代码（复制到网页中）' });
    await expect(code).toHaveValue(
      /^<iframe src="http:\/\/localhost:\d+\/\?indicator=employment&amp;embed=ranking" title="专业镇排名：就业人员"/,
    );
  });

  test('an embedded chart shows only itself, with its title, sources and a link back', async ({ page }) => {
    await page.goto('/?embed=ranking&indicator=employment');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('专业镇排名 · 晋中特色专业镇数据看板');
    await expect(
      page.getByRole('figure', { name: '专业镇排名：就业人员' }).locator('.echart[data-rendered="true"]'),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: '核心数字' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '嵌入' })).toHaveCount(0);
    // The box is 1440 wide: the source line names three outlets and counts the rest.
    await expect(page.getByText(/^数据来源：晋中日报、新华社、晋中晚报等\d+家媒体/)).toBeVisible();
    await expect(page.getByRole('link', { name: '在完整看板中打开' })).toHaveAttribute(
      'href',
      /\/\?indicator=employment$/,
    );
  });

  for (const [width, height] of [
    [320, 240],
    [600, 450],
  ] as const)
    test(`the scale chart in a ${width}×${height} box shows one indicator at a time, chosen by a select`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto('/?embed=scale&lang=en');
      const figure = page.getByRole('figure', { name: "The towns' economies side by side" });
      const choice = figure.getByRole('combobox', { name: 'Indicator' });
      await expect(choice).toHaveValue('outputValue');
      await expect(choice.getByRole('option')).toHaveText([
        'Output value (CNY)',
        'Enterprises',
        'Above-scale enterprises',
        'Employment (people)',
      ]);
      const chart = figure.locator('.echarts-for-react');
      await expect(chart).toHaveCount(1);
      await expect(chart).toHaveAttribute('aria-label', /Output value: /);
      await expect(chart).not.toHaveAttribute('aria-label', /Employment: /);
      await choice.selectOption('employment');
      await expect(chart).toHaveAttribute('aria-label', /Employment: /);
      await expect(chart).not.toHaveAttribute('aria-label', /Output value: /);
      // Nothing is cut off at the box's edge.
      const box = await page.locator('.scale-one').boundingBox();
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(height);
    });

  for (const [lang, title, unit, period] of [
    ['zh', '专业镇排名：产值', /元/, / · (\d{4}年(\d+–\d+月)?|年份未注明)$/],
    ['en', 'Towns ranked: Output value', /CNY/, / · (\d{4}|H[12] \d{4}|no year)$/],
  ] as const)
    test(`the ranking in a 320×240 box writes each value whole with its period (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 240 });
      await page.goto(`/?embed=ranking&lang=${lang}`);
      const chart = page.getByRole('figure', { name: title }).locator('.echart[data-rendered="true"]');
      await expect(chart).toBeVisible();
      const values = (await chart.locator('svg text').allTextContents()).filter((t) => unit.test(t) && t.length > 4);
      // Every town with an output value has its bar, its value and its period; none cut to "…".
      expect(values.length).toBeGreaterThanOrEqual(6);
      for (const value of values) {
        expect(value).not.toContain('…');
        expect(value).toMatch(period);
      }
    });

  test('the scale chart in a large box shows all its panels, without a select', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/?embed=scale');
    const figure = page.getByRole('figure', { name: '专业镇经济规模对比' });
    await expect(figure.locator('.echarts-for-react')).toHaveAttribute('aria-label', /产值: .*就业人员: /);
    await expect(figure.getByRole('combobox')).toHaveCount(0);
  });

  test("the map in a 320×240 box names a provincial town rather than only clusters, and no cluster mixes 晋中's towns with others", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 240 });
    await page.goto('/?embed=map');
    const canvas = page.locator('.map-canvas[data-fitted]');
    await expect(canvas).toBeAttached();
    const label = canvas.locator('.town-marker[data-town="taigu-malleable-iron"] .town-label');
    await expect(label).toBeVisible();
    await expect(label).toHaveText('太谷玛钢');
    const clusters = canvas.locator('.town-cluster');
    await expect(clusters.first()).toBeVisible();
    const inJinzhong = new Map(towns.map((t) => [t.id, t.inJinzhong]));
    for (const members of await clusters.evaluateAll((els) => els.map((e) => e.getAttribute('data-towns') ?? '')))
      expect(new Set(members.split(' ').map((id) => inJinzhong.get(id))).size, members).toBe(1);
  });

  test('the map in a 600×450 box names all four provincial towns, each name clear of the other names and markers', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 600, height: 450 });
    await page.goto('/?embed=map');
    const canvas = page.locator('.map-canvas[data-fitted]');
    const names = {
      'yuci-textile-hydraulics': '榆次纺机液压',
      'taigu-malleable-iron': '太谷玛钢',
      'qixian-glassware': '祁县玻璃器皿',
      'pingyao-beef-lacquer': '平遥牛肉和推光漆器',
    };
    for (const [id, name] of Object.entries(names)) {
      const label = canvas.locator(`.town-marker[data-town="${id}"] .town-label`);
      await expect(label, id).toBeVisible();
      await expect(label).toHaveText(name);
    }
    const clashes = await labelClashes(canvas);
    expect(clashes).toEqual([]);
  });

  test('the map can be embedded too', async ({ page }) => {
    await page.goto('/?embed=map');
    await expect(page.locator('path.county')).toHaveCount(11);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('地图');
    await expect(page.locator('.echart')).toHaveCount(0);
  });
});
