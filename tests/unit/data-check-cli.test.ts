import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA_DIR } from './real-data';

const root = join(import.meta.dirname, '../..');
const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function copyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'data-check-'));
  folders.push(dir);
  cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
}

function run(dir: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-data.ts', dir], {
    cwd: root,
    encoding: 'utf8',
  });
}

describe('npm run data:check', () => {
  it('accepts the bundled data', () => {
    const result = run(DATA_DIR);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/all data files are valid/);
  });

  it('prints every problem with file and path, and fails', () => {
    const dir = copyOfData();
    const towns = JSON.parse(readFileSync(join(dir, 'towns.json'), 'utf8'));
    towns.towns[0].location.lat = 'north';
    writeFileSync(join(dir, 'towns.json'), JSON.stringify(towns));
    writeFileSync(join(dir, 'articles.json'), '{"schemaVersion": 1, "articles": [');
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'towns.json: towns[0].location.lat: Invalid input: expected number, received string',
    );
    expect(result.stderr).toMatch(/articles\.json: not valid JSON/);
    expect(result.stderr).toMatch(/2 problems found/);
  });
});
