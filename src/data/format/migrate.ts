/**
 * Older data files read as the current version: each step takes a file of version n to n + 1, so
 * that a maintainer's files keep working when the format moves on. Applied to the parsed JSON
 * before its schema checks it (parse.ts), in the app, in `data:check` and on the Data page alike.
 */
import type { DataKey } from './files';
import { SCHEMA_VERSION } from './vocabulary';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Version 1 to 2: articles gain `readAt` (where the text was read, when not at the outlet's own
 * page; unknown for version-1 articles, which recorded only the outlet's address); the dataset's
 * coverage is no longer typed but derived from its articles and figures.
 */
function from1(key: DataKey, file: Json): Json {
  const next: Json = { ...file, schemaVersion: 2 };
  if (key === 'articles' && Array.isArray(file.articles))
    next.articles = file.articles.map((article: unknown) =>
      isRecord(article) ? { readAt: null, ...article } : article,
    );
  if (key === 'dataset') delete next.coverage;
  return next;
}

/**
 * Version 2 to 3: articles gain `outletKind`, `printedIn` and `description`, which version 2 did
 * not record (unknown: such an article is cited as version 2 cited every article, as a newspaper's).
 */
function from2(key: DataKey, file: Json): Json {
  const next: Json = { ...file, schemaVersion: 3 };
  if (key === 'articles' && Array.isArray(file.articles))
    next.articles = file.articles.map((article: unknown) =>
      isRecord(article) ? { outletKind: null, printedIn: null, description: null, ...article } : article,
    );
  return next;
}

const STEPS: Record<number, (key: DataKey, file: Json) => Json> = { 1: from1, 2: from2 };

/** The file as the current version when it is an older one; anything else as it is (the schema judges it). */
export function migrate(key: DataKey, json: unknown): unknown {
  let file = json;
  while (isRecord(file) && typeof file.schemaVersion === 'number' && file.schemaVersion < SCHEMA_VERSION) {
    const step = STEPS[file.schemaVersion];
    if (!step) break;
    file = step(key, file);
  }
  return file;
}
