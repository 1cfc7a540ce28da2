import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchFileBytes } from '../../../../src/data/loading/fetch-file';
import { loadDataFile } from '../../../../src/data/loading/load';
import { DataFileError } from '../../../../src/data/format/problems';
import { readDataText } from '../../support/real-data';

// The data worker (a browser's Web Worker, which node has not) is replaced by what it runs, in
// the test's thread: these tests are about fetching and checking; the messages between page and
// worker are in every browser test.
vi.mock('../../../../src/data/loading/load-off-thread', async () => {
  const { readPublishedFile } = await import('../../../../src/data/loading/worker/read-file');
  return { loadOffThread: readPublishedFile };
});

function serve(body: string, init: ResponseInit & { contentType?: string } = {}) {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async () => new Response(body, { ...init, headers: { 'content-type': init.contentType ?? 'application/json' } }),
    ),
  );
}

async function failure(promise: Promise<unknown>): Promise<DataFileError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DataFileError)) throw new Error(`expected a DataFileError, got ${String(error)}`);
  return error;
}

afterEach(() => vi.unstubAllGlobals());

describe('loading a data file', () => {
  it('returns checked data', async () => {
    serve(readDataText('towns'));
    const towns = await loadDataFile('towns');
    expect(towns.towns.map((t) => t.id)).toContain('taigu-malleable-iron');
  });

  it('names the file and the status when the server refuses', async () => {
    serve('missing', { status: 404, statusText: 'Not Found' });
    const error = await failure(loadDataFile('figures'));
    expect(error.message).toBe('figures.json: could not be loaded: the server answered 404 Not Found');
    expect(error.transient).toBe(false);
    expect(error.problems[0]?.kind).toBe('http');
  });

  it('treats server errors and network failures as worth a retry', async () => {
    serve('oops', { status: 503, statusText: 'Service Unavailable' });
    expect((await failure(loadDataFile('articles'))).transient).toBe(true);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    const error = await failure(loadDataFile('articles'));
    expect(error.message).toBe('articles.json: could not be loaded (network error)');
  });

  it('gives up on a server that does not answer, and says so', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
      ),
    );
    const error = await failure(loadDataFile('towns', undefined, 50));
    expect(error.message).toBe('towns.json: could not be loaded (no answer within 0.05 s)');
    expect(error.transient).toBe(true);
  });

  it('recognises an HTML page served in place of a missing file', async () => {
    serve('<!doctype html><html></html>', { contentType: 'text/html' });
    expect((await failure(loadDataFile('dataset'))).message).toBe(
      'dataset.json: expected JSON but the server sent an HTML page (is the file missing?)',
    );
  });

  it('reports truncated JSON and invalid content with their paths', async () => {
    serve(readDataText('towns').slice(0, 200));
    expect((await failure(loadDataFile('towns'))).message).toMatch(/^towns\.json: not valid JSON/);
    serve(JSON.stringify({ schemaVersion: 1, figures: [{ id: 'x' }] }));
    const error = await failure(loadDataFile('figures'));
    expect(error.problems[0]).toMatchObject({ kind: 'schema', file: 'figures.json', path: 'figures[0].subject' });
  });
});

describe('a file asked for ahead (the worker asks for the first view as it starts)', () => {
  const bytes = async (promise: Promise<ArrayBuffer>) => new TextDecoder().decode(await promise);

  it('is taken as it is, without asking the server again', async () => {
    const fetch = vi.fn(async () => new Response('again'));
    vi.stubGlobal('fetch', fetch);
    const ahead = Promise.resolve(new Response('{"ahead":true}', { headers: { 'content-type': 'application/json' } }));
    expect(await bytes(fetchFileBytes('towns.json', '/data/towns.json', undefined, ahead))).toBe('{"ahead":true}');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('is checked like any other answer: a refusal or a lost connection names the file', async () => {
    const refused = Promise.resolve(new Response('gone', { status: 404, statusText: 'Not Found' }));
    const error = await failure(fetchFileBytes('towns.json', '/data/towns.json', undefined, refused));
    expect(error.message).toBe('towns.json: could not be loaded: the server answered 404 Not Found');
    const lost = Promise.reject(new TypeError('Failed to fetch'));
    const lostError = await failure(fetchFileBytes('figures.json', '/data/figures.json', undefined, lost));
    expect(lostError.message).toBe('figures.json: could not be loaded (network error)');
    expect(lostError.transient).toBe(true);
  });
});
