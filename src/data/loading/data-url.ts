/**
 * Where the published data files are (the data folder next to index.html, under any base path),
 * and which of them the page asks for itself. Kept apart so that the entry (worker-start) can
 * name the files without the loader's code.
 */
import { pageAddress } from '../../lib/page-address';
import { FILE_NAMES, FIRST_VIEW_META, type DataKey } from '../format/files';

/** The published data folder, relative to the page. */
export const DATA_BASE = `${import.meta.env.BASE_URL}data/`;

/**
 * A data file's full address: the data worker fetches it, and a worker resolves a relative address
 * against its own script, not the page. Outside a page (unit tests) the relative address.
 */
export function dataUrl(key: DataKey): string {
  return pageAddress(`${DATA_BASE}${FILE_NAMES[key]}`);
}

/**
 * Asks for the first view's small files that index.html names, as preloads. The entry does so once
 * the page has painted (main.tsx): until then the browser downloads nothing but the page and its
 * entry, as the baked first view needs no data; then the files download alongside the app's
 * scripts, and the loader's fetch takes their answers (same address, a same-origin fetch, as
 * `crossorigin` says).
 */
export function askForFirstView(): void {
  const named = document.querySelector<HTMLMetaElement>(`meta[name="${FIRST_VIEW_META}"]`)?.content ?? '';
  for (const href of named.split(' ').filter(Boolean)) {
    const link = document.createElement('link');
    Object.assign(link, { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: pageAddress(href) });
    document.head.append(link);
  }
}

/**
 * Whether the page has asked for this file (askForFirstView: the first view's small files): the
 * page then fetches it itself, taking that answer, and hands the bytes to the data worker. A large
 * file is fetched by the worker, so that the page never receives its bytes.
 */
export function preloaded(key: DataKey): boolean {
  if (typeof document === 'undefined') return false;
  const url = dataUrl(key);
  return Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')).some(
    (link) => link.href === url,
  );
}
