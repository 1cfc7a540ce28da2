/**
 * Checks a whole dataset given a way to read its files: every file's schema, then the
 * references between them. Used by `npm run data:check` and the tests.
 */
import { DATA_KEYS, FILE_NAMES, type DataFiles } from './files';
import { parseDataText } from './parse';
import type { DataProblem } from './problems';
import { checkReferences } from './references';

export function checkDataFolder(read: (file: string) => string): DataProblem[] {
  const problems: DataProblem[] = [];
  const loaded: Partial<DataFiles> = {};
  for (const key of DATA_KEYS) {
    const file = FILE_NAMES[key];
    let text: string;
    try {
      text = read(file);
    } catch (error) {
      const reason =
        error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'file not found' : String(error);
      problems.push({ kind: 'unreachable', file, path: '', message: `could not be read (${reason})` });
      continue;
    }
    const result = parseDataText(key, text);
    if (result.ok) Object.assign(loaded, { [key]: result.data });
    else problems.push(...result.problems);
  }
  return [...problems, ...checkReferences(loaded)];
}
