/**
 * What one dataset changes against another (the published data against the files a maintainer is
 * about to publish): figures, towns and articles added, removed and changed, each change by the
 * fields it touches. Records are matched by id, so rows in another order are not changes, and a
 * renamed id is one removal and one addition. Pure: used by the Data page (in its worker) and by
 * `npm run data:diff`.
 */
import type { DataFiles } from '../format/files';
import type { Article, Figure, Revision, Text, Town } from '../format/schema';

/** A record whose id is in both datasets and whose content differs. */
export interface Changed<T> {
  id: string;
  before: T;
  after: T;
  /** The fields that differ, as dotted paths into the record (value, source.quote, name.en). */
  fields: string[];
}

export interface CollectionDiff<T> {
  /** How many records each side has. */
  before: number;
  after: number;
  added: T[];
  removed: T[];
  changed: Changed<T>[];
}

/** The collections of records compared one by one, in the order they are reported. */
export const COLLECTIONS = ['figures', 'towns', 'articles'] as const;

export interface DatasetDiff {
  figures: CollectionDiff<Figure>;
  towns: CollectionDiff<Town>;
  articles: CollectionDiff<Article>;
  /** The fields of dataset.json that differ (its revision log and date aside). */
  dataset: string[];
  /** Whether the county or city boundaries differ (when both sides have them). */
  boundaries: boolean;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The same content, whatever the order of an object's keys (arrays keep their order). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => same(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => same(a[key], b[key]));
  }
  return false;
}

/**
 * The dotted paths at which two records differ: objects are compared field by field (a text's zh
 * and en apart); arrays (a town's designations, an article's authors) as wholes.
 */
export function changedFields(before: unknown, after: unknown, at = ''): string[] {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => changedFields(before[key], after[key], at ? `${at}.${key}` : key));
  }
  return same(before, after) ? [] : [at];
}

/** Two lists of records with ids, compared by id. */
export function diffById<T extends { id: string }>(before: readonly T[], after: readonly T[]): CollectionDiff<T> {
  const old = new Map(before.map((record) => [record.id, record]));
  const now = new Set(after.map((record) => record.id));
  const changed: Changed<T>[] = [];
  const added: T[] = [];
  for (const record of after) {
    const was = old.get(record.id);
    if (!was) {
      added.push(record);
      continue;
    }
    const fields = changedFields(was, record);
    if (fields.length > 0) changed.push({ id: record.id, before: was, after: record, fields });
  }
  return {
    before: before.length,
    after: after.length,
    added,
    removed: before.filter((record) => !now.has(record.id)),
    changed,
  };
}

/** Fields of dataset.json that record its history, not its content. */
const HISTORY_FIELDS = new Set(['updated', 'revisions']);

/** The files compared: boundaries only when the published side has them loaded (they load with the map). */
type Compared = Pick<DataFiles, 'dataset' | 'towns' | 'figures' | 'articles'> & Partial<DataFiles>;

export function diffDatasets(before: Compared, after: Compared): DatasetDiff {
  return {
    figures: diffById(before.figures.figures, after.figures.figures),
    towns: diffById(before.towns.towns, after.towns.towns),
    articles: diffById(before.articles.articles, after.articles.articles),
    dataset: changedFields(before.dataset, after.dataset).filter(
      (field) => !HISTORY_FIELDS.has(field.split('.')[0] ?? field),
    ),
    boundaries: (['counties', 'cities'] as const).some(
      (key) => before[key] !== undefined && after[key] !== undefined && !same(before[key], after[key]),
    ),
  };
}

/** Whether the two datasets hold the same data. */
export function unchanged(diff: DatasetDiff): boolean {
  return (
    COLLECTIONS.every((key) => !diff[key].added.length && !diff[key].removed.length && !diff[key].changed.length) &&
    diff.dataset.length === 0 &&
    !diff.boundaries
  );
}

/**
 * Whether a large share of a collection's rows disappears (a filter left on in a spreadsheet, a
 * sheet cut short): a tenth or more of them, and at least two.
 */
export function manyRemoved(collection: CollectionDiff<unknown>): boolean {
  const gone = collection.removed.length;
  return gone >= 2 && gone >= collection.before / 10;
}

/** A figure's amount as readers see it: its value, the upper end of a range, and its qualifier (近, 以上…). */
const VALUE_FIELDS = new Set(['value', 'upper', 'qualifier']);

export const isValueField = (field: string) => VALUE_FIELDS.has(field);

/** The ids a collection's diff touched, for the revision log. */
function changeSet<T extends { id: string }>(
  collection: CollectionDiff<T>,
  was: (change: Changed<T>) => NonNullable<Revision['figures']['changed'][number]['was']> | undefined = () => undefined,
): Revision['figures'] {
  return {
    added: collection.added.map((record) => record.id),
    changed: collection.changed.map((change) => {
      const before = was(change);
      return { id: change.id, fields: change.fields, ...(before && { was: before }) };
    }),
    removed: collection.removed.map((record) => record.id),
  };
}

const touched = (set: Revision['figures']) => set.added.length + set.changed.length + set.removed.length > 0;

/**
 * The revision entry for dataset.json that a diff makes: its date and summary as given, the
 * figures touched (a changed value with what it was), and the towns and articles when any changed.
 */
export function revisionOf(diff: DatasetDiff, date: string, summary: Text): Revision {
  const figures = changeSet(diff.figures, ({ before, fields }) =>
    fields.some(isValueField)
      ? { value: before.value, ...(before.upper !== undefined && { upper: before.upper }), qualifier: before.qualifier }
      : undefined,
  );
  const towns = changeSet(diff.towns);
  const articles = changeSet(diff.articles);
  return {
    date,
    summary,
    figures,
    ...(touched(towns) && { towns }),
    ...(touched(articles) && { articles }),
  };
}
