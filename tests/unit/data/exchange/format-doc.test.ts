import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../src/data/exchange/csv';
import { FIGURE_COLUMNS, figuresToCsv } from '../../../../src/data/exchange/figures-csv';
import { dataFormatDoc } from '../../../../src/data/exchange/format-doc';

const docs = join(import.meta.dirname, '../../../../docs');

describe('the documented dataset format', () => {
  it('is what the schemas say (run `npm run data:docs` after changing them)', () => {
    expect(readFileSync(join(docs, 'data-format.md'), 'utf8')).toBe(dataFormatDoc());
  });

  it('documents every field the schemas check, and every figures.csv column', () => {
    const doc = dataFormatDoc();
    for (const field of ['`figures[].source.quote`', '`towns[].location.precision`', '`indicators[].unit`'])
      expect(doc).toContain(field);
    for (const column of FIGURE_COLUMNS) expect(doc).toContain(`| \`${column}\` |`);
  });

  it('comes with a figures.csv template: the header row, nothing else', () => {
    const template = readFileSync(join(docs, 'figures-template.csv'), 'utf8');
    expect(template).toBe(figuresToCsv([]));
    expect(parseCsv(template)).toEqual([[...FIGURE_COLUMNS]]);
  });
});
