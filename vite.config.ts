/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { defineConfig, type Plugin } from 'vite';
import { Shell } from './src/app/shell';
import { FILE_NAMES, FIRST_VIEW, FIRST_VIEW_META, type DataKey } from './src/data/format/files';
import { bakePages } from './scripts/bake-pages';
import { dataPackageFiles } from './scripts/data-package-files';

/**
 * The Content-Security-Policy of the built page (nginx sends the same as a header, see
 * deploy/nginx-site.conf). Scripts only from the page's own origin, no eval. Exceptions:
 * - style-src 'unsafe-inline': ECharts' SVG renderer and Leaflet write style attributes;
 * - img-src data: blob:: chart PNG downloads and Leaflet's inlined icons;
 * - img-src https://tile.openstreetmap.org: only requested when a reader opts in to the base map.
 * Not applied to the dev server, whose hot reload injects inline scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://tile.openstreetmap.org",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

/**
 * The page's top (title, what the dashboard is, a loading line) written into index.html, in the
 * default language, so that it paints before any script has run; React replaces it with the same
 * markup. Rendered from the app's own component: one source for both.
 */
function prerenderShell(): Plugin {
  return {
    name: 'prerender-shell',
    // The build bakes the whole first view instead (scripts/bake-pages.ts).
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(
        '<div id="root"></div>',
        // Without a provider, the app's messages are the default language's.
        `<div id="root">${renderToStaticMarkup(createElement(Shell, { lang: 'zh' }))}</div>`,
      ),
  };
}

/**
 * The first view's small data files, named by index.html (a <meta>) for the entry to ask for once
 * the page has painted (data-url: askForFirstView), so that they download while the app's scripts
 * do instead of after them, and nothing competes with the page itself before its first paint.
 * A file over PRELOAD_MAX_BYTES is left to the data worker, which asks for it as it starts: the
 * page's main thread would spend about 30 ms per MB receiving it on a slow phone.
 * The sizes are those of the data the build is for: public/data, or JZ_DATA_DIR (the benchmark
 * builds the page for each of its datasets). In development too, so that `npm run dev` loads (and
 * waits for the same files before drawing: app/layout.tsx) as the build does.
 */
const PRELOAD_MAX_BYTES = 1_000_000;

function nameFirstViewFiles(): Plugin {
  const dataDir = process.env.JZ_DATA_DIR ?? 'public/data';
  const small = (key: DataKey) => {
    const path = join(dataDir, FILE_NAMES[key]);
    return existsSync(path) && statSync(path).size <= PRELOAD_MAX_BYTES;
  };
  return {
    name: 'name-first-view-files',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: {
          name: FIRST_VIEW_META,
          content: FIRST_VIEW.filter(small)
            .map((key) => `./data/${FILE_NAMES[key]}`)
            .join(' '),
        },
        injectTo: 'head' as const,
      },
    ],
  };
}

export default defineConfig({
  // Relative base: the static build works from any folder or sub-path.
  base: './',
  plugins: [react(), contentSecurityPolicy(), prerenderShell(), nameFirstViewFiles(), dataPackageFiles(), bakePages()],
  // ECharts' chunk is about 620 KB minified (180 KB gzip), loaded only when a chart is near the
  // screen; `npm run bench` tracks the sizes against their targets.
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 700 },
  // The Data page's checking worker loads its libraries (fflate, read-excel-file) on demand: ES modules split.
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    environment: 'node',
  },
});
