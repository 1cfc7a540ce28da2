/**
 * 大事记 / Chronicle: every dated item by year, the undated apart; filters in the address; an
 * item opening the map as it stood that month, and the map's month control leading back.
 */
import { expect, test, type Page } from './app-test';
import { dataFile } from './data';
import { chronicleEntries, filterChronicle, type ChronicleFilter } from '../../src/data/domain/chronicle';
import { parseDataFiles } from '../../src/data/format/parse';

const real = parseDataFiles(dataFile);
const towns = real.towns.towns;
const entries = chronicleEntries(towns, real.figures.figures, real.articles.articles, real.dataset.groups);
const townById = new Map(towns.map((t) => [t.id, t]));
const jinzhong: ChronicleFilter = { scope: 'jinzhong', town: null, county: null, kind: null, year: null };
const count = (filter: Partial<ChronicleFilter>) =>
  filterChronicle(entries, { ...jinzhong, ...filter }, townById).length;

const items = (page: Page) => page.locator('.chronicle-entry');
const filters = (page: Page, name: string) => page.getByRole('group', { name });

test('the chronicle lists the dated items by year and the undated apart, one tap from the dashboard', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: '本页各部分' }).getByRole('link', { name: '大事记' }).click();
  await expect(page).toHaveURL(/[?&]page=chronicle/);
  await expect(page.getByRole('heading', { level: 2, name: '大事记' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '页面' }).getByRole('button', { name: '大事记' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const total = count({});
  await expect(items(page)).toHaveCount(total);
  await expect(page.getByText(/^共 \d+ 条/)).toHaveText(`共 ${total} 条（全部 ${total} 条）`);

  // Years oldest first; the undated last, under a heading of their own, never given a date.
  const headings = await page.locator('.chronicle-year h3').allTextContents();
  expect(headings.at(-1)).toBe('未注明日期');
  const years = headings.slice(0, -1);
  expect(years).toEqual([...years].sort());
  const undatedFacts = towns.filter((t) => t.inJinzhong).flatMap((t) => t.facts.filter((f) => f.date === null));
  const undated = page.getByRole('region', { name: '未注明日期' }).locator('.chronicle-entry');
  await expect(undated).toHaveCount(undatedFacts.length);
  await expect(undated.locator('time')).toHaveCount(0);

  // 祁县's designation: its tier and month, its source one click away with the verbatim quote.
  const qixian = townById.get('qixian-glassware');
  const designation = qixian?.designations[0];
  if (!qixian || !designation) throw new Error('the bundled data designates 祁县');
  const item = items(page).filter({ hasText: '祁县玻璃器皿' }).and(page.locator('[data-kind="designation"]'));
  await expect(item).toContainText('2022年9月');
  await expect(item).toContainText('省级认定');
  await item.getByRole('button', { name: /^来源：/ }).click();
  await expect(item.locator('blockquote')).toContainText(designation.source.quote);
  await expect(item.getByRole('button', { name: /^复制引用/ })).toHaveCount(1);
});

test('the filters narrow the chronicle and stay in the address, in both languages', async ({ page }) => {
  await page.goto('/?page=chronicle');
  const group = filters(page, '筛选大事记');
  await group.getByLabel('专业镇').selectOption({ label: '祁县玻璃器皿' });
  await expect(page).toHaveURL(/town=qixian-glassware/);
  await expect(items(page)).toHaveCount(count({ town: 'qixian-glassware' }));

  await group.getByLabel('类别').selectOption({ label: '称号' });
  await expect(page).toHaveURL(/kind=honour/);
  // The count says what was chosen (on paper too).
  await expect(page.getByText(/^共 \d+ 条/)).toHaveText(
    `共 ${count({ town: 'qixian-glassware', kind: 'honour' })} 条（全部 ${count({})} 条） · 祁县玻璃器皿 · 称号`,
  );
  await expect(items(page)).toHaveCount(count({ town: 'qixian-glassware', kind: 'honour' }));
  await expect(items(page).locator('.chronicle-kind')).toHaveText(
    Array.from({ length: count({ town: 'qixian-glassware', kind: 'honour' }) }, () => '称号'),
  );

  await group.getByRole('button', { name: '清除筛选' }).click();
  await group.getByLabel('县（市、区）').selectOption({ label: '平遥县' });
  await group.getByLabel('年份').selectOption('2023');
  await expect(page).toHaveURL(/county=140728/);
  await expect(items(page)).toHaveCount(count({ county: '140728', year: '2023' }));
  await expect(page.locator('.chronicle-year h3')).toHaveText(['2023']);

  // The same address in English.
  await page.goto('/?page=chronicle&kind=designation&lang=en');
  await expect(page.getByRole('heading', { level: 2, name: 'Chronicle' })).toBeVisible();
  await expect(filters(page, 'Filter the chronicle').getByLabel('Kind')).toHaveValue('designation');
  await expect(items(page)).toHaveCount(count({ kind: 'designation' }));
  await expect(items(page).filter({ hasText: 'Qi County glassware' })).toContainText('September 2022');
  await expect(items(page).filter({ hasText: 'Qi County glassware' })).toContainText('provincial level: designated');
  // All of 山西: other cities' towns come in.
  await filters(page, 'Filter the chronicle').getByRole('button', { name: "Shanxi's towns" }).click();
  await expect(page).toHaveURL(/scope=shanxi/);
  await expect(items(page)).toHaveCount(count({ kind: 'designation', scope: 'shanxi' }));
});

test("an item opens the map as it stood that month, and the map's month control leads back", async ({ page }) => {
  await page.goto('/?page=chronicle&town=qixian-glassware&kind=designation');
  await items(page)
    .first()
    .getByRole('link', { name: /^查看2022年9月的地图/ })
    .click();
  await expect(page).toHaveURL(/asof=2022-09/);
  await expect(page).not.toHaveURL(/page=chronicle|town=|kind=/);
  // The map, as it stood then: landed on, its legend dated.
  const map = page.getByRole('heading', { name: '地图：晋中市11个县（市、区）与专业镇' });
  await expect(map).toBeInViewport();
  await expect(page.getByLabel('数据截至：年份')).toHaveValue('2022');
  await expect(page.getByLabel('数据截至：月份')).toHaveValue('09');

  await page.getByRole('link', { name: '这个月前后的大事' }).click();
  await expect(page).toHaveURL(/page=chronicle/);
  await expect(page).toHaveURL(/asof=2022-09/);
  await expect(page.locator('.chronicle-around')).toContainText('地图停在2022年9月');
  const marked = page.locator('.chronicle-entry[data-around]');
  await expect(marked.first()).toBeInViewport();
  for (const time of await marked.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime'))))
    expect(time?.startsWith('2022-09')).toBe(true);
  await expect(marked.first()).toContainText('当月');
});

test('the chronicle prints its items without its controls', async ({ page }) => {
  await page.goto('/?page=chronicle&year=2024');
  await expect(items(page).first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(filters(page, '筛选大事记')).toBeHidden();
  await expect(items(page).first()).toBeVisible();
  await expect(items(page).first().getByRole('link', { name: /^查看/ })).toBeHidden();
  await expect(page.getByText('本大事记由晋中特色专业镇数据看板生成')).toBeVisible();
});
