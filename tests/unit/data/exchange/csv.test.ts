import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../../../src/data/exchange/csv';

describe('CSV cells that a spreadsheet would run as formulas', () => {
  const cells = ['=HYPERLINK("http://x","click")', '+86 354', '-1+2', '@SUM(A1)', '\tindent', '\rreturn', '=1+1'];

  it('are written after an apostrophe, so that Excel and WPS show them as text', () => {
    const written = toCsv([cells]);
    const fields = written.replace(/^\uFEFF/, '');
    expect(fields).toContain(`"'=HYPERLINK(""http://x"",""click"")"`);
    expect(fields).toContain("'+86 354");
    expect(fields).toContain("'-1+2");
    expect(fields).toContain("'@SUM(A1)");
    expect(fields).toContain("'=1+1");
    expect(fields).not.toMatch(/(^|,)[=+@-]/);
  });

  it('read back as they were', () => {
    expect(parseCsv(toCsv([cells, ['plain', '55.37亿']]))).toEqual([cells, ['plain', '55.37亿']]);
  });

  it('leave plain numbers, negative or signed, as numbers', () => {
    expect(toCsv([['-5', '+3.2', '0']])).toBe('\uFEFF-5,+3.2,0\r\n');
  });

  it("keep an apostrophe that does not disarm a formula (it is the text's own)", () => {
    expect(parseCsv("'t is,'quoted'\r\n")).toEqual([["'t is", "'quoted'"]]);
  });
});
