/**
 * On paper: a town's view prints as a one-page A4 brief (the "print brief" button and the browser's
 * own print give the same page); without a town, the dashboard prints as before.
 */
import { expect, test } from './app-test';
import { type Page } from '@playwright/test';
import { jinzhongTowns, shown } from './data';

/** The pages of a PDF Chromium made (each page is one `/Type /Page` object; the tree is `/Pages`). */
async function printedPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4' });
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

const brief = (page: Page) => page.locator('body > .town-brief');

for (const town of jinzhongTowns) {
  test(`${town.name.zh}: the brief prints on one A4 page, in both languages`, async ({ page }) => {
    for (const lang of ['zh', 'en'] as const) {
      await page.goto(`/?town=${town.id}${lang === 'en' ? '&lang=en' : ''}`);
      // The brief is loaded with the profile: printing before it is there would print the dashboard.
      await expect(brief(page)).toHaveCount(1);
      // Shown on paper only, so out of the accessibility tree on screen: found by its element.
      await expect(brief(page).locator('h1')).toHaveText(town.name[lang]);
      expect(await printedPages(page)).toBe(1);
    }
  });
}

test('the brief holds what a reader needs on paper, and replaces the dashboard', async ({ page }) => {
  await page.goto('/?town=qixian-glassware');
  await expect(brief(page)).toHaveCount(1);
  await expect(brief(page)).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  const paper = page.getByRole('article', { name: '祁县玻璃器皿简报（打印用）' });
  await expect(paper).toBeVisible();
  await expect(page.locator('#root')).toBeHidden();
  await expect(paper).toContainText('级别：省级重点专业镇（2022年9月认定） [1]');
  await expect(paper).toContainText('所在县（市、区）：祁县');
  // Each indicator's figure as the ranking uses it, with qualifier, period, scope and source number.
  const employment = paper.getByRole('row', { name: /^就业人员/ });
  await expect(employment).toContainText(shown('f-qixian-park-employment-2023'));
  // The other reports for that year, each named by its figure and its source's number.
  await expect(employment.locator('.brief-differ')).toContainText(`${shown('f-qixian-chain-employment-2023')} [`);
  await expect(employment.locator('.brief-differ')).toHaveText(/^\s*（另有来源报[^、]+ \[\d+\]、[^、]+ \[\d+\]）$/);
  await expect(employment).toContainText('2023年');
  await expect(employment).toContainText('祁县玻璃器皿产业园入驻的生产企业');
  await expect(employment).toContainText(/\[\d\]/);
  await expect(paper.getByRole('row', { name: /^企业数/ })).toContainText(shown('f-qixian-producers-2023'));
  // The series over time, drawn with its values.
  const series = `历年变化：企业数.*1997年 ${shown('f-qixian-enterprises-1997')}.*2007年 ${shown('f-qixian-enterprises-2007')}`;
  await expect(paper.getByRole('img', { name: new RegExp(series) })).toBeVisible();
  // The sources, numbered, with their addresses; copies said to be copies.
  const sources = paper.getByRole('listitem');
  await expect(sources.first()).toContainText('http://sx.xinhuanet.com/');
  await expect(sources.filter({ hasText: '红星新闻' })).toContainText('http://www.17168cn.cn/');
  await expect(sources.filter({ hasText: '红星新闻' })).toContainText('无关网站上的副本');
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
  });
  await expect(paper).toContainText(`打印于${today}`);
  await expect(paper).toContainText(/本页地址: http:\/\/localhost:\d+\/\?town=qixian-glassware/);
});

test('in English, with the figures as of a chosen date', async ({ page }) => {
  await page.goto('/?town=yuci-textile-hydraulics&lang=en&asof=2023-03');
  await expect(brief(page)).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  const paper = page.getByRole('article', { name: 'Brief on Yuci textile machinery and hydraulics (for print)' });
  await expect(paper.getByRole('heading', { level: 2, name: /Key figures · as reported by March 2023/ })).toBeVisible();
  await expect(paper.getByRole('row', { name: /^Output value/ })).toContainText('CNY 1.3 billion');
  await expect(paper).toContainText(/Printed \d{1,2} [A-Z][a-z]+ \d{4}/);
  await expect(paper).toContainText(/This page: http:\/\/localhost:\d+\/\?.*asof=2023-03/);
});

test('"print brief" prints the town shown; without a town the dashboard prints as a whole', async ({ page }) => {
  await page.goto('/?town=jiexiu-carbon');
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('region', { name: '介休碳素' }).getByRole('button', { name: '打印简报' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  await expect(brief(page)).toHaveCount(1);
  await page.getByRole('region', { name: '介休碳素' }).getByRole('button', { name: '关闭' }).click();
  await expect(brief(page)).toHaveCount(0);
  // The dashboard itself runs over several pages (which also shows the page count is read right).
  expect(await printedPages(page)).toBeGreaterThan(1);
});
