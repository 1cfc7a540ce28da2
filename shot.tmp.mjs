import chromium from '@sparticuz/chromium';
import { chromium as pw } from 'playwright-core';
import { writeFileSync } from 'node:fs';
const browser = await pw.launch({ executablePath: await chromium.executablePath(), args: ['--no-sandbox'] });
const [,, url, out, w='1440', h='900', mode='screen'] = process.argv;
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
await page.goto(url);
await page.waitForTimeout(2500);
if (mode === 'pdf') {
  const pdf = await page.pdf({ format: 'A4' });
  writeFileSync(out, pdf);
  console.log('pages', (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length);
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.screenshot({ path: out.replace('.pdf', '.png'), fullPage: true });
} else await page.screenshot({ path: out, fullPage: mode === 'full' });
await browser.close();
