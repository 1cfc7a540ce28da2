/**
 * The browser tests' `test`: Playwright's, with `page.goto` waiting, on a page baked at build
 * (src/bake: #root carries the view it was baked with), until the app has taken it over
 * (`data-live`, app/boot.tsx). Before that its controls take no clicks and another view than the
 * baked one is still to be drawn, as a reader would find; the tests act on the app. A test of the
 * baked page itself, before the app takes over, navigates with `waitUntil: 'commit'` (or without
 * JavaScript, when the app never does).
 */
import { expect, test as base } from '@playwright/test';

export { expect };
export type { Locator, Page } from '@playwright/test';

export const test = base.extend({
  page: async ({ page, javaScriptEnabled }, provide) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      const baked = javaScriptEnabled && options?.waitUntil !== 'commit';
      if (baked && (await page.locator('#root[data-view]').count()) > 0)
        await expect(page.locator('#root')).toHaveAttribute('data-live');
      return response;
    };
    await provide(page);
  },
});
