/** A data folder's own files (not those of folders inside it), checked as the Data page checks given files. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFiles, type CheckResult } from '../src/data/exchange/check-files';

export function checkFolder(dir: string): Promise<CheckResult> {
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => ({ name: entry.name, bytes: new Uint8Array(readFileSync(join(dir, entry.name))) }));
  return checkFiles(files, {});
}
