/**
 * The Vite plugin that puts the dataset's Data Package beside the data (src/data/exchange/
 * data-package.ts says what it holds): datapackage.json and figures.csv, written into the build's
 * data/ from the files it ships, and served by the dev server from public/data the same way.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { DATA_PACKAGE, dataPackage, type FileFacts } from '../src/data/exchange/data-package';
import { figuresToCsv, FIGURES_CSV } from '../src/data/exchange/figures-csv';
import { FILE_NAMES } from '../src/data/format/files';
import { parseDataFiles } from '../src/data/format/parse';

const factsOf = (bytes: Buffer | string): FileFacts => ({
  bytes: Buffer.byteLength(bytes),
  sha256: createHash('sha256').update(bytes).digest('hex'),
});

/** figures.csv and datapackage.json for the data folder `dir`, by their names. */
export function packageFiles(dir: string): Record<string, string> {
  const files = parseDataFiles((file) => readFileSync(join(dir, file), 'utf8'));
  const csv = figuresToCsv(files.figures.figures);
  const sizes: Record<string, FileFacts> = { [FIGURES_CSV]: factsOf(csv) };
  for (const name of Object.values(FILE_NAMES)) {
    const path = join(dir, name);
    if (existsSync(path)) sizes[name] = factsOf(readFileSync(path));
  }
  return { [FIGURES_CSV]: csv, [DATA_PACKAGE]: `${JSON.stringify(dataPackage(files, sizes), null, 2)}\n` };
}

const MEDIA: Record<string, string> = {
  [FIGURES_CSV]: 'text/csv; charset=utf-8',
  [DATA_PACKAGE]: 'application/json; charset=utf-8',
};

export function dataPackageFiles(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  return {
    name: 'data-package-files',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const name = request.url?.split('?')[0]?.match(/\/data\/([^/]+)$/)?.[1];
        if (!name || !(name in MEDIA)) return next();
        const body = packageFiles(resolve(root, 'public/data'))[name] ?? '';
        response.setHeader('Content-Type', MEDIA[name] ?? 'text/plain');
        response.end(body);
      });
    },
    closeBundle() {
      const dir = join(outDir, 'data');
      for (const [name, text] of Object.entries(packageFiles(dir))) writeFileSync(join(dir, name), text);
    },
  };
}
