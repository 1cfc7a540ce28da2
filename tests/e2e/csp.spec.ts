import { expect, test } from './app-test';
import { DASHBOARD_CHARTS, drawAll } from './draw';

test('the built page has a Content-Security-Policy without eval, and nothing violates it', async ({ page }) => {
  await page.addInitScript(() => {
    const list: string[] = [];
    Object.assign(window, { cspViolations: list });
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  await page.goto('/?town=yuci-textile-hydraulics&compare=yuci-textile-hydraulics');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).toContain("object-src 'none'");

  // Exercise what draws: charts, map, tooltips, tables, the English view, the method page.
  await drawAll(page);
  await page.locator('[data-town="jiexiu-carbon"]').focus();
  await expect(page.getByRole('tooltip', { name: /^介休碳素/ })).toBeVisible();
  const chart = page.getByRole('figure', { name: '专业镇排名：产值' });
  await chart.getByLabel('图案填充').check();
  await chart.getByRole('button', { name: '表格' }).click();
  await page.getByRole('button', { name: 'Switch to English' }).click();
  // Every chart but the ranking, now shown as its table.
  await expect(page.locator('.echart[data-rendered="true"]')).toHaveCount(DASHBOARD_CHARTS - 1);
  await page.getByRole('navigation').getByRole('button', { name: 'Sources and method' }).click();
  await expect(page.getByRole('heading', { name: 'Sources and method', level: 2 })).toBeVisible();

  const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  expect(violations).toEqual([]);
});
