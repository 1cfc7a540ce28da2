/**
 * Writes synthetic datasets for the benchmark: `npm run bench:data -- 100 1000 10000` makes
 * bench-data/<N>/: the real data plus N synthetic towns (see scripts/synthetic.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataFiles } from '../src/data/format/parse';
import { writeSyntheticDataset } from './synthetic';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const real = parseDataFiles((file) => readFileSync(join('public/data', file), 'utf8'));
for (const n of sizes.length > 0 ? sizes : [100, 1000, 10000]) {
  const dir = join('bench-data', String(n));
  const synthetic = writeSyntheticDataset(n, real, dir);
  console.log(`${dir}: ${synthetic.towns.towns.length} towns, ${synthetic.figures.figures.length} figures`);
}
