/**
 * Property: whatever one edit does to the bundled dataset, the loader's checks either accept it or
 * reject it with problems that name a file, a path and a reason. They never throw anything else.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATA_KEYS, FILE_NAMES, type DataKey } from '../../../../src/data/format/files';
import { readDataset } from '../../../../src/data/exchange/read-dataset';
import { editedText, paths, replacementValue, type Json, type Path } from '../../../fixtures/mutate';
import { datasetFiles, readDataText } from '../../support/real-data';

const original = new Map(DATA_KEYS.map((key) => [key, readDataText(key)]));
const parsed = new Map(DATA_KEYS.map((key): [DataKey, Json] => [key, JSON.parse(original.get(key) ?? 'null')]));
const allPaths = new Map(DATA_KEYS.map((key): [DataKey, Path[]] => [key, paths(parsed.get(key) ?? null)]));
const fileNames = new Set(Object.values(FILE_NAMES));

function checkEdited(key: DataKey, text: string) {
  return readDataset(datasetFiles({ [FILE_NAMES[key]]: text })).problems;
}

describe('random edits to the dataset', () => {
  it('are accepted or rejected with file, path and reason, never thrown (1000 runs)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DATA_KEYS), fc.nat(), replacementValue, (key, pick, replacement) => {
        const text = editedText(parsed.get(key) ?? null, allPaths.get(key) ?? [], pick, replacement);
        for (const p of checkEdited(key, text)) {
          expect(fileNames.has(p.file)).toBe(true);
          expect(typeof p.path).toBe('string');
          expect(p.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
    // Generous: a thousand full checks of the dataset take seconds, more on a slow machine.
  }, 180_000);

  it('reject a file cut short with a syntax problem naming it (200 runs)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DATA_KEYS), fc.nat(), (key, cut) => {
        const text = original.get(key) ?? '';
        const problems = checkEdited(key, text.slice(0, cut % (text.length - 1)));
        expect(problems.some((p) => p.file === FILE_NAMES[key] && p.kind === 'syntax')).toBe(true);
      }),
      { numRuns: 200 },
    );
  }, 180_000);
});
