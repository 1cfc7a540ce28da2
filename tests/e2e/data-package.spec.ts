/**
 * The whole dataset to take away: the method page links the Frictionless Data Package beside the
 * data, which holds what the Data Package profile requires, and every file it names is there.
 */
import { expect, test, type Page } from './app-test';

interface Resource {
  name: string;
  path: string;
  bytes: number;
  profile?: string;
  schema?: { fields?: { name: string; type: string }[] };
}

/** The descriptor the method page links, read from where the link points. */
async function linkedDescriptor(page: Page, name: string) {
  const link = page.getByRole('link', { name });
  const href = await link.getAttribute('href');
  if (!href) throw new Error('the link has no address');
  const address = new URL(href, page.url());
  expect(address.origin).toBe(new URL(page.url()).origin);
  const response = await page.request.get(address.href);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/json/);
  return {
    address,
    descriptor: (await response.json()) as { name: string; resources: Resource[]; licenses: object[] },
  };
}

test('the method page links the data package, whose every file is there as it says', async ({ page }) => {
  await page.goto('/?page=method');
  await expect(page.getByRole('heading', { name: '整套数据下载' })).toBeVisible();
  const { address, descriptor } = await linkedDescriptor(page, '数据包说明（datapackage.json）');

  // The profile's requirements: resources, each named as it says and with a path; licences named.
  expect(descriptor.name).toMatch(/^[-a-z0-9._/]+$/);
  expect(descriptor.resources.length).toBeGreaterThan(0);
  expect(descriptor.licenses.length).toBeGreaterThan(0);
  for (const resource of descriptor.resources) {
    expect(resource.name).toMatch(/^[-a-z0-9._/]+$/);
    // Paths are relative to the descriptor, and each file is there with the size it is said to have.
    const file = await page.request.get(new URL(resource.path, address).href);
    expect(file.status(), resource.path).toBe(200);
    expect((await file.body()).length, resource.path).toBe(resource.bytes);
  }

  // The figures as a table whose header is its schema's fields; the page's own link downloads it.
  const table = descriptor.resources.find((r) => r.profile === 'tabular-data-resource');
  if (!table) throw new Error('no tabular resource');
  const csv = await page.request.get(new URL(table.path, address).href);
  const header = (await csv.text()).replace(/^\uFEFF/, '').split(/\r?\n/)[0];
  expect(header).toBe(table.schema?.fields?.map((f) => f.name).join(','));
  await expect(page.getByRole('link', { name: '数字表（figures.csv）' })).toHaveAttribute('download', '');

  await page.goto('/?page=method&lang=en');
  await expect(page.getByRole('heading', { name: 'The whole dataset' })).toBeVisible();
  const english = await linkedDescriptor(page, 'Package descriptor (datapackage.json)');
  expect(english.descriptor.resources.map((r) => r.name)).toEqual(descriptor.resources.map((r) => r.name));
});
