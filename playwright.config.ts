/**
 * Browser tests against the production build (`vite preview`), in the Chromium that ships
 * inside @sparticuz/chromium (Playwright cannot download browsers here). Only --no-sandbox is
 * passed: the package's own serverless flags would disable web security and run single-process.
 * The browser draws with the tests' own fonts, not the machine's (tests/e2e/test-fonts.ts).
 */
import chromium from '@sparticuz/chromium';
import { defineConfig } from '@playwright/test';
import { testFontConfig } from './tests/e2e/test-fonts';

const executablePath = await chromium.executablePath();
const fontConfig = await testFontConfig();
const PORT = 4173;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: {
      executablePath,
      args: ['--no-sandbox'],
      ...(fontConfig ? { env: { ...process.env, FONTCONFIG_FILE: fontConfig } } : {}),
    },
    locale: 'zh-CN',
    // The desktop the dashboard is designed for (phones and narrow windows are tested at their own sizes).
    viewport: { width: 1440, height: 900 },
    // A failed test keeps its trace (each step's DOM, the network, the console), without the
    // screencast: encoding a frame for every repaint (a loading spinner repaints all the time) more
    // than doubled a page's load under two workers on two cores, and made waits on the map time out.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true },
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
