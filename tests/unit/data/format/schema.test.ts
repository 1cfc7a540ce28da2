/* eslint-disable @typescript-eslint/no-explicit-any -- the fixtures mutate raw JSON on purpose, before any check */
import { describe, expect, it } from 'vitest';
import { FILE_NAMES, type DataKey } from '../../../../src/data/format/files';
import { parseDataText } from '../../../../src/data/format/parse';
import { readDataset } from '../../../../src/data/exchange/read-dataset';
import { formatProblem } from '../../../../src/data/format/problems';
import { SCHEMA_VERSION } from '../../../../src/data/format/vocabulary';
import { datasetFiles, readDataText } from '../../support/real-data';

/** Problems found when one file's JSON is replaced by `mutate(json)`, the others as bundled. */
function problemsAfter(key: DataKey, mutate: (json: any) => void): string[] {
  const json = JSON.parse(readDataText(key));
  mutate(json);
  const changed = JSON.stringify(json);
  return readDataset(datasetFiles({ [FILE_NAMES[key]]: changed })).problems.map(formatProblem);
}

describe('the bundled dataset', () => {
  it('passes every schema and reference check', () => {
    expect(readDataset(datasetFiles()).problems.map(formatProblem)).toEqual([]);
  });
});

describe('invalid data is rejected with the file, the path and the reason', () => {
  const cases: { name: string; key: DataKey; mutate: (json: any) => void; expected: string }[] = [
    {
      name: 'a value of the wrong type',
      key: 'figures',
      mutate: (j) => (j.figures[0].value = '10'),
      expected: 'figures.json: figures[0].value: Invalid input: expected number, received string',
    },
    {
      name: 'a missing field',
      key: 'towns',
      mutate: (j) => delete j.towns[2].location,
      expected: 'towns.json: towns[2].location: Invalid input: expected object, received undefined',
    },
    {
      name: 'an unknown qualifier',
      key: 'figures',
      mutate: (j) => (j.figures[3].qualifier = 'roughly'),
      expected:
        'figures.json: figures[3].qualifier: Invalid option: expected one of "exact"|"nearly"|"over"|"about"|"range"|"atMost"',
    },
    {
      name: 'a range without its upper end',
      key: 'figures',
      mutate: (j) => {
        const f = j.figures.find((x: { qualifier: string }) => x.qualifier === 'range');
        delete f.upper;
      },
      expected: 'figures.json: figures[26].upper: a range needs "upper"',
    },
    {
      name: 'a description beside a title (ours stands only for a missing headline)',
      key: 'articles',
      mutate: (j) => (j.articles[0].description = { zh: '报道', en: 'report' }),
      expected: 'articles.json: articles[0].description: description is only for an article without a title',
    },
    {
      name: "a newspaper's page for an article that is not a wire story",
      key: 'articles',
      mutate: (j) => (j.articles[0].printedIn = { zh: '晋中日报', en: 'Jinzhong Daily' }),
      expected:
        'articles.json: articles[0].printedIn: printedIn is only for a news agency\'s story (outletKind "agency")',
    },
    {
      name: 'an unknown kind of outlet',
      key: 'articles',
      mutate: (j) => (j.articles[0].outletKind = 'magazine'),
      expected:
        'articles.json: articles[0].outletKind: Invalid option: expected one of "newspaper"|"website"|"agency"|"none"',
    },
    {
      name: 'a javascript: article address',
      key: 'articles',
      mutate: (j) => (j.articles[3].url = 'javascript:alert(1)'),
      expected: 'articles.json: articles[3].url: expected an http(s) address',
    },
    {
      name: 'a contact for error reports that is not an http(s) address',
      key: 'dataset',
      mutate: (j) => (j.contact = { name: { zh: '邮箱', en: 'mailbox' }, url: 'javascript:alert(1)' }),
      expected: 'dataset.json: contact.url: expected an http(s) address',
    },
    {
      name: 'a duplicate town id',
      key: 'towns',
      mutate: (j) => (j.towns[1].id = j.towns[0].id),
      expected: 'towns.json: towns[1]: duplicate town id "taigu-malleable-iron" (first at [0])',
    },
    {
      name: 'a figure about a town that does not exist',
      key: 'figures',
      mutate: (j) => (j.figures[12].subject.town = 'nowhere'),
      expected: 'figures.json: figures[12].subject.town: unknown town "nowhere" (not in towns.json)',
    },
    {
      name: 'a figure citing an unknown article',
      key: 'figures',
      mutate: (j) => (j.figures[0].source.article = 'lost-article'),
      expected: 'figures.json: figures[0].source.article: unknown article "lost-article" (not in articles.json)',
    },
    {
      name: 'a fact citing an unknown article',
      key: 'towns',
      mutate: (j) => (j.towns[5].facts[0].source.article = 'gone'),
      expected: 'towns.json: towns[5].facts[0].source.article: unknown article "gone" (not in articles.json)',
    },
    {
      name: 'a wrong schema version',
      key: 'dataset',
      mutate: (j) => (j.schemaVersion = SCHEMA_VERSION + 1),
      expected: `dataset.json: schemaVersion: expected schemaVersion ${SCHEMA_VERSION}`,
    },
    {
      name: 'a malformed date',
      key: 'articles',
      mutate: (j) => (j.articles[0].date = '8 Oct 2023'),
      expected: 'articles.json: articles[0].date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
    },
    {
      name: 'a quote too long to be a short clause',
      key: 'figures',
      mutate: (j) => (j.figures[1].source.quote = '很长的引文'.repeat(20)),
      expected: 'figures.json: figures[1].source.quote: expected a quote of at most 80 characters',
    },
    {
      name: 'a town whose county is not among the boundaries',
      key: 'towns',
      mutate: (j) => (j.towns[0].county.code = '140799'),
      expected: 'towns.json: towns[0].county.code: unknown county "140799" (not in counties.geojson)',
    },
    {
      name: 'a town outside 晋中 in a city the province outlines do not have',
      key: 'towns',
      mutate: (j) => (j.towns[8].county.code = '150102'),
      expected: 'towns.json: towns[8].county.code: unknown city "150100" (not in shanxi-cities.geojson)',
    },
    {
      name: 'a town marked as in 晋中 with a county code elsewhere',
      key: 'towns',
      mutate: (j) => (j.towns[8].inJinzhong = true),
      expected: 'towns.json: towns[8].inJinzhong: inJinzhong must agree with the county code (1407xx is 晋中市)',
    },
    {
      name: 'a headline naming a missing figure',
      key: 'dataset',
      mutate: (j) => j.headlines.push('f-missing'),
      expected: 'dataset.json: headlines[8]: unknown figure "f-missing" (not in figures.json)',
    },
    {
      name: 'an English text left empty',
      key: 'towns',
      mutate: (j) => (j.towns[4].name.en = ' '),
      expected: 'towns.json: towns[4].name.en: expected a non-empty string',
    },
    {
      name: 'an unexpected extra field (a typo)',
      key: 'figures',
      mutate: (j) => (j.figures[2].vaule = 3),
      expected: 'figures.json: figures[2]: Unrecognized key: "vaule"',
    },
    {
      name: 'a programme stage on a figure that is not a count of towns',
      key: 'figures',
      mutate: (j) => (j.figures[11].programme = { level: 'city', status: 'designated' }),
      expected: 'figures.json: figures[11].programme: "programme" is only for counts of towns, not for "marketShare"',
    },
    {
      name: 'a group with a member that is not a town',
      key: 'dataset',
      mutate: (j) => (j.groups[0].members[1] = 'nowhere'),
      expected: 'dataset.json: groups[0].members[1]: unknown town "nowhere" (not in towns.json)',
    },
    {
      name: 'a figure about a group that does not exist',
      key: 'figures',
      mutate: (j) => (j.figures[2].subject.group = 'no-group'),
      expected: 'figures.json: figures[2].subject.group: unknown group "no-group" (not in dataset.json)',
    },
    {
      name: 'a figure of an indicator that is not defined',
      key: 'figures',
      mutate: (j) => (j.figures[4].indicator = 'happiness'),
      expected: 'figures.json: figures[4].indicator: unknown indicator "happiness" (not in dataset.json)',
    },
    {
      name: 'a designation citing an unknown article',
      key: 'towns',
      mutate: (j) => (j.towns[1].designations[0].source.article = 'gone'),
      expected: 'towns.json: towns[1].designations[0].source.article: unknown article "gone" (not in articles.json)',
    },
    {
      name: 'a span of months across two years',
      key: 'figures',
      mutate: (j) => (j.figures[0].period = '2022-07/2023-06'),
      expected:
        'figures.json: figures[0].period: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, or months of one year as YYYY-MM/YYYY-MM',
    },
    {
      name: 'a span of months that ends before it starts',
      key: 'figures',
      mutate: (j) => (j.figures[0].period = '2023-06/2023-01'),
      expected: 'figures.json: figures[0].period: expected the first month of the span before its last',
    },
    {
      name: 'a county drawn twice',
      key: 'counties',
      mutate: (j) => j.features.push(j.features[0]),
      expected: 'counties.geojson: features[11]: duplicate county code "140702" (first at [0])',
    },
    {
      name: 'a county polygon with too few positions',
      key: 'counties',
      mutate: (j) => (j.features[0].geometry.coordinates[0] = [[112, 37]]),
      expected: 'counties.geojson: features[0].geometry.coordinates[0]: expected a closed ring of at least 4 positions',
    },
  ];

  it('has at least ten invalid fixtures', () => expect(cases.length).toBeGreaterThanOrEqual(10));

  it.each(cases)('$name', ({ key, mutate, expected }) => {
    expect(problemsAfter(key, mutate)).toContain(expected);
  });

  it('reports text that is not JSON', () => {
    const result = parseDataText('towns', '{"schemaVersion": 1, "towns": [');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map(formatProblem)).toEqual([expect.stringMatching(/^towns\.json: not valid JSON \(/)]);
  });

  it('reports a missing file by name', () => {
    const problems = readDataset(datasetFiles({ 'articles.json': null })).problems.map(formatProblem);
    expect(problems).toEqual(['articles.json: could not be read (file not found)']);
  });
});
