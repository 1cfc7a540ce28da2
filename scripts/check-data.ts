/**
 * Validates a dataset folder with the same code as the app's Data page: every file in the folder
 * (not in folders inside it) recognised by its content, whatever its name or encoding (figures as
 * figures.json, or as a table: CSV in UTF-8, UTF-16 or GB18030, or an .xlsx workbook), then the
 * schemas and the references between files.
 *
 *   npm run data:check            # checks public/data
 *   npm run data:check -- DIR     # checks another folder
 *
 * Prints every problem as `file: path: message` (the checks' own words, in English) and exits 1
 * when there is any. Files that are not data (a licence, a readme) are listed as left aside.
 */
import { resolve } from 'node:path';
import { formatProblem } from '../src/data/format/problems';
import { givenName, stopsCheck } from '../src/data/exchange/recognise';
import { checkFolder } from './data-folder';
import { refusalText } from '../src/features/data/problem-text';
import { DATA_MESSAGES } from '../src/features/data/data-messages';

const dir = resolve(process.argv[2] ?? 'public/data');
const { given, read } = await checkFolder(dir);
const refused = given.filter(stopsCheck);
for (const file of given)
  if (file.refusal && !stopsCheck(file)) console.log(`${file.name}: ${refusalText(DATA_MESSAGES.en, file.refusal)}`);
const count = read.problems.length + refused.length;
if (count === 0) {
  console.log(`${dir}: all data files are valid.`);
} else {
  for (const file of refused)
    if (file.refusal) console.error(`${file.name}: ${refusalText(DATA_MESSAGES.en, file.refusal)}`);
  for (const p of read.problems) console.error(formatProblem({ ...p, file: givenName(given, p.file) }));
  console.error(`\n${dir}: ${count} problem${count === 1 ? '' : 's'} found.`);
  process.exitCode = 1;
}
