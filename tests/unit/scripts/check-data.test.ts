import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../../src/data/exchange/csv';
import { FIGURE_COLUMNS, figuresToCsv } from '../../../src/data/exchange/figures-csv';
import { encodeGbk } from '../../fixtures/encodings';
import { DATA_DIR, realData } from '../support/real-data';

const root = join(import.meta.dirname, '../../..');
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

// Each case starts the command in its own Node process (a second or two each): room for a busy machine.
describe('npm run data:check', { timeout: 30_000 }, () => {
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

  it('takes the figures as figures.csv too, and tells problems in it by row and column', () => {
    const dir = copyOfData();
    rmSync(join(dir, 'figures.json'));
    const figures = realData().figures.figures;
    writeFileSync(join(dir, 'figures.csv'), figuresToCsv(figures));
    expect(run(dir).status).toBe(0);

    // A kind the schema does not know, as a spreadsheet may hold, in the third figure (row 4).
    const rows = parseCsv(figuresToCsv(figures));
    rows[3]?.splice(FIGURE_COLUMNS.indexOf('kind'), 1, 'guess');
    writeFileSync(join(dir, 'figures.csv'), toCsv(rows));
    const invalid = run(dir);
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toMatch(/figures\.csv: row 4 · kind: Invalid option/);

    const dangling = figures.map((f, i) =>
      i === 1 ? { ...f, source: { ...f.source, article: 'no-such-article' } } : f,
    );
    writeFileSync(join(dir, 'figures.csv'), figuresToCsv(dangling));
    const unknown = run(dir);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/figures\.csv: row 3 · article: .*no-such-article/);
  });

  it('reads a table of figures in GBK under any name, as the Data page does', () => {
    const dir = copyOfData();
    rmSync(join(dir, 'figures.json'));
    const csv = figuresToCsv(realData().figures.figures).replace(/^\uFEFF/, '');
    writeFileSync(join(dir, '数字（2026年修订）.csv'), encodeGbk(csv));
    const result = run(dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
