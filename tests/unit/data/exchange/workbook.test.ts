import { describe, expect, it } from 'vitest';
import { FIGURE_COLUMNS, figuresTable, NUMBER_COLUMNS } from '../../../../src/data/exchange/figures-csv';
import { readDataset } from '../../../../src/data/exchange/read-dataset';
import { recogniseFiles } from '../../../../src/data/exchange/recognise';
import { figuresWorkbook, isZip, unzipFile } from '../../../../src/data/exchange/workbook';
import { zipFiles } from '../../../../src/data/exchange/zip';
import { DATA_KEYS, FILE_NAMES } from '../../../../src/data/format/files';
import { readDataText, realData } from '../../support/real-data';

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

describe('figures as an Excel workbook', () => {
  it('round trip: the exported figures.xlsx reads back as the same figures', async () => {
    const figures = realData().figures.figures;
    const xlsx = await bytesOf(await figuresWorkbook(figuresTable(figures), NUMBER_COLUMNS));
    expect(isZip(xlsx)).toBe(true);
    const unzipped = await unzipFile(xlsx);
    if (unzipped.kind !== 'workbook') throw new Error(`read as ${unzipped.kind}`);
    expect(unzipped.sheet).toBe('figures');
    const recognised = recogniseFiles([{ name: '数字 (2).xlsx', sheet: unzipped.sheet, text: unzipped.text }]);
    expect(recognised.given[0]).toMatchObject({ kind: 'figuresCsv', sheet: 'figures', refusal: null });
    const read = readDataset(recognised.texts, realData());
    expect(read.problems).toEqual([]);
    expect(read.data?.figures.figures).toEqual(figures);
  });

  it('keeps blank rows, so that a problem names the row the spreadsheet shows', async () => {
    const table = figuresTable(realData().figures.figures.slice(0, 2));
    const [header = [], first = [], second = []] = table;
    const broken = second.map((cell, i) => (i === FIGURE_COLUMNS.indexOf('value') ? 'lots' : cell));
    const xlsx = await bytesOf(await figuresWorkbook([header, first, header.map(() => ''), broken], NUMBER_COLUMNS));
    const unzipped = await unzipFile(xlsx);
    if (unzipped.kind !== 'workbook') throw new Error(`read as ${unzipped.kind}`);
    const read = readDataset(
      recogniseFiles([{ name: 'f.xlsx', sheet: 'figures', text: unzipped.text }]).texts,
      realData(),
    );
    expect(read.problems.filter((p) => p.column === 'value').map((p) => p.row)).toEqual([4]);
  });
});

describe('a ZIP of the dataset (the Data page export)', () => {
  it('gives back its files, which make the dataset again', async () => {
    const zip = zipFiles(new Map(DATA_KEYS.map((key) => [FILE_NAMES[key], readDataText(key)])));
    const unzipped = await unzipFile(zip);
    if (unzipped.kind !== 'archive') throw new Error(`read as ${unzipped.kind}`);
    const recognised = recogniseFiles(unzipped.files);
    expect(recognised.given.every((file) => file.refusal === null)).toBe(true);
    expect(readDataset(recognised.texts).problems).toEqual([]);
  });
});
