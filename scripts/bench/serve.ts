/**
 * A static server for the benchmark: serves a built app with gzip, as deploy/nginx-site.conf
 * does, and can answer /data/ from another folder (a synthetic dataset) without copying the build.
 *
 * Over HTTPS with HTTP/2 by default, as a site is served today (browsers speak HTTP/2 only over
 * TLS; deploy/nginx-site.conf says how), with a certificate made for the run (openssl) that the
 * benchmark's browser is told to accept. HTTP/2 matters to what Lighthouse's simulation charges:
 * over HTTP/1.1 it charges every request a round trip of its own, so that a page with any script at
 * all (even a static page with one script of 40 bytes) comes out 1.2 × the same page without it;
 * over HTTP/2 the requests share the page's connection, as they do in a browser. `http1`: plain
 * HTTP/1.1, as before, for comparison.
 */
import { execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2Session, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export type Protocol = 'h2' | 'http1';

/** Chromium's flag for the run's own certificate (Playwright: `ignoreHTTPSErrors`). */
export const ACCEPT_RUN_CERTIFICATE = '--ignore-certificate-errors';

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** A key and self-signed certificate for 127.0.0.1, made with openssl for this run. */
function runCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'jz-bench-tls-'));
  try {
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    // prettier-ignore
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert], { stdio: 'ignore' });
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } catch (error) {
    throw new Error(`the benchmark serves over HTTPS and needs openssl to make its certificate: ${String(error)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Serves `root` on a free local port; requests under /data/ come from `dataDir` when given. */
export async function serveStatic(root: string, dataDir?: string, protocol: Protocol = 'h2'): Promise<StaticServer> {
  const cache = new Map<string, Buffer>();
  const answer = (
    request: IncomingMessage | Http2ServerRequest,
    response: ServerResponse | Http2ServerResponse,
  ): void => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (path.includes('..')) {
      response.writeHead(400).end();
      return;
    }
    const file =
      dataDir && path.startsWith('/data/')
        ? join(dataDir, path.slice('/data/'.length))
        : join(root, path.endsWith('/') ? `${path}index.html` : path);
    let body = cache.get(file);
    if (!body) {
      try {
        if (!statSync(file).isFile()) throw new Error('not a file');
        body = gzipSync(readFileSync(file), { level: 6 });
      } catch {
        response.writeHead(404).end();
        return;
      }
      cache.set(file, body);
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-encoding': 'gzip',
      'cache-control': 'no-cache',
    });
    response.end(body);
  };
  const server = protocol === 'h2' ? createSecureServer(runCertificate(), answer) : createServer(answer);
  // Closed with the browser's connections still open (kept alive): ended with the server.
  const sessions = new Set<Http2Session>();
  server.on('session', (session: Http2Session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the benchmark server has no port');
  return {
    origin: `${protocol === 'h2' ? 'https' : 'http'}://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        for (const session of sessions) session.destroy();
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
