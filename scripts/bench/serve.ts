/**
 * A static server for the benchmark: serves a built app with gzip, as deploy/nginx-site.conf
 * does, and can answer /data/ from another folder (a synthetic dataset) without copying the build.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
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

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serves `root` on a free local port; requests under /data/ come from `dataDir` when given. */
export async function serveStatic(root: string, dataDir?: string): Promise<StaticServer> {
  const cache = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
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
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the benchmark server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
