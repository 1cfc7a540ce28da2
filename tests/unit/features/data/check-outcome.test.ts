/** What the Data page makes of a finished check: may the dataset be previewed, and if not, why. */
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../../../src/data/exchange/check-files';
import { checkOutcome } from '../../../../src/features/data/check-outcome';
import { datasetFiles, realData } from '../../support/real-data';

const bytesOf = (files: Map<string, string>, renamed: Record<string, string> = {}) =>
  [...files].map(([name, text]) => ({ name: renamed[name] ?? name, bytes: new TextEncoder().encode(text) }));

describe('the outcome of a check', () => {
  it('a valid dataset may be previewed, with no problem counted', async () => {
    const outcome = checkOutcome(await checkFiles(bytesOf(datasetFiles()), realData()));
    expect(outcome.data?.towns.towns.length).toBe(realData().towns.towns.length);
    expect(outcome).toMatchObject({ refused: 0, none: false, count: 0 });
    expect(outcome.byFile.size).toBe(0);
  });

  it('a problem keeps the dataset from the preview, listed under the name the file was given as', async () => {
    const figures = JSON.parse(datasetFiles().get('figures.json') ?? '{}');
    figures.figures[0].town = 'no-such-town';
    const files = datasetFiles({ 'figures.json': JSON.stringify(figures) });
    const outcome = checkOutcome(await checkFiles(bytesOf(files, { 'figures.json': '数字.json' }), realData()));
    expect(outcome.data).toBeNull();
    expect(outcome.count).toBeGreaterThan(0);
    expect([...outcome.byFile.keys()]).toEqual(['数字.json']);
  });

  it('files of which none is used are not a dataset to preview', async () => {
    const outcome = checkOutcome(
      await checkFiles([{ name: 'notes.txt', bytes: new Uint8Array([1, 2, 3]) }], realData()),
    );
    expect(outcome.none).toBe(true);
    expect(outcome.data).toBeNull();
  });
});
