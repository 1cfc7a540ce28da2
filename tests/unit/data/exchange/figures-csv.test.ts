import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../src/data/exchange/csv';
import { FIGURE_COLUMNS, figuresToCsv, readFiguresCsv } from '../../../../src/data/exchange/figures-csv';
import { formatProblem } from '../../../../src/data/format/problems';
import { readDataset } from '../../../../src/data/exchange/read-dataset';
import { datasetFiles, realData } from '../../support/real-data';

const figures = realData().figures.figures;
const csv = figuresToCsv(figures);
const withCsv = (text: string) => datasetFiles({ 'figures.json': null, 'figures.csv': text });

describe('figures.csv', () => {
  it('holds the same figures as figures.json: written and read back, nothing changes', () => {
    const read = readDataset(withCsv(csv));
    expect(read.problems).toEqual([]);
    expect(read.data?.figures.figures).toEqual(figures);
    expect(read.origin.figures).toBe('given');
  });

  it('reads a table written before the "city" column: its figures about 晋中 are the same', () => {
    const city = FIGURE_COLUMNS.indexOf('city');
    const aboutJinzhong = figures.filter((f) => f.subject.type !== 'city' || f.subject.code === undefined);
    const [header = [], ...rows] = parseCsv(figuresToCsv(aboutJinzhong));
    const without = (row: string[]) => row.filter((_, c) => c !== city);
    const text = [without(header), ...rows.map(without)]
      .map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(','))
      .join('\n');
    const read = readDataset(withCsv(text));
    expect(read.problems).toEqual([]);
    expect(read.data?.figures.figures).toEqual(aboutJinzhong);
    // Another city's figures keep their city: the column holds its code.
    const datong = figures.find((f) => f.subject.type === 'city' && f.subject.code === '140200');
    expect(datong && parseCsv(figuresToCsv([datong]))[1]?.[city]).toBe('140200');
  });

  it('has one header row and one row per figure, quoted where a spreadsheet needs it', () => {
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual([...FIGURE_COLUMNS]);
    expect(rows).toHaveLength(figures.length);
    // A quote holding a comma survives the round trip through quoting.
    expect(rows.map((row) => row[FIGURE_COLUMNS.indexOf('quote')])).toEqual(figures.map((f) => f.source.quote));
  });

  it('tells problems by row and column', () => {
    const [header = [], ...rows] = parseCsv(csv);
    const value = FIGURE_COLUMNS.indexOf('value');
    const quote = FIGURE_COLUMNS.indexOf('quote');
    const edited = rows.map((row, i) =>
      row.map((cell, c) => (i === 0 && c === value ? '约三千' : i === 4 && c === quote ? '' : cell)),
    );
    const text = [header, ...edited]
      .map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(','))
      .join('\n');
    expect(readDataset(withCsv(text)).problems.map(formatProblem)).toEqual([
      'figures.csv: row 2 · value: Invalid input: expected number, received string',
      expect.stringMatching(/^figures\.csv: row 6 · quote: /),
    ]);
  });

  it('names a missing or unknown column, and a row of the wrong length', () => {
    const [header = [], first = []] = parseCsv(csv);
    const renamed = header.map((name) => (name === 'period' ? 'year' : name));
    const result = readFiguresCsv([renamed.join(','), first.slice(1).join(',')].join('\n'));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map(formatProblem)).toEqual([
        'figures.csv: row 1: missing the column "period"',
        expect.stringMatching(/^figures\.csv: row 1: unknown column "year"/),
        `figures.csv: row 2: expected ${header.length} cells, found ${header.length - 1}`,
      ]);
  });

  it('is one or the other: figures.json and figures.csv together are refused', () => {
    const both = datasetFiles({ 'figures.csv': csv });
    expect(readDataset(both).problems.map(formatProblem)).toContain(
      'figures.csv: give the figures either as figures.json or as figures.csv, not both',
    );
  });
});
