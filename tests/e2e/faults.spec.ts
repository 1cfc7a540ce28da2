/**
 * Every data file, under every fault a network or an editor can cause: the page names the file
 * and the problem, offers a retry, keeps the rest working, and never shows a crashed panel.
 */
import { expect, test } from './app-test';
import { type Page, type Route } from '@playwright/test';
import { dataFile, shown } from './data';

/* eslint-disable @typescript-eslint/no-explicit-any -- the faults edit raw JSON on purpose */
type Edit = (json: any) => void;

interface FileCase {
  file: string;
  /** A panel that needs this file, and one that does not. */
  broken: RegExp;
  working: { region: RegExp; text: string };
  wrongType: Edit;
  missingField: Edit;
  duplicateId: Edit;
  danglingReference?: Edit;
}

const headlines = { region: /^核心数字$/, text: shown('f-jz-group-enterprises') };
const articles = { region: /^来源文章$/, text: '特色专业镇其兴可待' };

const FILES: FileCase[] = [
  {
    file: 'dataset.json',
    broken: /^核心数字$/,
    working: articles,
    wrongType: (j) => (j.indicators[0].ranking = 'yes'),
    missingField: (j) => delete j.headlines,
    duplicateId: (j) => j.indicators.push(j.indicators[0]),
    danglingReference: (j) => (j.groups[0].members[0] = 'no-such-town'),
  },
  {
    file: 'towns.json',
    broken: /^专业镇排名$/,
    working: headlines,
    wrongType: (j) => (j.towns[0].location.lon = 'east'),
    missingField: (j) => delete j.towns[1].name,
    duplicateId: (j) => j.towns.push(j.towns[0]),
    danglingReference: (j) => (j.towns[0].designations[0].source.article = 'no-such-article'),
  },
  {
    file: 'figures.json',
    broken: /^核心数字$/,
    working: articles,
    wrongType: (j) => (j.figures[0].value = 'ten'),
    missingField: (j) => delete j.figures[2].source,
    duplicateId: (j) => j.figures.push(j.figures[0]),
    danglingReference: (j) => (j.figures[3].subject = { type: 'town', town: 'no-such-town' }),
  },
  {
    file: 'articles.json',
    broken: /^来源文章$/,
    working: headlines,
    wrongType: (j) => (j.articles[0].authors = 'someone'),
    missingField: (j) => delete j.articles[0].outlet,
    duplicateId: (j) => j.articles.push(j.articles[0]),
  },
  {
    file: 'counties.geojson',
    broken: /^地图/,
    working: headlines,
    wrongType: (j) => (j.features[0].properties.code = 140702),
    missingField: (j) => delete j.features[0].geometry,
    duplicateId: (j) => j.features.push(j.features[0]),
  },
  {
    file: 'shanxi-cities.geojson',
    broken: /^地图/,
    working: headlines,
    wrongType: (j) => (j.features[0].properties.name = 7),
    missingField: (j) => delete j.features[0].properties.code,
    duplicateId: (j) => j.features.push(j.features[0]),
  },
];

type Fault = { name: string; expected: RegExp; serve: (route: Route, c: FileCase) => Promise<void> };

const edited = (c: FileCase, edit: Edit) => {
  const json = JSON.parse(dataFile(c.file));
  edit(json);
  return JSON.stringify(json);
};

const FAULTS: Fault[] = [
  { name: '404', expected: /the server answered 404/, serve: (r) => r.fulfill({ status: 404, body: 'not found' }) },
  { name: '500', expected: /the server answered 500/, serve: (r) => r.fulfill({ status: 500, body: 'oops' }) },
  { name: 'timeout', expected: /could not be loaded/, serve: (r) => r.abort('timedout') },
  {
    name: 'truncated',
    expected: /not valid JSON/,
    serve: (r, c) => r.fulfill({ contentType: 'application/json', body: dataFile(c.file).slice(0, 300) }),
  },
  {
    name: 'malformed',
    expected: /not valid JSON/,
    serve: (r) => r.fulfill({ contentType: 'application/json', body: '{"schemaVersion": 1,, }' }),
  },
  {
    name: 'wrong type',
    expected: /expected|Invalid/,
    serve: (r, c) => r.fulfill({ contentType: 'application/json', body: edited(c, c.wrongType) }),
  },
  {
    name: 'missing field',
    expected: /expected|Invalid|Required/,
    serve: (r, c) => r.fulfill({ contentType: 'application/json', body: edited(c, c.missingField) }),
  },
  {
    name: 'duplicate id',
    expected: /duplicate/,
    serve: (r, c) => r.fulfill({ contentType: 'application/json', body: edited(c, c.duplicateId) }),
  },
  {
    name: 'dangling reference',
    expected: /unknown/,
    serve: (r, c) => r.fulfill({ contentType: 'application/json', body: edited(c, c.danglingReference ?? (() => {})) }),
  },
];

async function expectNoCrash(page: Page) {
  await expect(page.getByText('这一部分出错了')).toHaveCount(0);
}

for (const c of FILES) {
  for (const fault of FAULTS) {
    if (fault.name === 'dangling reference' && !c.danglingReference) continue;
    test(`${c.file}: ${fault.name}`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      let broken = true;
      await page.route(`**/data/${c.file}`, (route) => (broken ? fault.serve(route, c) : route.continue()));
      await page.goto('/');
      const panel = page.getByRole('region', { name: c.broken });
      const alert = panel.getByRole('alert').filter({ hasText: c.file }).first();
      await expect(alert).toContainText(fault.expected);
      // The rest of the dashboard works where its data allows.
      await expect(
        page.getByRole('region', { name: c.working.region }).getByText(c.working.text).first(),
      ).toBeVisible();
      await expectNoCrash(page);
      // Retry once the file is fine again.
      broken = false;
      await alert.getByRole('button', { name: '重试' }).click();
      await expect(page.getByRole('alert').filter({ hasText: c.file })).toHaveCount(0);
      await expectNoCrash(page);
      expect(errors).toEqual([]);
    });
  }
}
