import { describe, expect, it } from 'vitest';
import {
  changedFields,
  diffById,
  diffDatasets,
  manyRemoved,
  unchanged,
} from '../../../../src/data/exchange/diff-datasets';
import { figure } from '../../support/fixtures';
import { realData } from '../../support/real-data';

const a = figure('f-a', { value: 10 });
const b = figure('f-b', { value: 20 });
const c = figure('f-c', { value: 30 });

describe('diffById', () => {
  it('finds a figure added, one removed and one changed, with the fields that changed', () => {
    const edited = { ...b, value: 25, source: { ...b.source, quote: 'another quote' } };
    const diff = diffById([a, b], [edited, c]);
    expect(diff.added.map((f) => f.id)).toEqual(['f-c']);
    expect(diff.removed.map((f) => f.id)).toEqual(['f-a']);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]).toMatchObject({ id: 'f-b', fields: ['value', 'source.quote'] });
    expect(diff.changed[0]?.before.value).toBe(20);
    expect(diff.changed[0]?.after.value).toBe(25);
    expect([diff.before, diff.after]).toEqual([2, 2]);
  });

  it('does not count rows in another order, or keys in another order, as changes', () => {
    // The same figure with its keys in reverse order.
    const reordered = Object.fromEntries(Object.entries(b).reverse()) as typeof b;
    const diff = diffById([a, b, c], [c, reordered, a]);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([]);
  });

  it('counts a renamed id as one removal and one addition', () => {
    const diff = diffById([a], [{ ...a, id: 'f-renamed' }]);
    expect(diff.removed.map((f) => f.id)).toEqual(['f-a']);
    expect(diff.added.map((f) => f.id)).toEqual(['f-renamed']);
    expect(diff.changed).toEqual([]);
  });
});

describe('changedFields', () => {
  it('names a text by its language and an array as a whole', () => {
    expect(
      changedFields({ name: { zh: '甲', en: 'A' }, list: [1, 2] }, { name: { zh: '甲', en: 'B' }, list: [2, 1] }),
    ).toEqual(['name.en', 'list']);
  });

  it('names a field that appears or disappears', () => {
    expect(changedFields({ value: 1 }, { value: 1, upper: 2 })).toEqual(['upper']);
    expect(changedFields({ value: 1, upper: 2 }, { value: 1 })).toEqual(['upper']);
  });
});

describe('manyRemoved', () => {
  it('warns when a tenth or more of the rows, and at least two, disappear', () => {
    const rows = Array.from({ length: 30 }, (_, i) => figure(`f-${i}`, {}));
    expect(manyRemoved(diffById(rows, rows.slice(1)))).toBe(false);
    expect(manyRemoved(diffById(rows, rows.slice(2)))).toBe(false);
    expect(manyRemoved(diffById(rows, rows.slice(3)))).toBe(true);
    expect(manyRemoved(diffById([a, b], [a]))).toBe(false);
  });
});

describe('diffDatasets on the bundled data', () => {
  it('finds nothing between the data and itself', () => {
    const data = realData();
    expect(unchanged(diffDatasets(data, realData()))).toBe(true);
  });

  it('finds an edited value and a dropped row, and leaves the revision log out of the dataset fields', () => {
    const before = realData();
    const after = realData();
    const [first, second, ...rest] = after.figures.figures;
    if (!first || !second) throw new Error('the bundled data has figures');
    after.figures.figures = [{ ...first, value: first.value + 1 }, ...rest];
    after.dataset = { ...after.dataset, updated: '2099-01-01' };
    const diff = diffDatasets(before, after);
    expect(diff.figures.changed.map((c) => [c.id, c.fields])).toEqual([[first.id, ['value']]]);
    expect(diff.figures.removed.map((f) => f.id)).toEqual([second.id]);
    expect(diff.dataset).toEqual([]);
    expect(diff.towns.changed).toEqual([]);
    expect(unchanged(diff)).toBe(false);
  });
});
