import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../src/data/exchange/csv';
import { DATA_KEYS, FILE_NAMES } from '../../../../src/data/format/files';
import { figuresToCsv } from '../../../../src/data/exchange/figures-csv';
import { readDataset } from '../../../../src/data/exchange/read-dataset';
import { givenName, recogniseFiles, stopsCheck } from '../../../../src/data/exchange/recognise';
import { encodeGbk, encodeUtf16, utf8 } from '../../../fixtures/encodings';
import { readDataText, realData } from '../../support/real-data';

const bytes = (text: string) => utf8(text);
const figuresCsv = () => figuresToCsv(realData().figures.figures);

describe('files are recognised by their content, not their name', () => {
  it('every file of the dataset, under names a browser or a person might give', () => {
    const names = ['数据集.json', 'towns (1).json', '数字.json', 'articles-backup.json', '县界.geojson', 'shanxi.txt'];
    const recognised = recogniseFiles(
      DATA_KEYS.map((key, i) => ({ name: names[i] ?? key, bytes: bytes(readDataText(key)) })),
    );
    expect(recognised.given.map((file) => [file.name, file.kind, file.refusal])).toEqual(
      DATA_KEYS.map((key, i) => [names[i], key, null]),
    );
    expect([...recognised.texts.keys()].sort()).toEqual(DATA_KEYS.map((key) => FILE_NAMES[key]).sort());
    expect(readDataset(recognised.texts).problems).toEqual([]);
    expect(givenName(recognised.given, 'figures.json')).toBe('数字.json');
  });

  it('a renamed CSV of figures, saved by Excel in GBK, is read as the figures in GBK', () => {
    const csv = figuresCsv().replace(/^\uFEFF/, '');
    const recognised = recogniseFiles([{ name: 'figures (1).csv', bytes: encodeGbk(csv) }]);
    expect(recognised.given).toEqual([
      { name: 'figures (1).csv', kind: 'figuresCsv', encoding: 'gb18030', refusal: null },
    ]);
    expect(recognised.texts.get('figures.csv')).toBe(csv);
    const read = readDataset(recognised.texts, realData());
    expect(read.problems).toEqual([]);
    expect(read.data?.figures).toEqual(realData().figures);
  });

  it('a tab-separated UTF-16 table (Excel "Unicode text") is read as the figures', () => {
    const cell = (value: string) => (/["\t\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
    const tsv = parseCsv(figuresCsv())
      .map((row) => row.map(cell).join('\t'))
      .join('\r\n');
    const recognised = recogniseFiles([{ name: 'figures.txt', bytes: encodeUtf16(`${tsv}\r\n`) }]);
    expect(recognised.given[0]).toMatchObject({ kind: 'figuresCsv', encoding: 'utf-16le', refusal: null });
    const read = readDataset(recognised.texts, realData());
    expect(read.problems).toEqual([]);
    expect(read.data?.figures).toEqual(realData().figures);
  });

  it('two files of one kind are both refused, each naming the other', () => {
    const towns = bytes(readDataText('towns'));
    const recognised = recogniseFiles([
      { name: 'towns.json', bytes: towns },
      { name: 'towns (1).json', bytes: towns },
    ]);
    expect(recognised.given.map((file) => file.refusal)).toEqual([
      { reason: 'same-kind', kind: 'towns', others: ['towns (1).json'] },
      { reason: 'same-kind', kind: 'towns', others: ['towns.json'] },
    ]);
    expect(recognised.texts.size).toBe(0);
  });

  it('a file that is none of them is refused by name, with why', () => {
    const recognised = recogniseFiles([
      { name: 'notes.json', bytes: bytes('{"author":"x","pages":3}') },
      { name: 'budget.csv', bytes: bytes('year,amount\n2023,5\n') },
      { name: 'readme.md', bytes: bytes('# Notes\nNothing here.\n') },
      { name: 'future.json', bytes: bytes('{"schemaVersion":9,"towns":[]}') },
    ]);
    expect(recognised.given.map((file) => [file.name, file.refusal])).toEqual([
      ['notes.json', { reason: 'unknown-json', keys: ['author', 'pages'] }],
      ['budget.csv', { reason: 'unknown-csv', columns: ['year', 'amount'] }],
      ['readme.md', { reason: 'unknown-format' }],
      ['future.json', { reason: 'newer-version', version: 9 }],
    ]);
  });

  it('a JSON file with a syntax error is still known by its keys, so its error is reported under its name', () => {
    const broken = readDataText('articles').replace(/}\s*$/, '');
    const recognised = recogniseFiles([{ name: 'my-articles.json', bytes: bytes(broken) }]);
    expect(recognised.given[0]?.kind).toBe('articles');
    const read = readDataset(recognised.texts, realData());
    expect(read.problems.map((p) => [p.file, p.kind])).toEqual([['articles.json', 'syntax']]);
  });
});

describe('documents beside the data', () => {
  it('a licence text in the data folder is not data, and does not stop the check', () => {
    const licence =
      'public/data/counties.geojson and public/data/shanxi-cities.geojson are derived from x, under the MIT licence.\n';
    const recognised = recogniseFiles([{ name: 'boundaries.LICENSE.txt', bytes: utf8(licence) }]);
    expect(recognised.given[0]?.refusal).toEqual({ reason: 'unknown-format' });
    expect(recognised.given.filter(stopsCheck)).toEqual([]);
  });

  it('a table with other columns (Chinese headers, say) is data not recognised, and stops the check', () => {
    const recognised = recogniseFiles([{ name: '数字.csv', bytes: utf8('编号,指标,数值\nf-1,产值,5\n') }]);
    expect(recognised.given.filter(stopsCheck).map((file) => file.refusal)).toEqual([
      { reason: 'unknown-csv', columns: ['编号', '指标', '数值'] },
    ]);
  });
});
