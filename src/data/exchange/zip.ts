/**
 * A ZIP archive of text files, made in the browser for "download the dataset": compressed with
 * fflate (deflate, a small, well-kept library loaded only with the Data page), UTF-8 names.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

/** A ZIP file holding `files` (name → text) at its top level. */
export function zipFiles(files: ReadonlyMap<string, string>): Uint8Array<ArrayBuffer> {
  const entries: Zippable = {};
  for (const [name, text] of files) entries[name] = strToU8(text);
  const zip = zipSync(entries, { level: 6 });
  // fflate returns a plain Uint8Array; a Blob wants one backed by an ArrayBuffer (not a shared one).
  return new Uint8Array(zip);
}
