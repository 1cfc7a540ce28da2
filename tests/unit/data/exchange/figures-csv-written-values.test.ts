import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../../../src/data/exchange/csv';
import { FIGURE_COLUMNS, figuresToCsv } from '../../../../src/data/exchange/figures-csv';
import { readDataset } from '../../../../src/data/exchange/read-dataset';
import { realData } from '../../support/real-data';

type Column = (typeof FIGURE_COLUMNS)[number];

/** The bundled figures as CSV with cells changed: figure id → column → text. */
function csvWith(changes: Record<string, Partial<Record<Column, string>>>): string {
  const [header = [], ...rows] = parseCsv(figuresToCsv(realData().figures.figures));
  const edited = rows.map((row) => row.map((cell, c) => changes[row[0] ?? '']?.[FIGURE_COLUMNS[c] ?? 'id'] ?? cell));
  return toCsv([header, ...edited]);
}

const read = (changes: Record<string, Partial<Record<Column, string>>>) =>
  readDataset(new Map([['figures.csv', csvWith(changes)]]), realData());

const figure = (id: string, r: ReturnType<typeof read>) => r.data?.figures.figures.find((f) => f.id === id);

describe('figures.csv with values written as people write them', () => {
  it('reads them into the same figures as the base values, and lists what it read', () => {
    const r = read({
      'f-jiexiu-carbon-output-2022': { value: '38.5亿元' },
      'f-jz-group-employment': { value: '近20万人', qualifier: '' },
      'f-zuoquan-latex-output': { value: '20亿至40亿', upper: '', qualifier: '' },
    });
    expect(r.problems).toEqual([]);
    expect(r.data?.figures).toEqual(realData().figures);
    const conversions = r.conversions.map((c) => [c.written, c.value, c.upper, c.qualifier]);
    expect(conversions).toHaveLength(3);
    expect(conversions).toEqual(
      expect.arrayContaining([
        ['近20万人', 200_000, undefined, 'nearly'],
        ['20亿至40亿', 2_000_000_000, 4_000_000_000, 'range'],
        ['38.5亿元', 3_850_000_000, undefined, undefined],
      ]),
    );
    expect(figure('f-jz-group-employment', r)?.qualifier).toBe('nearly');
  });

  it("reports a qualifier word that contradicts the qualifier column, and a unit word that is not the indicator's", () => {
    const r = read({
      'f-jz-group-employment': { value: '近20万', qualifier: 'exact' },
      'f-jiexiu-carbon-output-2022': { value: '8841人' },
    });
    expect(r.data).toBeNull();
    expect(r.problems.map((p) => [p.column, p.detail?.what, p.detail?.found, p.detail?.expected])).toEqual(
      expect.arrayContaining([
        ['qualifier', 'qualifier-conflict', 'exact', 'nearly'],
        ['value', 'unit-mismatch', 'persons', 'yuan'],
      ]),
    );
  });
});
