/**
 * Where the published data files are (the data folder next to index.html, under any base path),
 * and which of them index.html already asks for. Kept apart so that the entry (worker-start) can
 * name the files without the loader's code.
 */
import { FILE_NAMES, type DataKey } from '../format/files';

/** The published data folder, relative to the page. */
export const DATA_BASE = `${import.meta.env.BASE_URL}data/`;

/**
 * A data file's full address: the data worker fetches it, and a worker resolves a relative address
 * against its own script, not the page. Outside a page (unit tests) the relative address.
 */
export function dataUrl(key: DataKey): string {
  const path = `${DATA_BASE}${FILE_NAMES[key]}`;
  return typeof document === 'undefined' ? path : new URL(path, document.baseURI).href;
}

/**
 * Whether index.html asks for this file as it is read (vite.config.ts preloads the first view's
 * small files): the page then fetches it itself, taking that answer, and hands the bytes to the
 * data worker. A large file is fetched by the worker, so that the page never receives its bytes.
 */
export function preloaded(key: DataKey): boolean {
  if (typeof document === 'undefined') return false;
  const url = dataUrl(key);
  return Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')).some(
    (link) => link.href === url,
  );
}
