/**
 * Validates a dataset folder with the same schemas and reference checks as the app (and its
 * local preview): the six files, with the figures as figures.json or figures.csv.
 *
 *   npm run data:check            # checks public/data
 *   npm run data:check -- DIR     # checks another folder
 *
 * Prints every problem as `file: path: message` and exits 1 when there is any.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatProblem } from '../src/data/problems';
import { DATASET_FILE_NAMES, readDataset } from '../src/data/read-dataset';

const dir = resolve(process.argv[2] ?? 'public/data');
const names = readdirSync(dir).filter((name) => DATASET_FILE_NAMES.includes(name));
const { problems } = readDataset(new Map(names.map((name) => [name, readFileSync(join(dir, name), 'utf8')])));
if (problems.length === 0) {
  console.log(`${dir}: all data files are valid.`);
} else {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n${dir}: ${problems.length} problem${problems.length === 1 ? '' : 's'} found.`);
  process.exitCode = 1;
}
