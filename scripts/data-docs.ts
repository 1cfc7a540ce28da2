/**
 * `npm run data:docs`: writes docs/data-format.md from the schemas (see src/data/exchange/format-doc.ts)
 * and docs/figures-template.csv, the empty figures.csv a spreadsheet starts from.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { figuresToCsv } from '../src/data/exchange/figures-csv';
import { dataFormatDoc } from '../src/data/exchange/format-doc';

mkdirSync('docs', { recursive: true });
writeFileSync('docs/data-format.md', dataFormatDoc());
writeFileSync('docs/figures-template.csv', figuresToCsv([]));
console.log('docs/data-format.md and docs/figures-template.csv written.');
