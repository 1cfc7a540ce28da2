/**
 * Property: whatever one edit does to the bundled dataset, the loader's checks either accept it or
 * reject it with problems that name a file, a path and a reason. They never throw anything else.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDataFolder } from '../../src/data/check-folder';
import { DATA_KEYS, FILE_NAMES, type DataKey } from '../../src/data/files';
import { readDataText } from './real-data';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const original = Object.fromEntries(DATA_KEYS.map((key) => [key, readDataText(key)])) as Record<DataKey, string>;
const parsed = Object.fromEntries(DATA_KEYS.map((key) => [key, JSON.parse(original[key]) as Json])) as Record<
  DataKey,
  Json
>;

/** Every path into a JSON value (objects' keys and arrays' indexes), the value's own included. */
function paths(value: Json, prefix: Path = []): Path[] {
  const own = [prefix];
  if (Array.isArray(value)) return own.concat(...value.map((v, i) => paths(v, [...prefix, i])));
  if (value && typeof value === 'object')
    return own.concat(...Object.entries(value).map(([k, v]) => paths(v, [...prefix, k])));
  return own;
}

const allPaths = Object.fromEntries(DATA_KEYS.map((key) => [key, paths(parsed[key])])) as Record<DataKey, Path[]>;

/** A copy of `root` with the value at `path` replaced (or removed, for `undefined`). */
function edit(root: Json, path: Path, replacement: Json | undefined): Json | undefined {
  if (path.length === 0) return replacement;
  const copy: Json = structuredClone(root);
  let node: Json = copy;
  for (const step of path.slice(0, -1)) {
    if (Array.isArray(node) && typeof step === 'number') node = node[step] ?? null;
    else if (node && typeof node === 'object' && !Array.isArray(node) && typeof step === 'string')
      node = node[step] ?? null;
  }
  const last = path.at(-1);
  if (Array.isArray(node) && typeof last === 'number') {
    if (replacement === undefined) node.splice(last, 1);
    else node[last] = replacement;
  } else if (node && typeof node === 'object' && !Array.isArray(node) && typeof last === 'string') {
    if (replacement === undefined) Reflect.deleteProperty(node, last);
    else node[last] = replacement;
  }
  return copy;
}

const jsonValue: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.constantFrom('javascript:alert(1)', '<img src=x onerror=alert(1)>', 'taigu-malleable-iron', '', '2023-13'),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string(), { maxKeys: 3 }),
);

const fileNames = new Set(Object.values(FILE_NAMES));

function checkEdited(key: DataKey, text: string) {
  return checkDataFolder((file) =>
    file === FILE_NAMES[key] ? text : (original[DATA_KEYS.find((k) => FILE_NAMES[k] === file) ?? key] ?? ''),
  );
}

describe('random edits to the dataset', () => {
  it('are accepted or rejected with file, path and reason, never thrown (1000 runs)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DATA_KEYS), fc.nat(), jsonValue, (key, pick, replacement) => {
        const list = allPaths[key];
        const path = list[pick % list.length] ?? [];
        const edited = edit(parsed[key], path, replacement);
        const problems = checkEdited(key, edited === undefined ? '' : JSON.stringify(edited));
        for (const p of problems) {
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
        const text = original[key];
        const problems = checkEdited(key, text.slice(0, cut % (text.length - 1)));
        expect(problems.some((p) => p.file === FILE_NAMES[key] && p.kind === 'syntax')).toBe(true);
      }),
      { numRuns: 200 },
    );
  }, 180_000);
});
