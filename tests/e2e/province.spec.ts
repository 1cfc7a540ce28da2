/**
 * 晋中 among Shanxi's towns (#31): the "晋中在全省" panel, the province's scope of the ranking and the
 * scale chart, the province's map and the profiles of towns outside 晋中, in both languages.
 */
import { expect, test, type Page } from './app-test';
import { literally, shown, towns } from './data';
import { drawChart } from './draw';

const L = {
  zh: {
    panel: '晋中在全省',
    named: '来源点名的省级专业镇',
    reported: '来源报道的省级专业镇数',
    nothing: '未报告',
    notStated: '批次未说明',
    batch2: '第2批',
    jinzhong: '晋中市',
    datong: '大同市',
    xinzhou: '忻州市',
    ranking: '专业镇排名',
    scale: '规模对比',
    table: '表格',
    scope: '全省的镇',
    seeAll: '看各市对比',
    headlines: '核心数字',
    outside: '晋中以外',
    dingxiang: '定襄法兰',
    xinghuacun: '杏花村汾酒',
    zezhou: '泽州铸造',
    yangcheng: '阳城陶瓷琉璃珐华',
    year2023: '2023年',
    month: (y: number, m: number) => `${y}年${m}月`,
    namedInAll: '本看板的来源共点名17个省级专业镇',
    rankingTitle: '专业镇排名：产值 · 山西全省',
    scaleTitle: '专业镇经济规模对比 · 山西全省',
    description: /^山西各市专业镇按产值排序，每个镇注明所在市/,
    output: '产值',
  },
  en: {
    panel: 'Jinzhong in Shanxi',
    named: 'Provincial towns our sources name',
    reported: 'Count of provincial towns a source reports',
    nothing: 'not reported',
    notStated: 'batch not stated',
    batch2: 'batch 2',
    jinzhong: 'Jinzhong',
    datong: 'Datong',
    xinzhou: 'Xinzhou',
    ranking: 'Towns ranked',
    scale: 'Scale',
    table: 'Table',
    scope: "Shanxi's towns",
    seeAll: 'Compare the cities',
    headlines: 'Key figures',
    outside: 'outside Jinzhong',
    dingxiang: 'Dingxiang flanges',
    xinghuacun: 'Xinghuacun Fen liquor',
    zezhou: 'Zezhou foundry',
    yangcheng: 'Yangcheng ceramics, glazed tiles and fahua',
    year2023: '2023',
    month: (y: number, m: number) =>
      `${new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${y}`,
    namedInAll: 'Across Shanxi, our sources name 17 provincial towns',
    rankingTitle: 'Towns ranked: Output value · All of Shanxi',
    scaleTitle: "The towns' economies side by side · All of Shanxi",
    description: /^Shanxi's towns ranked by Output value, each with its city/,
    output: 'Output value',
  },
} as const;

const path = (lang: 'zh' | 'en', query = '') => {
  const params = new URLSearchParams(query);
  if (lang === 'en') params.set('lang', 'en');
  const s = params.toString();
  return s ? `/?${s}` : '/';
};

/** A row of the province's table, by its city. */
const cityRow = (page: Page, code: string) => page.locator(`.province-table tr[data-city="${code}"]`);

for (const lang of ['zh', 'en'] as const) {
  const m = L[lang];

  test(`晋中在全省 draws each city's named towns beside the count a source reports, never merged (${lang})`, async ({
    page,
  }) => {
    await page.goto(path(lang));
    const panel = page.getByRole('region', { name: m.panel, exact: true });
    await drawChart(panel);
    // The chart's description, for a screen reader, tells both numbers of 晋中 (first) apart.
    const chart = panel.locator('.echarts-for-react');
    await expect(chart).toHaveAttribute(
      'aria-label',
      new RegExp(
        `${literally(m.jinzhong)}: ${literally(m.named)}: [^;]*4[^;]*; ${literally(m.reported)}: ${literally(shown('f-jz-provincial-towns-2025-10', lang))} · ${literally(m.month(2025, 10))}`,
      ),
    );
    // The table behind the chart: 晋中's row first.
    const rows = panel.locator('.province-table tbody tr');
    await expect(rows).toHaveCount(11);
    await expect(rows.first()).toHaveAttribute('data-city', '140700');
    // 大同: two towns named, batch not stated; no count of its provincial towns reported; its two
    // years of city-level towns (7 and 7) stand apart, never added into 14.
    const datong = cityRow(page, '140200');
    await expect(datong.locator('td').nth(0)).toContainText(m.notStated);
    await expect(datong.locator('td').nth(1)).toHaveText(m.nothing);
    const others = datong.locator('td').nth(2).locator('li');
    await expect(others).toHaveCount(2);
    await expect(others.nth(0)).toContainText(`${shown('f-datong-city-towns-2023', lang)} · ${m.year2023}`);
    await expect(others.nth(1)).toContainText(shown('f-datong-city-towns-2024', lang));
    await expect(datong).not.toContainText('14');
    // 晋中's second-batch town says so; a town's name opens its profile.
    const jinzhong = cityRow(page, '140700');
    await expect(jinzhong.locator('td').nth(0)).toContainText(m.batch2);
    // The province: the towns named, and apart from them the count a source reports, dated.
    await expect(panel).toContainText(m.namedInAll);
    await expect(panel).toContainText(`${shown('f-province-provincial-towns-2023-12', lang)} · ${m.month(2023, 12)}`);
    // Each reported count's source is one click away.
    const xinzhou = cityRow(page, '140900').locator('td').nth(1);
    await xinzhou.getByRole('button').first().click();
    await expect(xinzhou).toContainText('培育了定襄法兰和代州黄酒2个省级重点专业镇');
    await cityRow(page, '140900').getByRole('link', { name: m.dingxiang }).click();
    await expect(page).toHaveURL(/town=dingxiang-flanges/);
  });

  test(`the key figure of 晋中's provincial towns leads to the province's panel (${lang})`, async ({ page }) => {
    await page.goto(path(lang));
    const card = page
      .getByRole('region', { name: m.headlines })
      .locator('.headline[data-figure="f-jz-provincial-towns-2025-10"]');
    await card.getByRole('link', { name: m.seeAll }).click();
    await expect(page.getByRole('heading', { name: m.panel, exact: true })).toBeInViewport();
  });

  test(`the ranking of the province's towns names each town's city, period and scope, and sums nothing (${lang})`, async ({
    page,
  }) => {
    await page.goto(path(lang));
    const panel = page.getByRole('region', { name: m.ranking, exact: true });
    await panel.getByRole('button', { name: m.scope }).click();
    await expect(page).toHaveURL(/scope=shanxi/);
    await drawChart(panel);
    await expect(panel.locator('figcaption')).toHaveText(m.rankingTitle);
    const chart = panel.locator('.echarts-for-react');
    await expect(chart).toHaveAttribute('aria-label', m.description);
    // Every bar drawn names its period (or the date it was reported) and, for a narrower scope, the scope.
    const drawnText = await panel.locator('.echarts-for-react svg').evaluate((svg) => svg.textContent ?? '');
    await expect(panel.locator('.scope-note')).toBeVisible();
    await panel.getByRole('button', { name: m.table }).click();
    const table = panel.getByRole('table');
    const bodyRows = table.locator('tbody tr');
    await expect(bodyRows).toHaveCount(towns.length);
    for (const row of await bodyRows.all()) {
      const value = (await row.locator('td').first().innerText()).trim();
      const name = (await row.locator('th').innerText()).trim();
      // Each name is followed by its city, 晋中's towns too.
      expect(name, name).toMatch(/ · \S+/);
      const town = name.split(' · ')[0] ?? '';
      if (!drawnText.includes(town) || /未报告|not reported/.test(value)) continue;
      // The drawn label after this town's name: a year, a month, or the date it was reported.
      const after = drawnText.slice(drawnText.indexOf(town));
      expect(after.slice(0, 80), town).toMatch(/\d{4}/);
    }
    // 定襄: only its SME cluster's 2023 output is known, and the table says whose it is.
    const dingxiang = table.locator('tr', { hasText: m.dingxiang });
    await expect(dingxiang).toContainText(shown('f-dingxiang-cluster-output-2023', lang));
    await expect(dingxiang).toContainText(m.year2023);
    await expect(dingxiang).toContainText(lang === 'zh' ? '中小企业' : 'SME cluster');
    // 杏花村: one figure (汾阳's liquor), never its two reports added together.
    const xinghuacun = table.locator('tr', { hasText: m.xinghuacun });
    await expect(xinghuacun.locator('.shown-value')).toHaveText(shown('f-fenyang-liquor-output-2022', lang));
    // 代州's 30亿 is a 2027 target, not ranked among the results.
    await expect(table.locator('tr', { hasText: lang === 'zh' ? '代州黄酒' : 'Daizhou' })).toContainText(
      lang === 'zh' ? '目标' : 'target',
    );
  });

  test(`the scale chart puts the province's towns beside 晋中's (${lang})`, async ({ page }) => {
    await page.goto(path(lang, 'scope=shanxi'));
    const panel = page.getByRole('region', { name: m.scale, exact: true });
    await drawChart(panel);
    await expect(panel.locator('figcaption')).toHaveText(m.scaleTitle);
    await expect(panel.locator('.echarts-for-react')).toHaveAttribute(
      'aria-label',
      new RegExp(literally(`${m.zezhou} · `)),
    );
    await panel.getByRole('button', { name: m.table }).click();
    await expect(panel.getByRole('table')).toContainText(`${m.zezhou} · `);
    // The way back: 晋中's towns alone.
    await panel.getByRole('button', { name: lang === 'zh' ? '晋中的镇' : "Jinzhong's towns" }).click();
    await expect(page).not.toHaveURL(/scope=/);
    await expect(panel.getByRole('table')).not.toContainText(m.zezhou);
  });

  test(`on the province's map the towns elsewhere are drawn in full, with their figures, in their own cities (${lang})`, async ({
    page,
  }) => {
    await page.goto(path(lang, 'map=shanxi'));
    await expect(page.locator('.map-canvas[data-fitted="shanxi"]')).toBeAttached();
    const zezhou = page.locator('[data-town="zezhou-foundry"]');
    await expect(zezhou).toHaveAttribute(
      'aria-label',
      new RegExp(`${literally(m.outside)}.*${literally(m.output)}: ${literally(shown('f-zezhou-output-2022', lang))}`),
    );
    await expect(zezhou.locator('.town-dot')).toHaveCSS('opacity', '1');
    // On 晋中's map the same town is faint.
    await page.goto(path(lang));
    await expect(page.locator('.map-canvas[data-fitted="jinzhong"]')).toBeAttached();
    const faint = page.locator('[data-town="dingxiang-flanges"] .town-dot');
    if ((await faint.count()) > 0) await expect(faint).not.toHaveCSS('opacity', '1');
  });

  test(`a town outside 晋中 has a profile like 晋中's, marked as outside, with its batch (${lang})`, async ({
    page,
  }) => {
    await page.goto(path(lang, 'town=yangcheng-ceramics'));
    const profile = page.getByRole('region', { name: m.yangcheng, exact: true });
    await expect(profile).toContainText(m.outside);
    await expect(profile).toContainText(m.notStated);
    await page.goto(path(lang, 'town=zezhou-foundry'));
    const zezhou = page.getByRole('region', { name: m.zezhou, exact: true });
    await expect(zezhou).toContainText(m.batch2);
    await expect(zezhou).toContainText(shown('f-zezhou-output-2022', lang));
  });
}
