/**
 * Validates a dataset folder with the same schemas and reference checks as the app.
 *
 *   npm run data:check            # checks public/data
 *   npm run data:check -- DIR     # checks another folder
 *
 * Prints every problem as `file: path: message` and exits 1 when there is any.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkDataFolder } from '../src/data/check-folder';
import { formatProblem } from '../src/data/problems';

const dir = resolve(process.argv[2] ?? 'public/data');
const problems = checkDataFolder((file) => readFileSync(join(dir, file), 'utf8'));
if (problems.length === 0) {
  console.log(`${dir}: all data files are valid.`);
} else {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n${dir}: ${problems.length} problem${problems.length === 1 ? '' : 's'} found.`);
  process.exitCode = 1;
}
