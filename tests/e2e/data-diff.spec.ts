/**
 * The Data page compares checked files with the published data before anything is published: a
 * value edited and a row dropped in figures.csv are both listed, with the old and the new value,
 * counts first, and each row still in the files opens its place in the preview.
 */
import { expect, test } from './app-test';
import { type Page } from '@playwright/test';
import { parseCsv, toCsv } from '../../src/data/exchange/csv';
import { figuresToCsv } from '../../src/data/exchange/figures-csv';
import { parseDataFiles } from '../../src/data/format/parse';
import { dataFile } from './data';

const real = parseDataFiles(dataFile);
const FUNDS = 'f-jz-provincial-funds';
const figures = real.figures.figures;
const dropped = figures.at(-1);

/** figures.csv with the funds' value set to 2.5亿 and the last figure's row deleted. */
function editedCsv(): string {
  const [header = [], ...rows] = parseCsv(figuresToCsv(figures));
  const valueColumn = header.indexOf('value');
  const edited = rows
    .filter((row) => row[0] !== dropped?.id)
    .map((row) => (row[0] === FUNDS ? row.map((cell, i) => (i === valueColumn ? '250000000' : cell)) : row));
  return toCsv([header, ...edited]);
}

async function load(page: Page, csv: string, lang: 'zh' | 'en' = 'zh') {
  await page.goto(lang === 'zh' ? '/?page=data' : '/?page=data&lang=en');
  await page
    .getByLabel(lang === 'zh' ? '选择文件' : 'Choose files', { exact: true })
    .setInputFiles([{ name: 'figures.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) }]);
}

test('an edited value and a dropped row are both listed, old and new value, counts first', async ({ page }) => {
  await load(page, editedCsv());
  const diff = page.getByRole('region', { name: '与发布的数据相比' });
  await expect(diff).toBeVisible();
  await expect(
    diff.getByText(`数字：${figures.length} → ${figures.length - 1}（新增 0，删除 1，修改 1）`),
  ).toBeVisible();
  await expect(diff.getByText('专业镇：' + real.towns.towns.length)).toBeVisible();

  const changed = diff.locator(`li[data-change="changed"]`, { has: page.locator('code', { hasText: FUNDS }) });
  const before = figures.find((f) => f.id === FUNDS)?.value;
  expect(before).not.toBe(250000000);
  await expect(changed).toContainText('2.5亿元');
  await expect(changed).toContainText('→');
  await expect(changed).toContainText('value');
  const removed = diff.locator(`li[data-change="removed"]`);
  await expect(removed).toHaveCount(1);
  await expect(removed).toContainText(dropped?.id ?? 'none');
  // One row dropped of many: no warning.
  await expect(diff.getByRole('alert')).toHaveCount(0);

  // The changed figure opens in the preview, pointed at.
  await changed.getByRole('button', { name: '在预览中查看' }).click();
  await expect(page).toHaveURL(new RegExp(`figure=${FUNDS}`));
  await expect(page.getByRole('region', { name: '正在预览本地数据。' })).toContainText('figures.csv');
  await expect(page.locator(`.headline[data-figure="${FUNDS}"] .headline-value`)).toHaveText('2.5亿元');
});

test('a sheet cut short is warned about, in English too', async ({ page }) => {
  const [header = [], ...rows] = parseCsv(figuresToCsv(figures));
  const kept = rows.filter((row) => !real.dataset.headlines.includes(row[0] ?? '')).slice(0, 5);
  const headlines = rows.filter((row) => real.dataset.headlines.includes(row[0] ?? ''));
  await load(page, toCsv([header, ...headlines, ...kept]), 'en');
  const diff = page.getByRole('region', { name: 'Compared with the published data' });
  const gone = figures.length - headlines.length - kept.length;
  await expect(
    diff.getByText(
      `Figures: ${figures.length} → ${headlines.length + kept.length} (0 added, ${gone} removed, 0 changed)`,
    ),
  ).toBeVisible();
  await expect(diff.getByRole('alert')).toContainText(`${gone} of the ${figures.length} published figures are gone`);
});

test('the published data itself shows no change', async ({ page }) => {
  await load(page, figuresToCsv(figures));
  await expect(page.getByRole('region', { name: '与发布的数据相比' })).toContainText('与发布的数据完全相同。');
});
