/**
 * What the data worker does with a published file: reads it (fetched here, or the bytes the page
 * sent), parses and checks it, and sends the result to the page (answerLoad).
 */
import { fetchFileBytes } from '../fetch-file';
import { FILE_NAMES, type DataKey } from '../../format/files';
import { parseDataText, type ParseResult } from '../../format/parse';
import { DataFileError } from '../../format/problems';
import { referencesOf } from '../../format/references';
import { holdFile } from './derive';
import { PART_ROWS, ROWS_OF, type LoadRequest, type LoadResponse } from '../worker-messages';

/**
 * A published data file read: its bytes (those the page sent, or fetched now), parsed and checked
 * against its schema.
 */
export async function readPublishedFile<K extends DataKey>(
  key: K,
  { url, bytes: given }: Pick<LoadRequest, 'url' | 'bytes'>,
  signal?: AbortSignal,
  response?: Promise<Response>,
): Promise<ParseResult<K>> {
  const bytes = given ?? (await fetchFileBytes(FILE_NAMES[key], url, signal, response));
  // As Response.text() reads it: UTF-8, a byte order mark dropped.
  return parseDataText(key, new TextDecoder().decode(bytes));
}

/**
 * The worker's answer to a load request, sent with `send`: the checked file (its records in parts,
 * see worker-messages), or why it could not be fetched. Nothing is sent once `signal` has stopped
 * it. Any other error is thrown, for the worker to report.
 */
export async function answerLoad(
  request: LoadRequest,
  send: (answer: LoadResponse) => void,
  signal: AbortSignal,
  response?: Promise<Response>,
): Promise<void> {
  const { id, key } = request;
  let result: ParseResult<DataKey>;
  try {
    result = await readPublishedFile(key, request, signal, response);
  } catch (error) {
    if (signal.aborted) return;
    if (!(error instanceof DataFileError)) throw error;
    send({ type: 'unloaded', id, problems: error.problems, transient: error.transient });
    return;
  }
  if (signal.aborted) return;
  // Kept for what the page asks the worker to derive from the published files (see derive).
  if (result.ok) holdFile(key, result.data);
  const field = ROWS_OF[key];
  const rows: unknown = result.ok && field ? Reflect.get(result.data, field) : undefined;
  // The ids the file uses, gathered here for the page's cross-file check (see references).
  const references = result.ok ? referencesOf(key, result.data) : undefined;
  if (!result.ok || !field || !Array.isArray(rows)) {
    send({ type: 'parsed', id, result, references, parts: 0 });
    return;
  }
  const parts = Math.ceil(rows.length / PART_ROWS);
  send({ type: 'parsed', id, result: { ok: true, data: { ...result.data, [field]: [] } }, references, parts });
  for (let at = 0; at < rows.length; at += PART_ROWS) send({ type: 'rows', id, rows: rows.slice(at, at + PART_ROWS) });
}
