import { expect, test } from './app-test';
import { type Page } from '@playwright/test';
import { literally, shown, towns } from './data';
import { labelClashes } from './map-labels';

const mapRegion = (page: Page, lang: 'zh' | 'en' = 'zh') =>
  page.getByRole('region', {
    name:
      lang === 'zh' ? '晋中市县级行政区与特色专业镇地图' : 'Map of Jinzhong county-level divisions and specialty towns',
  });
const county = (page: Page, code: string) => mapRegion(page).locator(`path.county[data-code="${code}"]`);
const legend = (page: Page) => page.getByRole('group', { name: '图例' });

/** Presses Tab until the focused element matches `selector`, as a keyboard user would. */
async function tabTo(page: Page, selector: string, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test.describe('the map', () => {
  test('colours counties by the picked indicator and draws "no data" as its own pattern', async ({ page }) => {
    await page.goto('/');
    await expect(county(page, '140702')).toHaveClass(/has-data/);
    await expect(county(page, '140781')).toHaveClass(/has-data/);
    // 和顺 has no town; 左权 has only a plan: both are "no data", not the lowest class.
    await expect(county(page, '140723')).toHaveAttribute('fill', 'url(#no-data-hatch)');
    await expect(county(page, '140722')).toHaveAttribute('fill', 'url(#no-data-hatch)');
    await expect(legend(page)).toContainText('产值（元）');
    await expect(legend(page)).toContainText(shown('f-yuci-output-2022'));
    await expect(legend(page)).toContainText('无数据（来源未报告）');
    await expect(legend(page)).toContainText('规划和目标不是实绩，不上色');

    await page.getByRole('combobox', { name: '指标' }).selectOption({ label: '就业人员' });
    await expect(legend(page)).toContainText('就业人员（人）');
    await expect(legend(page)).toContainText(shown('f-yuci-employment'));
    await expect(county(page, '140781')).toHaveAttribute('fill', 'url(#no-data-hatch)');
    await expect(county(page, '140702')).toHaveClass(/has-data/);
  });

  test('restyles the county paths it has drawn, never re-creating them, and keeps a focused county focused', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(county(page, '140781')).toHaveClass(/has-data/);
    // Marks the element itself: a path drawn anew would not carry the mark.
    await county(page, '140781').evaluate((path) => path.setAttribute('data-test-kept', 'yes'));
    await county(page, '140781').focus();
    await page.getByRole('combobox', { name: '指标' }).selectOption({ label: '就业人员' });
    await expect(county(page, '140781')).toHaveClass(/no-data/);
    await expect(county(page, '140781')).not.toHaveClass(/has-data/);
    await expect(county(page, '140781')).toHaveAttribute('data-test-kept', 'yes');
    await expect(county(page, '140781')).toHaveAttribute('aria-label', /就业人员 无数据/);
    // Selecting it restyles it too, and its profile takes focus; Esc gives focus back to the county.
    await county(page, '140781').press('Enter');
    await expect(county(page, '140781')).toHaveClass(/selected/);
    await expect(county(page, '140781')).toHaveAttribute('data-test-kept', 'yes');
    const heading = page.getByRole('heading', { name: '介休市', level: 2 });
    await expect(heading).toBeFocused();
    await heading.press('Escape');
    await expect(page.getByRole('region', { name: '介休市' })).toHaveCount(0);
    await expect(county(page, '140781')).toBeFocused();
    await expect(county(page, '140781')).not.toHaveClass(/selected/);
  });

  test('a new language renames the town markers it has drawn, never re-creating them', async ({ page }) => {
    await page.goto('/');
    const taigu = towns.find((town) => town.id === 'taigu-malleable-iron');
    if (!taigu) throw new Error('太谷玛钢 is not in the data');
    const marker = mapRegion(page).locator(`[data-town="${taigu.id}"]`);
    await expect(marker).toHaveAttribute('aria-label', new RegExp(`^${taigu.name.zh}:`));
    // Marks the element itself: a marker drawn anew would not carry the mark.
    await marker.evaluate((element) => element.setAttribute('data-test-kept', 'yes'));
    await page.getByRole('button', { name: 'Switch to English' }).click();
    const english = mapRegion(page, 'en').locator(`[data-town="${taigu.id}"]`);
    await expect(english).toHaveAttribute('aria-label', new RegExp(`^${taigu.name.en}:`));
    await expect(english).toHaveAttribute('title', taigu.name.en);
    await expect(english.locator('.town-label')).toHaveText(taigu.name.en);
    await expect(english).toHaveAttribute('data-test-kept', 'yes');
  });

  test('answers focus with a tooltip that gives the value or says "no data"', async ({ page }) => {
    await page.goto('/');
    await county(page, '140723').focus();
    await expect(page.getByRole('tooltip', { name: /^和顺县/ })).toContainText('产值: 无数据');
    await county(page, '140781').focus();
    const jiexiu = page.getByRole('tooltip', { name: /^介休市/ });
    const jiexiuOutput = shown('f-jiexiu-carbon-output-2022');
    await expect(jiexiu).toContainText(`产值: ${jiexiuOutput}`);
    await expect(jiexiu).toContainText(`介休碳素: ${jiexiuOutput} (规模以上工业企业的碳素产值)`);
    await mapRegion(page).locator('[data-town="lingshi-humic-acid"]').focus();
    const lingshi = page.getByRole('tooltip', { name: /^灵石腐植酸/ });
    await expect(lingshi).toContainText('产值: 未报告');
    await expect(lingshi).toContainText('位置：所在县城（精确到县）');
  });

  test('keyboard focus reaches a town and Enter opens its profile', async ({ page }) => {
    await page.goto('/');
    await expect(mapRegion(page).locator('.town-marker')).toHaveCount(towns.length);
    await tabTo(page, '[data-town="taigu-malleable-iron"]');
    await page.keyboard.press('Enter');
    const profile = page.getByRole('region', { name: '太谷玛钢' });
    await expect(profile.getByRole('heading', { name: '太谷玛钢' })).toBeVisible();
    await expect(page).toHaveURL(/town=taigu-malleable-iron/);
    await expect(mapRegion(page).locator('[data-town="taigu-malleable-iron"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(profile).toContainText('省级重点专业镇');
    await expect(profile.getByRole('region', { name: '活动与事件' })).toContainText(shown('f-taigu-expo-deals'));
    // The gaps are shown, not hidden.
    await expect(profile.getByText('来源未报告的指标')).toBeVisible();
    await expect(profile.locator('.not-reported')).toContainText('就业人员');
    await profile.getByRole('button', { name: '关闭' }).click();
    await expect(profile).toHaveCount(0);
  });

  test('Enter on a county opens its profile with its towns', async ({ page }) => {
    await page.goto('/');
    await county(page, '140727').focus();
    await page.keyboard.press('Enter');
    const profile = page.getByRole('region', { name: '祁县' });
    await expect(profile).toContainText(`产值: ${shown('f-qixian-output-2022')}`);
    await profile.getByRole('button', { name: '祁县玻璃器皿' }).click();
    await expect(page.getByRole('region', { name: '祁县玻璃器皿' })).toContainText('2022年9月');
    await expect(page).toHaveURL(/town=qixian-glassware/);
  });

  test('a click selects a county and the selection shows on the map', async ({ page }) => {
    await page.goto('/?county=140702');
    await expect(county(page, '140702')).toHaveClass(/selected/);
    await expect(page.getByRole('region', { name: '榆次区' })).toContainText('榆次纺机液压');
  });

  test('shows all of 山西 with the towns outside 晋中 marked as such', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '山西全省', exact: true }).click();
    await expect(page.getByRole('button', { name: '山西全省', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/map=shanxi/);
    const box = await mapRegion(page).boundingBox();
    for (const id of ['daizhou-rice-wine', 'huairen-ceramics', 'shangdang-herbs']) {
      const marker = mapRegion(page).locator(`[data-town="${id}"]`);
      await expect(marker).toHaveClass(/outside/);
      await expect(marker).toHaveAttribute('aria-label', /晋中以外/);
      const m = await marker.boundingBox();
      expect(box && m && m.x >= box.x && m.y >= box.y && m.x <= box.x + box.width && m.y <= box.y + box.height).toBe(
        true,
      );
    }
  });

  test('asks a tile server for nothing unless the reader opts in', async ({ page }) => {
    const tiles: string[] = [];
    await page.route('https://tile.openstreetmap.org/**', (route) => {
      tiles.push(route.request().url());
      return route.abort();
    });
    await page.goto('/');
    await expect(mapRegion(page).locator('path.county')).toHaveCount(11);
    expect(tiles).toEqual([]);
    await page.getByLabel('显示在线底图（OpenStreetMap）').check();
    await expect(page.getByText('中国的边界数据与 WGS84 底图之间可能有几百米的偏移')).toBeVisible();
    await expect.poll(() => tiles.length).toBeGreaterThan(0);
    await expect(page).toHaveURL(/tiles=osm/);
  });
});

test.describe('the map at a date', () => {
  const marker = (page: Page, id: string) => mapRegion(page).locator(`[data-town="${id}"]`);
  const asOf = (page: Page, lang: 'zh' | 'en' = 'zh') => ({
    year: page.getByRole('combobox', { name: lang === 'zh' ? '数据截至：年份' : 'As of: year' }),
    month: page.getByRole('combobox', { name: lang === 'zh' ? '数据截至：月份' : 'As of: month' }),
  });

  test('the date is a year and a month, typed or stepped like any list, and choosing one moves nothing', async ({
    page,
  }) => {
    await page.goto('/');
    const { year, month } = asOf(page);
    await expect(page.getByRole('group', { name: '数据截至' })).toBeVisible();
    // Now: the year reads "最新", and the month has nothing to choose.
    await expect(year.locator('option:checked')).toHaveText('最新');
    await expect(month).toBeDisabled();
    // Where the map and the ranking begin (their heights follow what they show).
    const tops = () =>
      page.evaluate(() => ['#map', '#ranking'].map((s) => document.querySelector(s)?.getBoundingClientRect().top));
    await expect(marker(page, 'yuci-textile-hydraulics')).toBeVisible();
    const before = await tops();
    // Typed: the year by its digits, then the month by its number (a year alone stands at its end).
    await year.focus();
    await page.keyboard.type('2023');
    await expect(page).toHaveURL(/asof=2023-12/);
    await expect(year.locator('option:checked')).toHaveText('2023年');
    await month.focus();
    await page.keyboard.type('6');
    await expect(page).toHaveURL(/asof=2023-06/);
    await expect(month.locator('option:checked')).toHaveText('6月');
    // Stepped with the arrow keys.
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(/asof=2023-07/);
    await expect(legend(page)).toContainText('截至2023年7月');
    await expect.poll(tops).toEqual(before);
    // Back to now: the year's first choice; nothing appears or disappears beside the selects.
    await year.selectOption({ label: '最新' });
    await expect(page).not.toHaveURL(/asof=/);
    await expect(month).toBeDisabled();
    await expect.poll(tops).toEqual(before);
  });

  test('on a phone, where the headline figures stand above it, the date control stays under the finger', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    const { year, month } = asOf(page);
    const group = page.getByRole('group', { name: '数据截至' });
    await expect(
      page.getByRole('region', { name: '核心数字' }).getByText(shown('f-jz-group-enterprises')),
    ).toBeVisible();
    await group.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 400));
    // To the pixel: the page scrolls by whole pixels, while the control may stand at a fraction of one.
    const top = () => group.evaluate((el) => el.getBoundingClientRect().top);
    const before = await top();
    expect(Math.round(before)).toBe(400);
    const still = async () => expect(Math.abs((await top()) - before)).toBeLessThanOrEqual(1);
    // 2022: most headlines not yet reported, their cards much shorter.
    await year.selectOption('2022');
    await expect(page.getByRole('region', { name: '核心数字 · 截至2022年12月' })).toBeVisible();
    await still();
    await month.selectOption({ label: '6月' });
    await expect(page.getByRole('region', { name: '核心数字 · 截至2022年6月' })).toBeVisible();
    await still();
    await year.selectOption({ label: '最新' });
    await expect(page.getByRole('region', { name: '核心数字', exact: true })).toBeVisible();
    await still();
  });

  test('the headline figures follow the date: each as it stood then, or said to be not yet reported', async ({
    page,
  }) => {
    await page.goto('/?asof=2023-06');
    const headlines = page.getByRole('region', { name: '核心数字 · 截至2023年6月' });
    const card = (label: string) =>
      headlines.getByRole('listitem').filter({ has: page.locator('.headline-label', { hasText: label }) });
    // The province's count of 晋中's towns came in October 2025: not yet, and the towns named by then.
    await expect(card('晋中的省级专业镇')).toContainText('截至2023年6月，来源中还没有这一数字');
    await expect(card('晋中的省级专业镇')).toContainText(
      '本看板的来源点名的有3个：太谷玛钢、祁县玻璃器皿、平遥牛肉和推光漆器',
    );
    await expect(card('晋中的省级专业镇')).not.toContainText(shown('f-jz-provincial-towns-2025-10'));
    // The city-level towns: the first batch of June 2023 stands for October 2025's count.
    await expect(card('首批市级专业镇')).toContainText(shown('f-jz-city-first-city-towns'));
    await expect(card('首批市级专业镇')).toContainText('晋中晚报 · 2023年6月13日');
    await expect(headlines.getByText(shown('f-jz-city-towns-2025-10'))).toHaveCount(0);
    // Reported in February 2023: shown as they are.
    await expect(card('企业数')).toContainText(shown('f-jz-group-enterprises'));

    await page.goto('/?asof=2023-01&lang=en');
    const early = page.getByRole('region', { name: 'Key figures · as of January 2023' });
    const enterprises = early
      .getByRole('listitem')
      .filter({ has: page.locator('.headline-label', { hasText: /^Enterprises$/ }) });
    await expect(enterprises).toContainText('Not yet reported by January 2023');
    await expect(early.getByText(shown('f-jz-group-enterprises', 'en'))).toHaveCount(0);

    await asOf(page, 'en').year.selectOption({ label: 'Now (latest)' });
    const now = page.getByRole('region', { name: 'Key figures', exact: true });
    await expect(now.getByText(shown('f-jz-group-enterprises', 'en'))).toBeVisible();
    await expect(now.getByText(/Not yet reported/)).toHaveCount(0);
  });

  test('shows the tiers as they stood then: 榆次 city-level in June 2023, provincial from December 2023', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(marker(page, 'yuci-textile-hydraulics')).toHaveClass(/tier-provincial-key/);
    // "Now" says when it is: the newest count of towns in the programme (October 2025).
    await expect(legend(page)).toContainText('标记形状：级别 · 截至2025年10月');
    await asOf(page).year.selectOption('2023');
    await asOf(page).month.selectOption({ label: '6月' });
    await expect(page).toHaveURL(/asof=2023-06/);
    await expect(marker(page, 'yuci-textile-hydraulics')).toHaveClass(/tier-city/);
    await expect(legend(page)).toContainText('标记形状：级别 · 截至2023年6月');
    await expect(marker(page, 'taigu-tcm-wellness')).toHaveClass(/tier-city/);
    await asOf(page).year.selectOption({ label: '最新' });
    await expect(page).not.toHaveURL(/asof=/);
    await expect(marker(page, 'yuci-textile-hydraulics')).toHaveClass(/tier-provincial-key/);
  });

  test('before April 2023, 太谷中药康养 is not yet a town of the programme and is not drawn', async ({ page }) => {
    await page.goto('/?asof=2023-03');
    await expect(marker(page, 'qixian-glassware')).toHaveClass(/tier-provincial-key/);
    await expect(marker(page, 'taigu-tcm-wellness')).toHaveCount(0);
    await page.goto('/?asof=2024-01');
    await expect(marker(page, 'yuci-textile-hydraulics')).toHaveClass(/tier-provincial-key/);
    await expect(marker(page, 'taigu-tcm-wellness')).toHaveClass(/tier-city/);
  });

  test('shows the figures as they stood then: in March 2023 only what had been reported by then', async ({ page }) => {
    await page.goto('/?indicator=outputValue&asof=2023-03');
    // 晋中晚报's 55.37亿 for the whole industry came in June 2023; before it, the zone firms' 13亿.
    const ranking = page.getByRole('figure', { name: '专业镇排名：产值' });
    await ranking.getByRole('button', { name: '表格' }).click();
    const row = (name: string) => ranking.getByRole('row', { name: new RegExp(`^${name}`) });
    await expect(row('榆次纺机液压').locator('.shown-value')).toHaveText(shown('f-yuci-devzone-output-2022'));
    await expect(row('太谷玛钢').locator('.shown-value')).toHaveText('未报告');
    await expect(row('太谷中药康养')).toHaveCount(0);
    await expect(marker(page, 'yuci-textile-hydraulics')).toHaveAttribute(
      'aria-label',
      new RegExp(`产值: ${literally(shown('f-yuci-devzone-output-2022'))}`),
    );
    await asOf(page).year.selectOption({ label: '最新' });
    await expect(row('榆次纺机液压').locator('.shown-value')).toHaveText(shown('f-yuci-output-2022'));
    await expect(row('太谷玛钢').locator('.shown-value')).toHaveText(shown('f-taigu-devzone-output-2024'));
    await expect(marker(page, 'yuci-textile-hydraulics')).toHaveAttribute(
      'aria-label',
      new RegExp(`产值: ${literally(shown('f-yuci-output-2022'))} · 来源不一：另有1个数字`),
    );
  });
});

test.describe('the map shares gestures with the page', () => {
  test('on a desktop the wheel scrolls the page; Ctrl + wheel, or a click into the map, zooms it', async ({ page }) => {
    await page.goto('/');
    const canvas = page.locator('.map-canvas');
    await canvas.scrollIntoViewIfNeeded();
    await expect(canvas).toHaveAttribute('data-fitted', 'jinzhong');
    const zoom = await canvas.getAttribute('data-zoom');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no map');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const before = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
    await expect(canvas).toHaveAttribute('data-zoom', zoom ?? '');
    await expect(page.locator('.map-hint')).toHaveText('按住 Ctrl（Mac 上按 ⌘）滚动可缩放地图，或先点一下地图');
    // With Ctrl held, the same wheel zooms the map in.
    const middle = await canvas.boundingBox();
    if (!middle) throw new Error('no map');
    await page.mouse.move(middle.x + middle.width / 2, middle.y + middle.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await expect(canvas).not.toHaveAttribute('data-zoom', zoom ?? '');
  });
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  /** Opens `address` with the map drawn and in view. */
  async function openMap(page: Page, address = '/') {
    await page.goto(address);
    // The map is drawn when the reader comes near it.
    await page.getByRole('region', { name: /^地图/ }).scrollIntoViewIfNeeded();
    const canvas = page.locator('.map-canvas');
    await canvas.scrollIntoViewIfNeeded();
    await expect(canvas).toHaveAttribute('data-markers-zoom', /.+/);
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no map');
    return { canvas, box };
  }
  const finger = (x: number, y: number) => ({ touches: [{ identifier: 0, clientX: x, clientY: y }] });

  test('a one-finger drag on the map shows how to move it with two; a tap does not', async ({ page }) => {
    const { canvas, box } = await openMap(page);
    const hint = page.locator('.map-hint');
    // A tap on a town selects it, with no hint.
    await canvas.locator('[data-town="lingshi-humic-acid"]').tap();
    await expect(page).toHaveURL(/town=lingshi-humic-acid/);
    await expect(hint).not.toHaveClass(/shown/);
    await canvas.scrollIntoViewIfNeeded();
    // A drag with one finger: the page scrolls, and the hint says how to move the map.
    await canvas.dispatchEvent('touchstart', finger(box.x + 50, box.y + 50));
    await canvas.dispatchEvent('touchmove', finger(box.x + 50, box.y + 52));
    await expect(hint).not.toHaveClass(/shown/);
    await canvas.dispatchEvent('touchmove', finger(box.x + 50, box.y + 80));
    await expect(hint).toHaveText('用两根手指移动和缩放地图');
    await expect(hint).toHaveClass(/shown/);
  });

  test('the town opened is never inside a cluster and is named, and a cluster tapped zooms only as far as it takes to part it', async ({
    page,
  }) => {
    const { canvas } = await openMap(page, '/?town=qixian-glassware');
    const opened = canvas.locator('[data-town="qixian-glassware"]');
    await expect(opened).toHaveAttribute('aria-pressed', 'true');
    await expect(canvas.locator('.town-cluster[data-towns~="qixian-glassware"]')).toHaveCount(0);
    // Its name beside it (among its crowded neighbours, half a line up), covering nothing.
    await expect(opened.locator('.town-label')).toBeVisible();
    await expect(opened.locator('.town-label')).toHaveText('祁县玻璃器皿');
    expect(await labelClashes(canvas)).toEqual([]);
    // Some towns share a cluster at this size (太谷's two towns, a few kilometres apart).
    const cluster = canvas.locator('.town-cluster').first();
    await expect(cluster).toBeVisible();
    const members = (await cluster.getAttribute('data-towns'))?.split(' ') ?? [];
    expect(members.length).toBeGreaterThanOrEqual(2);
    expect(members).not.toContain('qixian-glassware');
    const zoom = Number(await canvas.getAttribute('data-markers-zoom'));
    await cluster.tap();
    await expect(canvas).not.toHaveAttribute('data-markers-zoom', String(zoom));
    // Each of its towns on its own now, the opened town still alone, and the map zoomed in by at
    // most one zoom level: the counties around stay in view.
    for (const id of members) await expect(canvas.locator(`.town-marker[data-town="${id}"]`)).toBeVisible();
    await expect(canvas.locator('.town-cluster[data-towns~="qixian-glassware"]')).toHaveCount(0);
    expect(Number(await canvas.getAttribute('data-markers-zoom')) - zoom).toBeLessThanOrEqual(1);
  });

  test('a town chosen on the map brings its profile into view, and one tap leads back to the map', async ({ page }) => {
    const { canvas } = await openMap(page);
    await canvas.locator('[data-town="zuoquan-latex"]').tap();
    const profile = page.getByRole('heading', { level: 2, name: '左权乳胶制品' });
    await expect(profile).toBeInViewport();
    await page.getByRole('button', { name: '回到地图' }).tap();
    await expect(page.getByRole('heading', { level: 2, name: /^地图/ })).toBeInViewport();
    const marker = canvas.locator('[data-town="zuoquan-latex"]');
    await expect(marker).toBeInViewport();
    await expect(marker).toBeFocused();
    // Tapped again, the town open already: its profile comes back into view.
    await marker.tap();
    await expect(profile).toBeInViewport();
  });

  for (const [lang, address, mapName, jiexiu] of [
    ['zh', '/', /^地图/, '介休碳素'],
    ['en', '/?lang=en', /^Map/, 'Jiexiu carbon'],
  ] as const)
    test(`names the towns where their names fit, clear of each other, the markers and the zoom buttons; a long name on two lines; a tap opens a town (${lang})`, async ({
      page,
    }) => {
      await page.goto(address);
      await page.getByRole('region', { name: mapName }).scrollIntoViewIfNeeded();
      const canvas = page.locator('.map-canvas');
      await canvas.scrollIntoViewIfNeeded();
      await expect(canvas).toHaveAttribute('data-markers-zoom', /.+/);
      const labels = canvas.locator('.town-marker:not(.label-hidden) .town-label');
      await expect(labels.first()).toBeVisible();
      // Several towns named on a phone, and the names cover nothing.
      expect(await labels.count()).toBeGreaterThanOrEqual(3);
      expect(await labelClashes(canvas)).toEqual([]);
      // A name on two lines (a long English one where one line found no room) is whole, and twice
      // as tall as a name on one.
      const heights = await labels.evaluateAll((els) =>
        els.map((e) => ({
          two: e.closest('.town-marker')?.classList.contains('label-wrapped') ?? false,
          height: e.getBoundingClientRect().height,
          text: e.textContent,
        })),
      );
      const line = Math.min(...heights.map((h) => h.height));
      for (const { two, height, text } of heights) expect(height / line, `${text}`).toBeCloseTo(two ? 2 : 1, 0);
      if (lang === 'en') expect(heights.filter((h) => h.two).length).toBeGreaterThanOrEqual(1);
      // A tap on a town: it is marked on the map and its profile comes into view.
      await canvas.locator('[data-town="jiexiu-carbon"]').tap();
      await expect(canvas.locator('[data-town="jiexiu-carbon"]')).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByRole('heading', { level: 2, name: jiexiu })).toBeInViewport();
    });
});

for (const lang of ['zh', 'en'] as const)
  test(`names the counties where their names fit, inside each county and clear of the towns (${lang})`, async ({
    page,
  }) => {
    await page.goto(lang === 'en' ? '/?lang=en' : '/');
    const canvas = page.locator('.map-canvas');
    await expect(canvas).toHaveAttribute('data-markers-zoom', /.+/);
    const shown = canvas.locator('.county-name:not(.hidden)');
    await expect(shown.first()).toBeVisible();
    const placed = await shown.evaluateAll((elements) =>
      elements.map((e) => {
        const r = e.getBoundingClientRect();
        const under = document
          .elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2)
          .find((el) => el.matches('path.county'));
        const towns = [
          ...document.querySelectorAll('.town-dot, .town-cluster, .town-marker:not(.label-hidden) .town-label'),
        ];
        const covers = towns.some((t) => {
          const b = t.getBoundingClientRect();
          return r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom;
        });
        return { text: e.textContent, county: under?.getAttribute('aria-label') ?? '', covers };
      }),
    );
    expect(placed.length).toBeGreaterThanOrEqual(1);
    for (const { text, county, covers } of placed) {
      // The shape under a name is its own county's.
      expect(county.startsWith(text ?? '?'), `${text} over ${county}`).toBe(true);
      expect(covers, `${text} covers a town`).toBe(false);
    }
    // Out of the accessibility tree: the county shapes carry the names as their labels.
    await expect(canvas.locator('.leaflet-county-names-pane')).toHaveAttribute('aria-hidden', 'true');
  });

for (const [lang, mapHeading, figuresHeading] of [
  ['zh', '地图：晋中市11个县（市、区）与专业镇', '核心数字'],
  ['en', "Map: Jinzhong's 11 county-level divisions and specialty towns", 'Key figures'],
] as const)
  test(`on a 1440×900 desktop the key figures and the map are on the first screen (${lang})`, async ({ page }) => {
    await page.goto(lang === 'en' ? '/?lang=en' : '/');
    await expect(page.getByRole('heading', { level: 2, name: figuresHeading })).toBeInViewport();
    await expect(page.getByRole('heading', { level: 2, name: mapHeading })).toBeInViewport();
    const canvas = mapRegion(page, lang);
    await expect(canvas).toBeInViewport();
    const box = await canvas.boundingBox();
    // A good part of the map itself, not only its heading, above the fold.
    expect(box && 900 - box.y).toBeGreaterThan(200);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

test.describe('markers stay in their own county', () => {
  /** The boundary each town must be drawn in: its county in 晋中, else its city (the only boundary drawn there). */
  const areaOf = new Map(
    towns.map((t) => [t.id, t.inJinzhong ? t.county.code : `${t.county.code.slice(0, 4)}00`] as const),
  );

  /** For every marker on screen, whether a boundary of one of its towns lies under its centre. */
  async function astray(page: Page): Promise<string[]> {
    return mapRegion(page)
      .locator('.leaflet-marker-pane > *')
      .evaluateAll((markers, areas: Record<string, string>) => {
        const frame = document.querySelector('.map-canvas')?.getBoundingClientRect();
        const out: string[] = [];
        for (const marker of markers) {
          const box = marker.getBoundingClientRect();
          const x = box.left + box.width / 2;
          const y = box.top + box.height / 2;
          if (!frame || x < frame.left || x > frame.right || y < frame.top || y > frame.bottom) continue;
          const ids = (marker.getAttribute('data-town') ?? marker.getAttribute('data-towns') ?? '').split(' ');
          const under = new Set(document.elementsFromPoint(x, y).map((e) => e.getAttribute('data-code')));
          if (!ids.some((id) => under.has(areas[id] ?? ''))) out.push(ids.join('+'));
        }
        return out;
      }, Object.fromEntries(areaOf));
  }

  for (const extent of ['jinzhong', 'shanxi'] as const) {
    for (const size of [
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
    ]) {
      test(`at every zoom, ${extent}, ${size.width}px`, async ({ page }) => {
        await page.setViewportSize(size);
        await page.goto(`/?map=${extent}`);
        // The map is drawn when it comes near the screen.
        await page.locator('#map').scrollIntoViewIfNeeded();
        const canvas = mapRegion(page);
        await canvas.scrollIntoViewIfNeeded();
        await expect(canvas).toHaveAttribute('data-fitted', extent);
        await expect(canvas.locator('.leaflet-marker-pane > *').first()).toBeVisible();
        const zoomIn = canvas.getByRole('button', { name: '放大', exact: true });
        // From the extent's own zoom up to where every county seat stands apart.
        for (let step = 0; step < 8; step++) {
          const zoom = await canvas.getAttribute('data-markers-zoom');
          expect(await astray(page), `zoom ${zoom}`).toEqual([]);
          if (await zoomIn.isDisabled()) break;
          await zoomIn.click();
          await expect(canvas).not.toHaveAttribute('data-markers-zoom', zoom ?? '');
        }
      });
    }
  }
});
