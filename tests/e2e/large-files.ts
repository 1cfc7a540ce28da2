/**
 * A dataset with large files, as the page meets it: index.html as a build for such a dataset
 * writes it (it names only the small files for the page to ask for, vite.config.ts; the data worker
 * fetches the large ones), and large files that arrive when the test lets them.
 */
import { expect, type Page } from '@playwright/test';

/** Serves index.html without towns.json and figures.json among the first view's small files. */
export async function asBuiltForLargeFiles(page: Page): Promise<void> {
  await page.route(
    (url) => url.pathname === '/' || url.pathname.endsWith('/index.html'),
    async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const small = html.replace(/ \.\/data\/(figures|towns)\.json(?=[ "])/g, '');
      expect(small).not.toBe(html);
      await route.fulfill({ response, body: small });
    },
  );
}

/** Holds back the answers for the files matching `files` until the returned function is called. */
export async function holdBack(page: Page, files: RegExp): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(files, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}
