/**
 * The app under random edits to its data (a fixed seed, so any failure can be replayed): whatever
 * the edit, no panel crashes and no error escapes; the page either shows the data or says what is
 * wrong with which file.
 */
import fc from 'fast-check';
import { expect, test } from './app-test';
import { editedText, paths, replacementValue, type Json } from '../fixtures/mutate';
import { dataFile } from './data';

const FILES = [
  'dataset.json',
  'towns.json',
  'figures.json',
  'articles.json',
  'counties.geojson',
  'shanxi-cities.geojson',
];
const CASES = fc.sample(fc.tuple(fc.constantFrom(...FILES), fc.nat(), replacementValue), {
  numRuns: 24,
  seed: 20261129,
});

CASES.forEach(([file, pick, replacement], i) => {
  test(`random edit ${i + 1}: ${file}`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const document: Json = JSON.parse(dataFile(file));
    const text = editedText(document, paths(document), pick, replacement);
    await page.route(`**/data/${file}`, (route) => route.fulfill({ contentType: 'application/json', body: text }));
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Settled: every panel shows its content or a message naming a file.
    await expect(page.getByRole('status').filter({ hasText: '正在加载数据' })).toHaveCount(0);
    await expect(page.getByText('这一部分出错了')).toHaveCount(0);
    for (const alert of await page.getByRole('alert').all()) await expect(alert).toContainText(/\.(json|geojson)/);
    expect(errors).toEqual([]);
  });
});
