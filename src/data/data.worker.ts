/// <reference lib="webworker" />
/**
 * The data worker: the zod checks run here, off the page's main thread, so that the page keeps
 * answering while thousands of towns are read.
 * - parse: a published file's bytes to its checked data, or to its problems (see parse-off-thread);
 * - check: the Data page's checks of the reader's files, with progress (cancelling is the page
 *   terminating the worker). Their code is loaded only when a check is asked for.
 */
import { parseDataText } from './parse';
import { referencesOf } from './references';
import { PART_ROWS, ROWS_OF, type CheckResponse, type ParseResponse, type WorkerRequest } from './worker-messages';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'parse') {
    // As Response.text() reads it: UTF-8, a byte order mark dropped.
    const text = new TextDecoder().decode(request.bytes);
    const result = parseDataText(request.key, text);
    const field = ROWS_OF[request.key];
    const rows: unknown = result.ok && field ? Reflect.get(result.data, field) : undefined;
    const send = (answer: ParseResponse) => scope.postMessage(answer);
    // The ids the file uses, gathered here for the page's cross-file check (see references).
    const references = result.ok ? referencesOf(request.key, result.data) : undefined;
    if (!result.ok || !field || !Array.isArray(rows)) {
      send({ type: 'parsed', id: request.id, result, references, parts: 0 });
      return;
    }
    // The records follow in parts (see worker-messages).
    const parts = Math.ceil(rows.length / PART_ROWS);
    send({
      type: 'parsed',
      id: request.id,
      result: { ok: true, data: { ...result.data, [field]: [] } },
      references,
      parts,
    });
    for (let at = 0; at < rows.length; at += PART_ROWS)
      send({ type: 'rows', id: request.id, rows: rows.slice(at, at + PART_ROWS) });
    return;
  }
  const reply = (message: CheckResponse) => scope.postMessage(message);
  import('./check-files')
    .then(({ checkFiles }) =>
      checkFiles(request.files, request.published, (progress) => reply({ type: 'progress', progress })),
    )
    .then((result) => reply({ type: 'done', result }))
    .catch((error: unknown) =>
      reply({ type: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
};
