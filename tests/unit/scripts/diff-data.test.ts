import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDataText } from '../../../src/data/format/parse';
import { DATA_DIR } from '../support/real-data';

const root = join(import.meta.dirname, '../../..');
const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the bundled data with its last figure dropped and the first one's value raised by one. */
function editedCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'data-diff-'));
  folders.push(dir);
  cpSync(DATA_DIR, dir, { recursive: true });
  const file = join(dir, 'figures.json');
  const json = JSON.parse(readFileSync(file, 'utf8'));
  const first = json.figures[0];
  const dropped = json.figures.pop();
  first.value += 1;
  writeFileSync(file, JSON.stringify(json, null, 2));
  return { dir, first, dropped };
}

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/diff-data.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('npm run data:diff', { timeout: 30_000 }, () => {
  it('prints the counts, then the dropped figure and the changed value, old → new', () => {
    const { dir, first, dropped } = editedCopy();
    const result = run(DATA_DIR, dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/figures (\d+) → (\d+) \(0 added, 1 removed, 1 changed\)/);
    expect(result.stdout).toContain(`- figure ${dropped.id}:`);
    expect(result.stdout).toContain(`~ figure ${first.id}: value`);
    expect(result.stdout).toMatch(/value: .+ → .+/);
  });

  it('says when nothing changed', () => {
    const result = run(DATA_DIR, DATA_DIR);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/No change\./);
  });

  it('writes the revision entry into the new folder, which then passes its checks', () => {
    const { dir, first, dropped } = editedCopy();
    const result = run(
      DATA_DIR,
      dir,
      '--write',
      '--zh',
      '修订一个数值',
      '--en',
      'One value revised',
      '--date',
      '2026-12-07',
    );
    expect(result.status).toBe(0);
    const parsed = parseDataText('dataset', readFileSync(join(dir, 'dataset.json'), 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.data.updated).toBe('2026-12-07');
    const revision = parsed.data.revisions?.at(-1);
    expect(revision).toMatchObject({
      date: '2026-12-07',
      summary: { zh: '修订一个数值', en: 'One value revised' },
      figures: {
        added: [],
        removed: [dropped.id],
        changed: [{ id: first.id, fields: ['value'], was: { value: first.value - 1 } }],
      },
    });
    expect(revision?.towns).toBeUndefined();
  });

  it('refuses a folder that does not pass its checks', () => {
    const { dir } = editedCopy();
    writeFileSync(join(dir, 'towns.json'), '{');
    const result = run(DATA_DIR, dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/does not pass its checks/);
  });
});

describe("dataset.json's revisions", () => {
  const dataset = JSON.parse(readFileSync(join(DATA_DIR, 'dataset.json'), 'utf8'));
  const withRevision = (revision: unknown) =>
    parseDataText('dataset', JSON.stringify({ ...dataset, revisions: [revision] }));
  const good = {
    date: '2026-12-07',
    summary: { zh: '甲', en: 'A' },
    figures: { added: ['f-a'], changed: [], removed: [] },
  };

  it('accept a well-formed entry, and a file without any', () => {
    expect(withRevision(good).ok).toBe(true);
    expect(parseDataText('dataset', JSON.stringify({ ...dataset, revisions: undefined })).ok).toBe(true);
  });

  it('name the field of a bad entry', () => {
    const result = withRevision({
      ...good,
      date: '2026-12',
      figures: { ...good.figures, changed: [{ id: 'f-a', fields: [] }] },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(['revisions[0].date', 'revisions[0].figures.changed[0].fields']);
  });
});
