import { readFileSync } from 'node:fs';
import { expect, test } from './app-test';
import { type Locator, type Page } from '@playwright/test';
import { parseCsv } from '../../src/data/exchange/csv';
import { literally, shown } from './data';
import { drawChart, pointOnBar } from './draw';

/** The chart frames on the first view, by their titles. */
const CHARTS = ['专业镇排名：产值', '专业镇培育梯队：历年认定与目标', '专业镇经济规模对比'] as const;

const frame = (page: Page, title: string) => page.getByRole('figure', { name: title });

/** Hovers the row of a horizontal bar chart whose name label reads `name` (names sit above bars). */
async function hoverRow(chart: Locator, name: string) {
  const label = chart.locator('svg text', { hasText: name }).first();
  await label.scrollIntoViewIfNeeded();
  const box = await label.boundingBox();
  if (!box) throw new Error(`no label ${name}`);
  await chart.page().mouse.move(box.x + 40, box.y + box.height + 7);
}

/** A PNG's size (from its header) and its iTXt text chunks, by keyword. */
function readPng(bytes: Buffer): { width: number; height: number; text: Record<string, string> } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const text: Record<string, string> = {};
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'iTXt') {
      const data = bytes.subarray(at + 8, at + 8 + length);
      const keyword = data.toString('latin1', 0, data.indexOf(0));
      text[keyword] = data.subarray(keyword.length + 5).toString('utf8');
    }
    at += 12 + length;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), text };
}

test.describe('the charts', () => {
  test('all three render, each with a description a screen reader reads', async ({ page }) => {
    await page.goto('/');
    for (const title of CHARTS) {
      const chart = frame(page, title);
      await drawChart(chart);
      await expect(chart.locator('.echarts-for-react')).toHaveAttribute('role', 'img');
      await expect(chart.locator('.echarts-for-react')).toHaveAttribute('aria-label', /.{20,}/);
    }
    await expect(frame(page, CHARTS[1]).locator('.echarts-for-react')).toHaveAttribute(
      'aria-label',
      new RegExp(`2023年 · 目标, 市级专业镇: ${literally(shown('f-jz-city-target-city-towns'))}`),
    );
  });

  test("the ranking's table shows the same values as its tooltips", async ({ page }) => {
    await page.goto('/');
    const chart = frame(page, CHARTS[0]);
    await drawChart(chart);
    const expected = {
      榆次纺机液压: shown('f-yuci-output-2022'),
      介休碳素: shown('f-jiexiu-carbon-output-2022'),
      左权乳胶制品: shown('f-zuoquan-latex-output'),
      榆社医药: '未报告',
    };
    for (const [name, value] of Object.entries(expected)) {
      await hoverRow(chart, name);
      await expect(chart.locator('.chart-tooltip')).toContainText(`${name}${value}`);
    }
    await chart.getByRole('button', { name: '表格' }).click();
    const table = chart.getByRole('table');
    for (const [name, value] of Object.entries(expected))
      await expect(
        table
          .getByRole('row', { name: new RegExp(`^${name}`) })
          .locator('td .shown-value')
          .first(),
      ).toHaveText(value);
    // 榆次's whole-industry output stands; the zone firms' 13亿 is one click away.
    const yuci = table.getByRole('row', { name: /^榆次纺机液压/ });
    await yuci.getByRole('button', { name: '来源不一：另有1个数字' }).click();
    await expect(yuci.locator('.other-reports-list')).toContainText(
      `${shown('f-yuci-devzone-output-2022')} · 2022年 · 口径: 晋中开发区的纺织、液压相关企业`,
    );
  });

  test("the scale chart's table matches its tooltips, indicator by indicator", async ({ page }) => {
    await page.goto('/');
    const chart = frame(page, CHARTS[2]);
    await drawChart(chart);
    await hoverRow(chart, '榆次纺机液压');
    await expect(chart.locator('.chart-tooltip')).toContainText(`产值（元）: ${shown('f-yuci-output-2022')}`);
    await chart.getByRole('button', { name: '表格' }).click();
    const row = chart.getByRole('row', { name: /^榆次纺机液压 产值/ });
    await expect(row).toContainText(shown('f-yuci-output-2022'));
    await expect(chart.getByRole('row', { name: /^晋中3个省级重点专业镇 企业数/ })).toContainText(
      shown('f-jz-group-enterprises'),
    );
  });

  test("the programme chart's table matches its tooltips", async ({ page }) => {
    await page.goto('/');
    const chart = frame(page, CHARTS[1]);
    await drawChart(chart);
    for (const [value, series] of [
      [shown('f-jz-city-shortlist'), '2022年 · 入选名单'],
      [shown('f-jz-city-first-city-towns'), '2023年 · 认定'],
    ] as const) {
      // Vertical bars: the value label sits on top of its bar; hover just below it.
      const label = chart.locator('svg text', { hasText: new RegExp(`^${literally(value)}$`) }).first();
      await label.scrollIntoViewIfNeeded();
      // Measured and hovered again until the tooltip answers: the page may still move under the
      // pointer while the panels below it are drawn.
      await expect(async () => {
        const box = await label.boundingBox();
        if (!box) throw new Error(`no label ${value}`);
        await page.mouse.move(box.x + box.width / 2, box.y + box.height + 6);
        await expect(chart.locator('.chart-tooltip')).toContainText(`${series}市级专业镇: ${value}`, { timeout: 1000 });
      }).toPass();
    }
    await chart.getByRole('button', { name: '表格' }).click();
    await expect(
      chart.getByRole('row', { name: /^晋中市/ }).filter({ hasText: shown('f-jz-city-shortlist') }),
    ).toContainText('拟培育的市级专业镇名单');
    await expect(
      chart.getByRole('row', { name: /^晋中市/ }).filter({ hasText: shown('f-jz-city-target-city-towns') }),
    ).toContainText('目标');
  });

  test('the CSV download carries exactly the rows shown', async ({ page }) => {
    await page.goto('/');
    for (const title of CHARTS) {
      const chart = frame(page, title);
      await chart.getByRole('button', { name: '表格' }).click();
      const shown = await chart
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [
            tr.querySelector('th')?.textContent ?? '',
            tr.querySelector('td.value .shown-value')?.textContent ?? '',
          ]),
        );
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        chart.getByRole('button', { name: '下载 CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      const path = await download.path();
      const [header, ...rows] = parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
      const subject = header?.indexOf('subject') ?? -1;
      const asShown = header?.indexOf('as_shown') ?? -1;
      expect(rows.map((r) => [r[subject], r[asShown]])).toEqual(shown);
      expect(header).toContain('article_url');
      expect(header).toContain('unit');
    }
  });

  test('the PNG download is an image of the chart that says what it is, where it is from and when', async ({
    page,
  }) => {
    for (const lang of ['zh', 'en'] as const) {
      await page.goto(lang === 'zh' ? '/' : '/?lang=en&asof=2023-12');
      const chart = frame(page, lang === 'zh' ? CHARTS[0] : 'Towns ranked: Output value');
      await drawChart(chart);
      const drawn = await chart.locator('.echart svg').first().boundingBox();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        chart.getByRole('button', { name: lang === 'zh' ? '下载 PNG' : 'Download PNG' }).click(),
      ]);
      const png = readPng(readFileSync(await download.path()));
      // Twice the chart's size, and taller: the title above it, the caption lines below.
      expect(png.width).toBe(Math.round((drawn?.width ?? 0) * 2));
      expect(png.height).toBeGreaterThan(Math.round((drawn?.height ?? 0) * 2) + 2 * 60);
      if (lang === 'zh') {
        expect(png.text.Title).toBe(`${CHARTS[0]} · 晋中特色专业镇数据看板`);
        expect(png.text.Description).toMatch(
          /^实心条：全年实绩；浅色实边条：.*；虚线空心条：规划或目标，不是实绩；.*\*：口径较窄（如仅规模以上企业），见表格；†：.*仅作佐证\n数据来源：.*晋中日报.*。每个数字都附原文引语。\n数据更新于\d{4}年\d{1,2}月\d{1,2}日\nhttp:\/\/localhost:\d+\/$/,
        );
      } else {
        expect(png.text.Title).toBe('Towns ranked: Output value · Jinzhong Specialty Towns Dashboard');
        expect(png.text.Description).toMatch(
          /^Solid bar: a result for a whole year; .*\*: a narrower scope \(e\.g\. above-scale enterprises only\); see the table; †: .*corroboration only\nData: .*\.\nFigures as reported by December 2023\nhttp:\/\/localhost:\d+\/\?lang=en&asof=2023-12$/,
        );
      }
    }
    // The programme chart marks no scope and names its results by colour: its key tells its targets,
    // and the † of a count read only at a page naming no source.
    await page.goto('/');
    const programme = frame(page, CHARTS[1]);
    await drawChart(programme);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      programme.getByRole('button', { name: '下载 PNG' }).click(),
    ]);
    expect(readPng(readFileSync(await download.path())).text.Description).toMatch(
      /^虚线空心条：规划或目标，不是实绩(；[^\n*]*)?；†：[^\n*]*\n数据来源：/,
    );
  });

  test('each bar of the ranking names its period; part of a year, plans and weak copies are marked and explained', async ({
    page,
  }) => {
    const cases = {
      zh: {
        title: CHARTS[0],
        yuci: shown('f-yuci-output-2022'),
        pingyao: `${shown('f-pingyao-lacquer-output-2023h1')}*†`,
        zuoquan: `${shown('f-zuoquan-latex-output')}* (规划)`,
        taigu: `${shown('f-taigu-devzone-output-2024')}*†`,
        periods: ['2024年', '2023年1–6月', '年份未注明'],
        key: ['全年实绩', '一年中几个月的实绩', '规划或目标', '口径较窄', '仅作佐证'],
        described: `平遥牛肉和推光漆器: ${shown('f-pingyao-lacquer-output-2023h1')}`,
        when: '2023年1–6月',
      },
      en: {
        title: 'Towns ranked: Output value',
        yuci: shown('f-yuci-output-2022', 'en'),
        pingyao: `${shown('f-pingyao-lacquer-output-2023h1', 'en')}*†`,
        zuoquan: `${shown('f-zuoquan-latex-output', 'en')}* (plan)`,
        taigu: `${shown('f-taigu-devzone-output-2024', 'en')}*†`,
        periods: ['2024', 'January–June 2023', 'year not given'],
        key: [
          'a result for a whole year',
          'some months of a year',
          'a plan or target',
          'a narrower scope',
          'corroboration only',
        ],
        described: shown('f-pingyao-lacquer-output-2023h1', 'en'),
        when: 'January–June 2023',
      },
    } as const;
    for (const lang of ['zh', 'en'] as const) {
      const c = cases[lang];
      await page.goto(lang === 'zh' ? '/' : '/?lang=en');
      const chart = frame(page, c.title);
      await drawChart(chart);
      const text = (label: string) =>
        chart.locator('svg text').filter({ hasText: new RegExp(`^${literally(label)}$`) });
      for (const label of [c.yuci, c.pingyao, c.zuoquan, c.taigu]) await expect(text(label)).toHaveCount(1);
      // Each period on its own line under the name above its bar (2022 for several towns).
      const after = (period: string) => text(period);
      for (const period of c.periods) await expect(after(period)).toHaveCount(1);
      expect(await after(`2022${lang === 'zh' ? '年' : ''}`).count()).toBeGreaterThan(1);
      // The whole years come first; the half year below them, though its value is reported later.
      const y = async (label: string) => (await text(label).boundingBox())?.y ?? Number.NaN;
      expect(await y(c.pingyao)).toBeGreaterThan(await y(c.yuci));
      // 平遥's period right under its name, both starting at the same point (the bar's left edge,
      // whatever the fonts), and neither past the chart's right edge.
      const nameText = chart
        .locator('svg text')
        .filter({ hasText: lang === 'zh' ? /^平遥牛肉和推光漆器$/ : /^Pingyao beef and polished lacquerware$/ });
      const anchor = (label: Locator) =>
        label.evaluate((el) => ({
          x: el.getAttribute('x'),
          y: Number(el.getAttribute('y')),
          transform: el.getAttribute('transform'),
        }));
      const [nameAt, whenAt] = [await anchor(nameText), await anchor(text(c.when))];
      expect({ x: whenAt.x, transform: whenAt.transform }).toEqual({ x: nameAt.x, transform: nameAt.transform });
      expect(whenAt.y).toBeGreaterThan(nameAt.y);
      const svg = await chart.locator('svg').first().boundingBox();
      for (const box of [await nameText.boundingBox(), await text(c.when).boundingBox()])
        expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual((svg?.x ?? 0) + (svg?.width ?? 0));
      const key = chart.getByRole('list', { name: lang === 'zh' ? '图例' : 'Key' });
      for (const entry of c.key) await expect(key.getByRole('listitem').filter({ hasText: entry })).toHaveCount(1);
      await expect(chart.locator('.echarts-for-react')).toHaveAttribute(
        'aria-label',
        new RegExp(`${literally(c.described)}.*${literally(c.when)}`),
      );
    }
  });

  test("a year's ranking shows that year's figures only, and the picker says how many towns each year has", async ({
    page,
  }) => {
    await page.goto('/?period=1997');
    const chart = frame(page, '专业镇排名：产值 (1997)');
    await chart.getByRole('button', { name: '表格' }).click();
    await expect(chart.getByRole('row', { name: /祁县玻璃器皿/ })).toContainText(shown('f-qixian-output-1997'));
    // 左权's plan gives no year: it belongs to the latest ranking, not to 1997's.
    await expect(chart.getByRole('row', { name: /左权乳胶制品/ })).toContainText('未报告');
    await expect(chart.getByRole('row', { name: /左权乳胶制品/ })).not.toContainText('规划');
    await expect(page.getByRole('combobox', { name: '数据年份' }).getByRole('option', { name: /^1997/ })).toHaveText(
      '1997（1个镇有结果）',
    );
    await page.goto('/?period=1997&lang=en');
    await expect(
      page.getByRole('combobox', { name: 'Year of the figures' }).getByRole('option', { name: /^1997/ }),
    ).toHaveText('1997 (1 town with results)');
  });

  test('clicking a bar selects that town across the dashboard', async ({ page }) => {
    await page.goto('/');
    const chart = frame(page, CHARTS[0]);
    await drawChart(chart);
    const bar = await pointOnBar(chart, shown('f-jiexiu-carbon-output-2022'));
    await page.mouse.click(bar.x, bar.y);
    await expect(page).toHaveURL(/town=jiexiu-carbon/);
    await expect(page.getByRole('region', { name: '介休碳素' })).toContainText(shown('f-jiexiu-carbon-output-2022'));
    await expect(page.locator('[data-town="jiexiu-carbon"]')).toHaveAttribute('aria-pressed', 'true');
  });

  test('decal patterns can be switched on', async ({ page }) => {
    await page.goto('/');
    const chart = frame(page, CHARTS[1]);
    await drawChart(chart);
    await expect(chart.locator('svg pattern')).toHaveCount(0);
    await chart.getByLabel('图案填充').check();
    await expect(chart.locator('svg pattern').first()).toBeAttached();
  });
});
