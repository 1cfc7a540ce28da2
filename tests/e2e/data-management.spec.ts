/**
 * Data management in the browser: a dataset loaded from local files is checked there, previewed
 * across the dashboard when valid (clearly marked, one click back), refused with every problem by
 * file, row and field when not; the current data exports as a ZIP of JSON files and as figures.csv.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './app-test';
import { type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { parseCsv, toCsv } from '../../src/data/exchange/csv';
import { FIGURE_COLUMNS, figuresTable, figuresToCsv } from '../../src/data/exchange/figures-csv';
import readXlsxFile from 'read-excel-file/universal';
import writeXlsxFile from 'write-excel-file/universal';
import { resultYearCounts } from '../../src/data/domain/figures';
import { parseDataFiles } from '../../src/data/format/parse';
import { encodeGbk } from '../fixtures/encodings';
import { dataFile, shown } from './data';

const real = parseDataFiles(dataFile);
const FUNDS = 'f-jz-provincial-funds';
const headline = (page: Page, id: string) => page.locator(`.headline[data-figure="${id}"] .headline-value`);

/** figures.csv of the bundled figures with some cells changed: figure id → column → new text. */
function editedFiguresCsv(changes: Record<string, Partial<Record<(typeof FIGURE_COLUMNS)[number], string>>>) {
  const [header = [], ...rows] = parseCsv(figuresToCsv(real.figures.figures));
  const edited = rows.map((row) => {
    const change = changes[row[0] ?? ''] ?? {};
    return row.map((cell, i) => change[FIGURE_COLUMNS[i] ?? 'id'] ?? cell);
  });
  return toCsv([header, ...edited]);
}

const file = (name: string, text: string) => ({
  name,
  mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/json',
  buffer: Buffer.from(text),
});

async function openDataPage(page: Page) {
  await page.goto('/?page=data');
  await expect(page.getByRole('heading', { level: 2, name: '数据管理' })).toBeVisible();
}

test('a valid edited dataset previews across the dashboard, marked as local, and one click returns', async ({
  page,
}) => {
  await page.goto('/');
  await expect(headline(page, FUNDS)).toHaveText(shown(FUNDS));
  await page.getByRole('navigation').getByRole('button', { name: '数据管理' }).click();

  // A new figure for the funds, edited in figures.csv; the other files come from the published data.
  await page
    .getByLabel('选择文件', { exact: true })
    .setInputFiles([file('figures.csv', editedFiguresCsv({ [FUNDS]: { value: '250000000' } }))]);
  await expect(
    page.getByText(`检查通过：${real.towns.towns.length} 个专业镇、${real.figures.figures.length} 个数字`),
  ).toBeVisible();
  await expect(page.getByText('figures.csv: 使用载入的文件')).toBeVisible();
  await expect(page.getByText('towns.json: 沿用发布的数据')).toBeVisible();
  await page.getByRole('button', { name: '在看板中预览' }).click();

  const banner = page.getByRole('region', { name: '正在预览本地数据。' });
  await expect(banner).toContainText('本地预览');
  await expect(banner).toContainText('figures.csv');
  await expect(headline(page, FUNDS)).toHaveText('2.5亿元');
  // The page was baked at build with the published figures (src/bake): none of them stays in view.
  await expect(page.locator('.headline-value').filter({ hasText: shown(FUNDS) })).toHaveCount(0);
  // The ranking reads the preview too: funding is ranked from the loaded figures.
  await page.getByRole('combobox', { name: '指标' }).selectOption('funding');

  await banner.getByRole('button', { name: '返回发布的数据' }).click();
  await expect(banner).toHaveCount(0);
  await expect(headline(page, FUNDS)).toHaveText(shown(FUNDS));
});

test('an invalid dataset lists every problem by file, row and field, and leaves the published view intact', async ({
  page,
}) => {
  await openDataPage(page);
  const towns = structuredClone(real.towns);
  Object.assign(towns.towns[0]?.location ?? {}, { lat: 'north' });
  await page
    .getByLabel('选择文件', { exact: true })
    .setInputFiles([
      file('towns.json', JSON.stringify(towns)),
      file('figures.csv', editedFiguresCsv({ [FUNDS]: { value: '一亿五千万', article: '' } })),
      file('notes.txt', 'not data'),
    ]);
  const problems = page.getByRole('alert');
  // Three mistakes in the data; a file that is not part of a dataset is listed as not used.
  await expect(problems).toContainText('发现 3 个问题，这份数据没有载入');
  const csv = problems.getByRole('region', { name: 'figures.csv' });
  const row = real.figures.figures.findIndex((f) => f.id === FUNDS) + 2;
  await expect(csv).toContainText(`第 ${row} 行 · value 列：类型不对；写的是“一亿五千万”；应为：数字`);
  await expect(csv).toContainText(`第 ${row} 行 · article 列：缺少内容；这一格是空的；应为：来源文章的 id`);
  await expect(problems.getByRole('region', { name: 'towns.json' })).toContainText(
    'towns[0].location.lat：类型不对；写的是“north”；应为：纬度，3 到 54 之间的数字。',
  );
  await expect(page.getByText('notes.txt: 既不是 JSON 也不是 CSV 表格，无法识别，没有使用。')).toBeVisible();
  await expect(page.getByRole('button', { name: '在看板中预览' })).toHaveCount(0);

  await page.getByRole('navigation').getByRole('button', { name: '看板' }).click();
  await expect(headline(page, FUNDS)).toHaveText(shown(FUNDS));
  await expect(page.getByText('本地预览')).toHaveCount(0);
});

test('a whole folder can be picked: its own files are read, folders inside it are left aside', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'dataset-'));
  try {
    cpSync(join(import.meta.dirname, '../../public/data'), dir, { recursive: true });
    rmSync(join(dir, 'figures.json'));
    writeFileSync(join(dir, 'figures.csv'), editedFiguresCsv({ [FUNDS]: { value: '450000000' } }));
    // An old copy inside the folder must not replace the real file.
    mkdirSync(join(dir, 'old'));
    writeFileSync(join(dir, 'old', 'towns.json'), '{"broken": true}');
    await openDataPage(page);
    await page.getByLabel('选择文件夹').setInputFiles(dir);
    await expect(page.getByText('towns.json: 使用载入的文件')).toBeVisible();
    await page.getByRole('button', { name: '在看板中预览' }).click();
    await expect(headline(page, FUNDS)).toHaveText('4.5亿元');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('files dropped on the page are read the same way', async ({ page }) => {
  await openDataPage(page);
  const text = editedFiguresCsv({ [FUNDS]: { value: '350000000' } });
  const transfer = await page.evaluateHandle((csv) => {
    const data = new DataTransfer();
    data.items.add(new File([csv], 'figures.csv', { type: 'text/csv' }));
    return data;
  }, text);
  await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
  await page.getByRole('button', { name: '在看板中预览' }).click();
  await expect(headline(page, FUNDS)).toHaveText('3.5亿元');
});

test('the data exports as figures.csv and as a ZIP of the JSON files, which load back unchanged', async ({ page }) => {
  await openDataPage(page);
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载数字（figures.csv）' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toBe('figures.csv');
  const csv = readFileSync((await csvDownload.path()) ?? '', 'utf8');
  expect(csv).toBe(figuresToCsv(real.figures.figures));

  const [zipDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载数据集（ZIP，JSON 文件）' }).click(),
  ]);
  expect(zipDownload.suggestedFilename()).toBe('jinzhong-towns-data.zip');
  const zip = readFileSync((await zipDownload.path()) ?? '');
  // Compressed entries: each file's JSON in the archive as written, the whole a fraction of their size.
  const entries = unzipSync(new Uint8Array(zip));
  expect(Object.keys(entries).sort()).toEqual([
    'articles.json',
    'counties.geojson',
    'dataset.json',
    'figures.json',
    'shanxi-cities.geojson',
    'towns.json',
  ]);
  expect(strFromU8(entries['towns.json'] ?? new Uint8Array())).toBe(`${JSON.stringify(real.towns, null, 2)}\n`);
  const unpacked = Object.values(entries).reduce((sum, bytes) => sum + bytes.length, 0);
  expect(zip.length).toBeLessThan(unpacked / 3);

  // The exported CSV loads back as valid data.
  await page.getByLabel('选择文件', { exact: true }).setInputFiles([file('figures.csv', csv)]);
  await expect(page.getByText(/^检查通过/)).toBeVisible();
});

test('every problem is listed, however many', async ({ page }) => {
  await openDataPage(page);
  const [header = [], ...rows] = parseCsv(figuresToCsv(real.figures.figures));
  const kind = FIGURE_COLUMNS.indexOf('kind');
  const guessed = rows.map((row) => row.map((cell, i) => (i === kind ? 'guess' : cell)));
  await page.getByLabel('选择文件', { exact: true }).setInputFiles([file('figures.csv', toCsv([header, ...guessed]))]);
  const list = page.getByRole('alert').getByRole('list', { name: 'figures.csv' });
  await expect(list.getByRole('listitem')).toHaveCount(rows.length);
  await expect(list.getByRole('listitem').last()).toContainText(
    `第 ${rows.length + 1} 行 · kind 列：不是可选的值；写的是“guess”；应为：以下之一：actual、target、plan、event。`,
  );
});

test('the data page is complete in English', async ({ page }) => {
  await page.goto('/?page=data&lang=en');
  await expect(page.getByRole('heading', { level: 2, name: 'Data' })).toBeVisible();
  await page.getByLabel('Choose files', { exact: true }).setInputFiles([file('figures.csv', 'id,value\n')]);
  await expect(page.getByRole('alert')).toContainText('problems found; this data was not loaded');
  await expect(page.getByRole('alert')).toContainText('Row 1: the column “subject_type” is missing.');
});

test('a second year of figures: the year can be picked for the map and ranking, and the profile shows the trend', async ({
  page,
}) => {
  // The published figures plus a 2023 result for 介休碳素's output (same scope as its 2022 one).
  const [header = [], ...rows] = parseCsv(figuresToCsv(real.figures.figures));
  const column = (name: (typeof FIGURE_COLUMNS)[number]) => FIGURE_COLUMNS.indexOf(name);
  const jiexiu2022 = rows.find((row) => row[column('id')] === 'f-jiexiu-carbon-output-2022') ?? [];
  const jiexiu2023 = jiexiu2022.map((cell, i) =>
    i === column('id')
      ? 'f-jiexiu-carbon-output-2023'
      : i === column('value')
        ? '4200000000'
        : i === column('period')
          ? '2023'
          : cell,
  );
  await openDataPage(page);
  await page
    .getByLabel('选择文件', { exact: true })
    .setInputFiles([file('figures.csv', toCsv([header, ...rows, jiexiu2023]))]);
  await page.getByRole('button', { name: '在看板中预览' }).click();

  const year = page.getByRole('combobox', { name: '数据年份' });
  await expect(year).toHaveValue('');
  // Each year says how many of 晋中's towns (those the map and ranking show) have a result for it:
  // the added 2023 figure is one more town's.
  const jinzhong = new Set(real.towns.towns.filter((t) => t.inJinzhong).map((t) => t.id));
  const years = resultYearCounts(real.figures.figures, 'outputValue', (id) => jinzhong.has(id)).map(
    ({ year, towns }) => `${year}（${towns + (year === '2023' ? 1 : 0)}个镇有结果）`,
  );
  expect(years).toContain('1997（1个镇有结果）');
  await expect(year.getByRole('option')).toHaveText(['各镇最新结果', ...years]);
  const ranking = page.getByRole('figure', { name: '专业镇排名：产值' });
  await ranking.getByRole('button', { name: '表格' }).click();
  await expect(ranking.getByRole('row', { name: /介休碳素/ })).toContainText('42亿元');

  await year.selectOption('2022');
  await expect(page).toHaveURL(/period=2022/);
  const ranking2022 = page.getByRole('figure', { name: '专业镇排名：产值 (2022)' });
  await ranking2022.getByRole('button', { name: '表格' }).click();
  await expect(ranking2022.getByRole('row', { name: /介休碳素/ })).toContainText(shown('f-jiexiu-carbon-output-2022'));

  await page.goto('/?page=data');
  await page
    .getByLabel('选择文件', { exact: true })
    .setInputFiles([file('figures.csv', toCsv([header, ...rows, jiexiu2023]))]);
  await page.getByRole('button', { name: '在看板中预览' }).click();
  await page.getByRole('searchbox').fill('介休碳素');
  await page.getByRole('list', { name: '查找结果' }).getByRole('button', { name: '介休碳素' }).click();
  const trend = page.getByRole('figure', { name: /^历年变化：产值/ });
  await trend.getByRole('button', { name: '表格' }).click();
  await expect(trend.locator('tbody tr')).toHaveCount(2);
  await expect(trend.locator('tbody tr').first()).toContainText(shown('f-jiexiu-carbon-output-2022'));
  await expect(trend.locator('tbody tr').last()).toContainText('42亿元');
});

test('a file that cannot be read is said so, and nothing is previewed', async ({ page }) => {
  // As when a chosen file is moved or deleted before the browser reads it.
  await page.addInitScript(() => {
    const read = Blob.prototype.arrayBuffer;
    Blob.prototype.arrayBuffer = function (this: Blob) {
      if (this instanceof File && this.name === 'figures.csv')
        return Promise.reject(new DOMException('The requested file could not be read', 'NotReadableError'));
      return read.call(this);
    };
  });
  await openDataPage(page);
  await page.getByLabel('选择文件', { exact: true }).setInputFiles([file('figures.csv', 'id\n')]);
  await expect(page.getByRole('alert')).toContainText('无法读取这些文件（The requested file could not be read）');
  await expect(page.getByRole('button', { name: '在看板中预览' })).toHaveCount(0);
});

test.describe('the files people really have', () => {
  test('a CSV saved by Excel in GBK, under a name the browser gave it, previews with its Chinese intact', async ({
    page,
  }) => {
    await openDataPage(page);
    const csv = editedFiguresCsv({ [FUNDS]: { value: '250000000', note_zh: '来源称为全省最多（改）' } });
    await page
      .getByLabel('选择文件', { exact: true })
      .setInputFiles([
        { name: 'figures (1).csv', mimeType: 'text/csv', buffer: Buffer.from(encodeGbk(csv.replace(/^\uFEFF/, ''))) },
      ]);
    await expect(
      page.getByText(
        'figures (1).csv: 识别为数字表格（figures.csv），按 GB18030/GBK（中文 Windows 的默认编码） 编码读取',
      ),
    ).toBeVisible();
    await expect(page.getByText('figures (1).csv: 使用载入的文件')).toBeVisible();
    await expect(page.getByText(/^检查通过/)).toBeVisible();
    await page.getByRole('button', { name: '在看板中预览' }).click();
    const banner = page.getByRole('region', { name: '正在预览本地数据。' });
    await expect(banner).toContainText('figures (1).csv');
    await expect(headline(page, FUNDS)).toHaveText('2.5亿元');
    await expect(page.locator(`.headline[data-figure="${FUNDS}"]`)).toContainText('来源称为全省最多（改）');
  });

  test('two files of one kind are refused together, and a stray file by name, with why', async ({ page }) => {
    await openDataPage(page);
    const csv = figuresToCsv(real.figures.figures);
    await page
      .getByLabel('选择文件', { exact: true })
      .setInputFiles([file('figures.csv', csv), file('figures (1).csv', csv), file('photo.json', '{"width": 3}')]);
    await expect(
      page.getByText('figures.csv: 与 figures (1).csv 都是数字表格（figures.csv），不知道该用哪一个'),
    ).toBeVisible();
    await expect(page.getByText('figures (1).csv: 与 figures.csv 都是数字表格（figures.csv）')).toBeVisible();
    await expect(page.getByText('photo.json: 是 JSON，但不是本数据集的文件：顶层的键是 width')).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('3 个文件没有使用');
    await expect(page.getByRole('button', { name: '在看板中预览' })).toHaveCount(0);
  });

  test('values written as people write them are read into base units, and the page shows what it read', async ({
    page,
  }) => {
    await openDataPage(page);
    const text = editedFiguresCsv({
      [FUNDS]: { value: '2.5亿元' },
      'f-jz-group-employment': { value: '近20万人', qualifier: '' },
    });
    await page.getByLabel('选择文件', { exact: true }).setInputFiles([file('figures.csv', text)]);
    const row = (id: string) => real.figures.figures.findIndex((f) => f.id === id) + 2;
    const read = page.getByRole('region', { name: '按写法读入的数值（2 处），请核对' });
    await expect(read).toContainText(`第 ${row(FUNDS)} 行 · value: 2.5亿元 → 250,000,000 元`);
    await expect(read).toContainText(
      `第 ${row('f-jz-group-employment')} 行 · value: 近20万人 → 200,000 人 · 限定词 nearly`,
    );
    await page.getByRole('button', { name: '在看板中预览' }).click();
    await expect(headline(page, FUNDS)).toHaveText('2.5亿元');
    await expect(headline(page, 'f-jz-group-employment')).toHaveText('近20万人');
  });

  test('an Excel workbook round trip: figures.xlsx downloads, is edited, and loads back under any name', async ({
    page,
  }) => {
    await openDataPage(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载数字（Excel，figures.xlsx）' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('figures.xlsx');
    const exported = readFileSync((await download.path()) ?? '');
    // As an official would: open it, change the funds, save under another name.
    const table = figuresTable(real.figures.figures);
    const sheets = await readXlsxFile(new Uint8Array(exported).buffer);
    expect(sheets[0]?.sheet).toBe('figures');
    expect(sheets[0]?.data.length).toBe(table.length);
    const funds = table.findIndex((row) => row[0] === FUNDS);
    const edited = (sheets[0]?.data ?? []).map((row, r) =>
      row.map((cell, c) =>
        r === funds && c === FIGURE_COLUMNS.indexOf('value')
          ? '2.5亿元'
          : typeof cell === 'number' || typeof cell === 'string'
            ? cell
            : null,
      ),
    );
    const workbook = await writeXlsxFile(edited, { sheet: 'figures' }).toBlob();
    await page.getByLabel('选择文件', { exact: true }).setInputFiles([
      {
        name: '晋中数字（修订）.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(await workbook.arrayBuffer()),
      },
    ]);
    await expect(
      page.getByText('晋中数字（修订）.xlsx: 识别为数字表格（figures.csv），读取 Excel 工作簿中的工作表“figures”'),
    ).toBeVisible();
    await expect(page.getByText(/^检查通过/)).toBeVisible();
    await page.getByRole('button', { name: '在看板中预览' }).click();
    await expect(headline(page, FUNDS)).toHaveText('2.5亿元');
  });

  test('an export that cannot be made says so (the workbook library not reachable)', async ({ page }) => {
    // As when the connection drops before the library loads: the browser cannot fetch its chunk.
    await page.route(/\/assets\/universal-[^/]*\.js$/, (route) => route.abort());
    await openDataPage(page);
    await page.getByRole('button', { name: '下载数字（Excel，figures.xlsx）' }).click();
    await expect(page.getByRole('alert')).toContainText('未能生成 figures.xlsx');
  });

  test("the page's own ZIP export loads back", async ({ page }) => {
    await openDataPage(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载数据集（ZIP，JSON 文件）' }).click(),
    ]);
    await page.getByLabel('选择文件', { exact: true }).setInputFiles([
      {
        name: 'jinzhong-towns-data.zip',
        mimeType: 'application/zip',
        buffer: readFileSync((await download.path()) ?? ''),
      },
    ]);
    await expect(page.getByText('jinzhong-towns-data.zip/towns.json: 识别为专业镇（towns.json）')).toBeVisible();
    await expect(page.getByText(/^检查通过/)).toBeVisible();
  });

  for (const lang of ['zh', 'en'] as const)
    test(`five different mistakes give five messages with row, column, value and hint (${lang})`, async ({ page }) => {
      await page.goto(`/?page=data${lang === 'en' ? '&lang=en' : ''}`);
      const ids = real.figures.figures.map((f) => f.id);
      const town = real.figures.figures.find((f) => f.subject.type === 'town');
      const text = editedFiguresCsv({
        [ids[0] ?? '']: { value: '一亿五千万' },
        [ids[1] ?? '']: { qualifier: 'Nearly' },
        [ids[2] ?? '']: { period: '2023年' },
        [town?.id ?? '']: { town: 'qixian-glass' },
        [ids[4] ?? '']: { kind: 'guess' },
      });
      await page
        .getByLabel(lang === 'zh' ? '选择文件' : 'Choose files', { exact: true })
        .setInputFiles([file('my figures.csv', text)]);
      const list = page.getByRole('alert').getByRole('list', { name: 'my figures.csv' });
      const items = list.getByRole('listitem');
      await expect(items).toHaveCount(5);
      const row = (id: string) => ids.indexOf(id) + 2;
      const expected =
        lang === 'zh'
          ? [
              `第 ${row(ids[0] ?? '')} 行 · value 列：类型不对；写的是“一亿五千万”；应为：数字，如 5537000000 或 55.37亿。`,
              `第 ${row(ids[1] ?? '')} 行 · qualifier 列：不是可选的值；写的是“Nearly”；应为：以下之一：exact、nearly、over、about、range、atMost；是不是“nearly”？`,
              `第 ${row(ids[2] ?? '')} 行 · period 列：格式不对；写的是“2023年”；应为：年份或年月日`,
              `第 ${row(ids[4] ?? '')} 行 · kind 列：不是可选的值；写的是“guess”；应为：以下之一：`,
              `第 ${row(town?.id ?? '')} 行 · town 列：找不到这个 id；写的是“qixian-glass”；应为：towns.json 中已有的 id；是不是“qixian-glassware”？`,
            ]
          : [
              `Row ${row(ids[0] ?? '')} · column value: of the wrong type; found “一亿五千万”; expected: a number, e.g. 5537000000 or 55.37亿.`,
              `Row ${row(ids[1] ?? '')} · column qualifier: not one of the allowed values; found “Nearly”; expected: one of exact, nearly, over, about, range, atMost; did you mean “nearly”?`,
              `Row ${row(ids[2] ?? '')} · column period: not in the expected format; found “2023年”; expected: a year, month or day`,
              `Row ${row(ids[4] ?? '')} · column kind: not one of the allowed values; found “guess”; expected: one of `,
              `Row ${row(town?.id ?? '')} · column town: an id that is not known; found “qixian-glass”; expected: an id that towns.json has; did you mean “qixian-glassware”?`,
            ];
      for (const [i, message] of expected.entries()) await expect(items.nth(i)).toContainText(message);
      // The checks' own words stay there for developers, folded away.
      await items
        .first()
        .getByText(lang === 'zh' ? '技术细节' : 'Technical detail')
        .click();
      await expect(items.first().locator('code')).toContainText('Invalid input: expected number, received string');
    });
});

test.describe('a 20 MB file', () => {
  // Each test makes a 20 MB file, hands it to the page and has it checked: 19-31 s on a loaded
  // two-core machine, around the default 30 s a test may take. The check itself has 120 s below.
  test.describe.configure({ timeout: 180_000 });

  /** The bundled figures, then copies of them under new ids, to about 20 MB of CSV. */
  function bigFiguresCsv(): { text: string; rows: number } {
    const [header = [], ...rows] = figuresTable(real.figures.figures);
    const table = [header, ...rows];
    // Copies are added until the CSV (its size counted as it grows, a block at a time) passes 20 MB.
    for (let n = 0, size = Buffer.byteLength(toCsv(table)); size <= 20e6; n++) {
      const copies = rows.map((row) => row.map((cell, i) => (i === 0 ? `${cell}-copy-${n}` : cell)));
      table.push(...copies);
      size += Buffer.byteLength(toCsv(copies));
    }
    const text = toCsv(table);
    return { text, rows: table.length - 1 };
  }

  test('is checked off the page: a progress bar, the page answering input meanwhile, then the result', async ({
    page,
  }) => {
    const big = bigFiguresCsv();
    expect(Buffer.byteLength(big.text)).toBeGreaterThan(20e6);
    await openDataPage(page);
    await page.getByLabel('选择文件', { exact: true }).setInputFiles([file('figures.csv', big.text)]);
    const progress = page.getByRole('progressbar');
    await expect(progress).toBeVisible();
    // While it is checked, the page answers: a search shows its matches.
    await page.getByRole('searchbox', { name: '查找专业镇' }).fill('介休');
    await expect(page.getByRole('list', { name: '查找结果' }).getByRole('button', { name: '介休碳素' })).toBeVisible();
    await expect(progress).toBeVisible();
    await expect(page.getByText(`检查通过：${real.towns.towns.length} 个专业镇、${big.rows} 个数字`)).toBeVisible({
      timeout: 120_000,
    });
    await expect(progress).toHaveCount(0);
  });

  test('can be cancelled: nothing is loaded', async ({ page }) => {
    const big = bigFiguresCsv();
    await openDataPage(page);
    await page.getByLabel('选择文件', { exact: true }).setInputFiles([file('figures.csv', big.text)]);
    await expect(page.getByRole('progressbar')).toBeVisible();
    await page.getByRole('button', { name: '取消检查' }).click();
    await expect(page.getByText('已取消检查，没有载入任何数据。')).toBeVisible();
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    await expect(page.getByRole('button', { name: '在看板中预览' })).toHaveCount(0);
    await expect(page.getByText(/^检查通过/)).toHaveCount(0);
  });
});
