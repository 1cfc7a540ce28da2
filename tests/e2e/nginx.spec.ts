/**
 * The production serving: the built app through a real nginx (Debian's package) with
 * deploy/nginx-site.conf. `.ci/run` installs nginx; on a machine without it this file says so and
 * skips (CI never skips it: there a missing nginx fails the test).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from './app-test';
import { drawAll } from './draw';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => spawnSync(p, ['-v']).status === 0);
const PORT = 4180;
const ROOT = resolve(import.meta.dirname, '../..');
const ORIGIN = `http://127.0.0.1:${PORT}`;

test.describe('served by nginx', () => {
  // One nginx for both tests, in one worker.
  test.describe.configure({ mode: 'serial' });
  test.skip(!NGINX && !process.env.CI, 'nginx is not installed here (apt-get install nginx); CI installs it');
  let server: ChildProcess | undefined;
  let prefix = '';

  test.beforeAll(async () => {
    if (!NGINX) throw new Error('nginx is required in CI: .ci/run installs it');
    prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
    const site = readFileSync(join(ROOT, 'deploy/nginx-site.conf'), 'utf8')
      .replace('listen 80;', `listen 127.0.0.1:${PORT};`)
      .replace('root /srv/jinzhong-towns/dist;', `root ${join(ROOT, 'dist')};`);
    writeFileSync(join(prefix, 'site.conf'), site);
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
      .map((t) => `${t}_temp_path ${join(prefix, t)};`)
      .join(' ');
    writeFileSync(
      join(prefix, 'nginx.conf'),
      `daemon off; worker_processes 1; pid ${join(prefix, 'nginx.pid')}; error_log ${join(prefix, 'error.log')};
events {}
http { include /etc/nginx/mime.types; default_type application/octet-stream; access_log off; ${temp}
  include ${join(prefix, 'site.conf')}; }
`,
    );
    server = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: 'inherit' });
    // Wait until it answers (bounded: nginx starts in milliseconds).
    for (let i = 0; i < 100; i++) {
      const ok = await fetch(ORIGIN).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`nginx did not start: ${readFileSync(join(prefix, 'error.log'), 'utf8')}`);
  });

  test.afterAll(() => {
    server?.kill('SIGQUIT');
    if (prefix) rmSync(prefix, { recursive: true, force: true });
  });

  test('sends the security headers, the CSP of the page, and the right caching', async ({ request }) => {
    const page = await request.get(`${ORIGIN}/`);
    expect(page.status()).toBe(200);
    const headers = page.headers();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(await page.text())?.[1];
    expect(headers['content-security-policy']).toBe(meta);
    expect(headers['content-security-policy']).not.toContain('unsafe-eval');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['cache-control']).toBe('no-cache');

    const data = await request.get(`${ORIGIN}/data/counties.geojson`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(data.headers()['cache-control']).toBe('no-cache');
    expect(data.headers()['content-type']).toBe('application/geo+json');
    expect(data.headers()['content-encoding']).toBe('gzip');
    expect(data.headers()['content-security-policy']).toBe(meta);
    // The data package beside the data: its descriptor as JSON, its figures table as UTF-8 CSV.
    const descriptor = await request.get(`${ORIGIN}/data/datapackage.json`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(descriptor.headers()['content-type']).toBe('application/json');
    expect(descriptor.headers()['content-encoding']).toBe('gzip');
    const table = await request.get(`${ORIGIN}/data/figures.csv`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(table.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(table.headers()['content-encoding']).toBe('gzip');

    const script = /src="\.\/(assets\/index-[^"]+\.js)"/.exec(await page.text())?.[1];
    const asset = await request.get(`${ORIGIN}/${script}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers()['content-encoding']).toBe('gzip');
    expect(asset.headers()['x-content-type-options']).toBe('nosniff');

    expect((await request.get(`${ORIGIN}/data/missing.json`)).status()).toBe(404);

    // A town's own page (baked at build): the same headers, at town/<id>.html and at town/<id>.
    for (const path of ['/town/qixian-glassware.html', '/town/qixian-glassware']) {
      const town = await request.get(`${ORIGIN}${path}`, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(town.status(), path).toBe(200);
      expect(await town.text()).toContain('<title>祁县玻璃器皿 · 晋中特色专业镇数据看板</title>');
      expect(town.headers()['content-security-policy']).toBe(meta);
      expect(town.headers()['cache-control']).toBe('no-cache');
      expect(town.headers()['x-content-type-options']).toBe('nosniff');
      expect(town.headers()['content-encoding']).toBe('gzip');
    }
    expect((await request.get(`${ORIGIN}/town/no-such-town.html`)).status()).toBe(404);
  });

  test("a town's own page becomes the dashboard for that town through it", async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${ORIGIN}/town/qixian-glassware`);
    await expect(page.getByRole('heading', { level: 2, name: '祁县玻璃器皿' })).toBeVisible();
    // Below the open profile the map is drawn at once, its boundaries fetched from the site's root.
    await expect(page.locator('path.county')).toHaveCount(11);
    expect(errors).toEqual([]);
  });

  test('the dashboard loads through it', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') violations.push(m.text());
    });
    await page.goto(`${ORIGIN}/?lang=en`);
    await expect(page.getByRole('heading', { level: 1, name: 'Jinzhong Specialty Towns Dashboard' })).toBeVisible();
    await drawAll(page);
    await expect(page.locator('path.county')).toHaveCount(11);
    expect(violations).toEqual([]);
  });
});
