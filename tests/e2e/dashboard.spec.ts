import { expect, test } from './app-test';
import { articleCount, articleOf, jinzhongTowns, literally, quoteOf, shown, towns } from './data';
import { drawAll, drawChart } from './draw';

test.describe('the dashboard on the bundled data', () => {
  test('shows the title, what the data covers, and the headline figures with their sources', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: '晋中特色专业镇数据看板' })).toBeVisible();
    await expect(page.getByText('数据范围')).toBeVisible();
    // Derived from the articles' dates and the results' periods, not typed by hand.
    await expect(page.locator('.coverage dd').first()).toHaveText(
      /^\d{4}年\d{1,2}月.*至\d{4}年.*的报道；专业镇的实绩数字截至\d{4}年/,
    );
    await expect(page.getByRole('link', { name: '晋中日报' })).toHaveAttribute('href', 'http://www.sxjzxw.com');

    const headlines = page.getByRole('region', { name: '核心数字' });
    await expect(headlines.getByRole('listitem').filter({ hasText: shown('f-jz-group-enterprises') })).toBeVisible();
    await expect(headlines.getByText(shown('f-jz-group-employment'))).toBeVisible();
    await expect(headlines.getByText(shown('f-jz-provincial-funds'))).toBeVisible();
    const target = headlines.getByRole('listitem').filter({ hasText: shown('f-jz-city-target-city-towns') });
    await expect(target.getByText('目标')).toBeVisible();

    const employment = headlines.getByRole('listitem').filter({ hasText: shown('f-jz-group-employment') });
    await employment.getByRole('button', { name: '来源' }).click();
    await expect(employment.getByText(`“${quoteOf('f-jz-group-employment')}”`)).toBeVisible();
    await expect(employment.getByText('《发挥特色优势 锻造发展长板 我市加快推动专业镇高质量发展》')).toBeVisible();
    await expect(employment.getByText('该文章的网址未知，未作链接。')).toBeVisible();
    await expect(employment.getByRole('button', { name: '收起来源' })).toHaveAttribute('aria-expanded', 'true');
  });

  test("draws 晋中's 11 counties and a marker for every town in the data", async ({ page }) => {
    await page.goto('/');
    const map = page.getByRole('region', { name: '晋中市县级行政区与特色专业镇地图' });
    await expect(map.locator('path.county')).toHaveCount(11);
    // 山西's other ten cities give the towns outside 晋中 their place.
    await expect(map.locator('path.city')).toHaveCount(10);
    // Every town has its marker, or (outside 晋中, at this zoom) a place in a cluster of its neighbours.
    await expect(page.locator('.map-canvas[data-fitted="jinzhong"]')).toBeAttached();
    await expect(map.locator('.town-marker').first()).toBeVisible();
    const clustered = (
      await map.locator('[data-towns]').evaluateAll((all) => all.map((c) => c.getAttribute('data-towns') ?? ''))
    ).flatMap((ids) => ids.split(' '));
    for (const town of towns) {
      if (clustered.includes(town.id)) {
        expect(town.inJinzhong, `${town.id} is in a cluster`).toBe(false);
        continue;
      }
      const label = new RegExp(`^${town.name.zh}:.*${town.inJinzhong ? '' : '晋中以外'}`);
      await expect(map.locator(`[data-town="${town.id}"]`)).toHaveAttribute('aria-label', label);
    }
    await expect(map.locator('.town-marker.outside')).toHaveCount(
      towns.length - jinzhongTowns.length - clustered.length,
    );
    await expect(page.getByText('来源还提到晋中以外的专业镇')).toContainText('定襄法兰');
    // Markers are reachable by keyboard.
    const taigu = map.locator('[data-town="taigu-malleable-iron"]');
    await taigu.focus();
    await expect(taigu).toBeFocused();
  });

  test('ranks towns by the picked indicator, with "not reported" rows and a data table', async ({ page }) => {
    await page.goto('/');
    const panel = page.getByRole('region', { name: '专业镇排名' });
    await drawChart(panel);
    // ECharts' own accessible description, set when it draws the option.
    const chart = panel.getByRole('img', { name: /^晋中特色专业镇按产值排序/ });
    await expect(chart).toHaveAttribute(
      'aria-label',
      new RegExp(`榆次纺机液压: ${literally(shown('f-yuci-output-2022'))}`),
    );
    await expect(chart).toHaveAttribute('aria-label', /榆社医药: 未报告/);

    await panel.getByRole('button', { name: '表格' }).click();
    const table = panel.getByRole('table');
    await expect(table.getByRole('row', { name: /介休碳素/ })).toContainText(shown('f-jiexiu-carbon-output-2022'));
    // A plan is shown as a plan, never as a result.
    await expect(table.getByRole('row', { name: /左权乳胶制品/ })).toContainText(
      `${shown('f-zuoquan-latex-output')}规划`,
    );
    await expect(table.getByRole('row', { name: /榆社医药/ })).toContainText('未报告');
    await expect(table.getByRole('row', { name: /榆次纺机液压/ })).toContainText(
      `晋中晚报, 2023年6月13日, [${articleOf('jzwb-2023-06-13-yuci-hydraulics').description?.zh}] ${quoteOf('f-yuci-output-2022')}`,
    );
    await panel.getByRole('button', { name: '图表' }).click();

    await page.getByRole('combobox', { name: '指标' }).selectOption({ label: '就业人员' });
    await expect(
      panel.getByRole('img', { name: new RegExp(`按就业人员排序.*榆次纺机液压: ${shown('f-yuci-employment')}`) }),
    ).toBeVisible();
    await expect(page).toHaveURL(/indicator=employment/);
    await page.goBack();
    await expect(panel.getByRole('img', { name: /按产值排序/ })).toBeVisible();
  });

  test('lists the source articles with outlet, date, title and safe links', async ({ page }) => {
    await page.goto('/');
    const articles = page.getByRole('region', { name: '来源文章' }).getByRole('listitem');
    await expect(articles).toHaveCount(articleCount);
    const gmrb = articles.filter({ hasText: '光明日报' });
    await expect(gmrb).toContainText('2023年8月24日');
    await expect(gmrb).toContainText('特色专业镇其兴可待');
    const link = gmrb.getByRole('link', { name: 'https://news.gmw.cn/2023-08/24/content_36784253.htm' });
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(articles.filter({ hasText: '三晋有花' })).toContainText('该文章的网址未知');
  });

  test('switches to English with numbers for English readers', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Jinzhong Specialty Towns Dashboard' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveURL(/lang=en/);
    const headlines = page.getByRole('region', { name: 'Key figures' });
    await expect(headlines.getByText('over 200 enterprises')).toBeVisible();
    await expect(headlines.getByText('nearly 200 thousand people')).toBeVisible();
    const ranking = page.getByRole('figure', { name: 'Towns ranked: Output value' });
    await drawChart(ranking);
    await expect(page.getByRole('img', { name: /ranked by Output value.*CNY 5\.537 billion/ })).toBeVisible();
  });

  test('asks nothing of any other origin', async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(baseURL ?? '') && !url.startsWith('data:')) foreign.push(url);
    });
    await page.goto('/');
    await drawAll(page);
    await expect(page.locator('path.county')).toHaveCount(11);
    expect(foreign).toEqual([]);
  });
});

test('each headline says when and by whom it was reported, and marks figures much older than the newest', async ({
  page,
}) => {
  await page.goto('/');
  const headlines = page.getByRole('region', { name: '核心数字' });
  const provincial = headlines.locator('.headline[data-figure="f-jz-provincial-towns-2025-10"]');
  await expect(provincial).toContainText(shown('f-jz-provincial-towns-2025-10'));
  await expect(provincial).toContainText('2025年10月');
  await expect(provincial).toContainText('报道： 未注明媒体 · 2025年10月24日');
  await expect(provincial.locator('.kind-older')).toHaveCount(0);
  // The city's 2022 shortlist, three years before the newest count of towns (October 2025).
  const shortlist = headlines.locator('.headline[data-figure="f-jz-city-shortlist"]');
  await expect(shortlist.locator('.kind-older')).toHaveText('较早的数字');
  await expect(shortlist).toContainText('报道： 晋中日报');
});

test('a count of towns a source reports stands beside the towns our sources name, never replaced by them', async ({
  page,
}) => {
  await page.goto('/');
  const headlines = page.getByRole('region', { name: '核心数字' });
  const city = headlines.locator('.headline[data-figure="f-jz-city-towns-2025-10"]');
  await expect(city.locator('.headline-value')).toHaveText(shown('f-jz-city-towns-2025-10'));
  await expect(city).toContainText('本看板的来源点名的有3个：榆次纺机液压、榆社医药、太谷中药康养');
  // Four provincial towns reported, four named: nothing to add.
  const provincial = headlines.locator('.headline[data-figure="f-jz-provincial-towns-2025-10"]');
  await expect(provincial.locator('.headline-value')).toHaveText(shown('f-jz-provincial-towns-2025-10'));
  await expect(provincial).not.toContainText('本看板的来源点名');
});

test("the programme says when its newest counts are from, with Shanxi's own figures beside 晋中 in the province", async ({
  page,
}) => {
  await page.goto('/');
  const programme = page.getByRole('region', { name: '培育进展' });
  await expect(programme).toContainText('最新的认定数字截至2025年10月。');
  const context = page.getByRole('region', { name: '晋中在全省' }).getByRole('region', { name: '山西全省（背景）' });
  await expect(context.locator('[data-figure="f-province-target-2025"]')).toContainText(
    `山西的省级特色专业镇（省里的目标） · 专业镇数量: ${shown('f-province-target-2025')}目标 · 2025年`,
  );
  await expect(context.locator('[data-figure="f-province-provincial-towns-2023-12"]')).toContainText(
    `${shown('f-province-provincial-towns-2023-12')} · 2023年12月`,
  );
  await expect(context.locator('[data-figure="f-province-first-ten-jobs"]')).toContainText(
    `${shown('f-province-first-ten-jobs')} · 2023年9月`,
  );
  // The goal's source is one click away.
  const goal = context.locator('[data-figure="f-province-target-2025"]');
  await goal.getByRole('button', { name: '来源' }).click();
  await expect(goal).toContainText(quoteOf('f-province-target-2025'));
  await expect(goal.getByRole('link')).toHaveAttribute('href', 'https://news.gmw.cn/2023-08/24/content_36784253.htm');
});
