/**
 * Embeds in someone else's page: from a 320×240 box up, the whole chart or map with its title,
 * legend and source line, and no scrollbar inside the frame.
 */
import { expect, test } from './app-test';
import { type FrameLocator, type Page } from '@playwright/test';

const SIZES = [
  [320, 240],
  [600, 450],
] as const;

/** A host page with one iframe of the given size (same origin: the test server serves both). */
async function host(page: Page, kind: string, width: number, height: number, lang = 'zh'): Promise<FrameLocator> {
  await page.goto('/');
  await page.evaluate(
    ({ src, width, height }) => {
      document.body.replaceChildren();
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.width = String(width);
      frame.height = String(height);
      frame.title = 'embed';
      frame.style.border = '0';
      document.body.append(frame);
    },
    { src: `/?embed=${kind}&lang=${lang}`, width, height },
  );
  return page.frameLocator('iframe[title="embed"]');
}

/** How far the frame's document runs past its box, across and down (0 when it fits). */
async function overflow(page: Page): Promise<[number, number]> {
  const frame = page.frames().find((f) => f.url().includes('embed='));
  if (!frame) throw new Error('no embed frame');
  return frame.evaluate(() => [
    document.documentElement.scrollWidth - window.innerWidth,
    document.documentElement.scrollHeight - window.innerHeight,
  ]);
}

/** Whether an element lies wholly inside the frame's box. */
async function inBox(page: Page, frame: FrameLocator, selector: string, width: number, height: number) {
  const box = await frame.locator(selector).first().boundingBox();
  const origin = await page.locator('iframe[title="embed"]').boundingBox();
  if (!box || !origin) return false;
  const x = box.x - origin.x;
  const y = box.y - origin.y;
  return x >= -1 && y >= -1 && x + box.width <= width + 1 && y + box.height <= height + 1;
}

for (const [width, height] of SIZES) {
  for (const kind of ['ranking', 'programme', 'scale'] as const) {
    test(`the ${kind} chart fits a ${width}×${height} box whole, with title and source`, async ({ page }) => {
      const frame = await host(page, kind, width, height);
      await expect(frame.locator('.echart[data-rendered="true"]')).toBeVisible();
      await expect(frame.locator('figcaption')).toBeVisible();
      await expect(frame.getByRole('link', { name: '在完整看板中打开' })).toBeVisible();
      expect(await overflow(page)).toEqual([0, 0]);
      for (const part of ['figcaption', '.echart', '.chart-key', '.embed-source'])
        expect(await inBox(page, frame, part, width, height), part).toBe(true);
    });
  }

  test(`the map fits a ${width}×${height} box, with its legend and source`, async ({ page }) => {
    const frame = await host(page, 'map', width, height);
    await expect(frame.locator('.map-canvas')).toHaveAttribute('data-fitted', 'jinzhong');
    await expect(frame.getByRole('group', { name: '图例' })).toBeVisible();
    await expect(frame.getByText('无数据（来源未报告）')).toBeVisible();
    expect(await overflow(page)).toEqual([0, 0]);
    // The legend's classes and "no data" always; a box of some height, the markers' shapes and colours too.
    const legend = ['.legend-classes li:first-child', '.legend-no-data'];
    if (height > 300) legend.push('.legend-shape', '.legend-dot');
    for (const part of ['h1', '.map-canvas', ...legend, '.embed-source'])
      expect(await inBox(page, frame, part, width, height), part).toBe(true);
    // The map keeps a useful share of the box.
    const canvas = await frame.locator('.map-canvas').boundingBox();
    expect(canvas && canvas.height).toBeGreaterThan(height * 0.3);
  });
}

test("the ranking's embed explains its marks in its own key, inside the smallest box", async ({ page }) => {
  for (const [lang, entries] of [
    ['zh', ['全年实绩', '部分月份的实绩', '口径较窄', '仅见于他站副本']],
    ['en', ['whole-year result', 'part-year result', 'narrower scope', 'only a copy on another site']],
  ] as const) {
    const frame = await host(page, 'ranking', 320, 240, lang);
    await expect(frame.locator('.echart[data-rendered="true"]')).toBeVisible();
    const key = frame.getByRole('list', { name: lang === 'zh' ? '图例' : 'Key' });
    for (const entry of entries) await expect(key.getByRole('listitem').filter({ hasText: entry })).toHaveCount(1);
    await expect(key.getByRole('listitem').filter({ hasText: '*' })).toHaveCount(1);
    await expect(key.getByRole('listitem').filter({ hasText: '†' })).toHaveCount(1);
    expect(await inBox(page, frame, '.chart-key', 320, 240)).toBe(true);
    expect(await overflow(page)).toEqual([0, 0]);
  }
});

test('in English, the smallest box still names its source and links back', async ({ page }) => {
  const frame = await host(page, 'ranking', 320, 240, 'en');
  await expect(frame.locator('.echart[data-rendered="true"]')).toBeVisible();
  await expect(frame.getByText(/^Data: Jinzhong Daily and \d+ other outlets/)).toBeVisible();
  await expect(frame.getByRole('link', { name: 'Open in the full dashboard' })).toBeVisible();
  expect(await overflow(page)).toEqual([0, 0]);
});
