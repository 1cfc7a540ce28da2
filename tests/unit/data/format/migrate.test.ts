/**
 * A dataset written in version 1 of the format (the files as published before version 2, kept in
 * tests/fixtures/v1-dataset) is still read: every file through its migration, with the same
 * content, and checked by the current schemas and cross-file rules; so is a version-2 articles file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILE_NAMES } from '../../../../src/data/format/files';
import { migrate } from '../../../../src/data/format/migrate';
import { parseDataText } from '../../../../src/data/format/parse';
import { readDataset } from '../../../../src/data/exchange/read-dataset';
import { SCHEMA_VERSION } from '../../../../src/data/format/vocabulary';
import { readDataText } from '../../support/real-data';

const V1 = join(import.meta.dirname, '../../../fixtures/v1-dataset');
const v1Text = (file: string) => readFileSync(join(V1, file), 'utf8');

/** The version-1 files: the four kept as published, and the boundaries (unchanged but for their version). */
function v1Files(): Map<string, string> {
  const files = new Map(
    ['dataset', 'towns', 'figures', 'articles'].map((key) => [`${key}.json`, v1Text(`${key}.json`)]),
  );
  for (const key of ['counties', 'cities'] as const)
    files.set(FILE_NAMES[key], readDataText(key).replace(/"schemaVersion":\s?\d+/, '"schemaVersion":1'));
  return files;
}

describe('reading a version-1 dataset', () => {
  it('really is version 1', () => {
    for (const [name, text] of v1Files()) expect(JSON.parse(text).schemaVersion, name).toBe(1);
  });

  it('reads every file and checks the whole dataset without a problem', () => {
    const read = readDataset(v1Files());
    expect(read.problems).toEqual([]);
    expect(read.data?.dataset.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('keeps the content: articles gain an unknown readAt, outlet kind, printed page and description, the typed coverage goes', () => {
    const articles = parseDataText('articles', v1Text('articles.json'));
    if (!articles.ok) throw new Error('articles not read');
    const before = JSON.parse(v1Text('articles.json')).articles;
    const unknown = { readAt: null, outletKind: null, printedIn: null, description: null };
    expect(
      articles.data.articles.map(({ readAt, outletKind, printedIn, description, ...rest }) => [
        { readAt, outletKind, printedIn, description },
        rest,
      ]),
    ).toEqual(before.map((a: object) => [unknown, a]));
    const dataset = parseDataText('dataset', v1Text('dataset.json'));
    expect(dataset.ok && 'coverage' in dataset.data).toBe(false);
    expect(JSON.parse(v1Text('dataset.json')).coverage).toBeDefined();
  });

  it('reads the towns and figures as they were', () => {
    for (const key of ['towns', 'figures'] as const) {
      const read = parseDataText(key, v1Text(`${key}.json`));
      // The same content, but for the version it is now read as.
      expect(read.ok && { ...read.data, schemaVersion: 1 }).toEqual(JSON.parse(v1Text(`${key}.json`)));
    }
  });

  it('reads a version-2 articles file with the outlet kind, printed page and description unknown', () => {
    const current = JSON.parse(readDataText('articles'));
    const v2 = {
      schemaVersion: 2,
      // The fields version 3 added, taken away.
      articles: current.articles.map((a: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(a).filter(([k]) => !['outletKind', 'printedIn', 'description'].includes(k))),
      ),
    };
    const read = parseDataText('articles', JSON.stringify(v2));
    if (!read.ok) throw new Error('version 2 not read');
    expect(read.data.articles.map((a) => [a.outletKind, a.printedIn, a.description])).toEqual(
      v2.articles.map(() => [null, null, null]),
    );
    expect(read.data.articles.map((a) => a.id)).toEqual(current.articles.map((a: { id: string }) => a.id));
  });

  it('leaves a current file, or one of an unknown version, to the schema', () => {
    const current = { schemaVersion: SCHEMA_VERSION, articles: [] };
    expect(migrate('articles', current)).toBe(current);
    const future = { schemaVersion: SCHEMA_VERSION + 1, articles: [] };
    expect(migrate('articles', future)).toBe(future);
    expect(parseDataText('articles', JSON.stringify(future))).toMatchObject({
      ok: false,
      problems: [{ path: 'schemaVersion', message: `expected schemaVersion ${SCHEMA_VERSION}` }],
    });
  });
});
