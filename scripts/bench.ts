/**
 * `npm run bench`: builds the app and measures what a reader pays for it. Writes the table to
 * stdout and to bench-results/bench.md. Not a test: `npm test` never depends on the machine's speed.
 *
 * Measured so far: gzip sizes of the JS the first view needs (the entry and what index.html
 * preloads), of all JS, of CSS and of the data, against the targets of issue 8.
 * Still to come (see the issue): Lighthouse scores and paint timings beside a blank React page,
 * interaction timings in the browser, and the same on synthetic datasets of 100 to 10,000 towns.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const KB = 1024;
const TARGETS = { firstViewJs: 150 * KB, allJs: 330 * KB };

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const files = (dir: string, ext: RegExp): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, ext);
    return ext.test(name) ? [path] : [];
  });

function main() {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  // The first view loads the entry script and whatever index.html preloads; charts and the map
  // are lazy chunks.
  const firstView = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => join(DIST, m[1] ?? ''));
  const sum = (list: string[]) => list.reduce((total, file) => total + gz(file), 0);
  const rows: [string, number, number | null][] = [
    ['JS for the first view', sum(firstView), TARGETS.firstViewJs],
    ['all JS', sum(files(join(DIST, 'assets'), /\.js$/)), TARGETS.allJs],
    ['CSS', sum(files(join(DIST, 'assets'), /\.css$/)), null],
    ['data (public/data)', sum(files(join(DIST, 'data'), /\.(json|geojson)$/)), null],
  ];
  const lines = [
    '| measure | gzip | target | |',
    '| --- | ---: | ---: | --- |',
    ...rows.map(([name, size, target]) => {
      const verdict = target === null ? '' : size <= target ? 'met' : 'MISSED';
      return `| ${name} | ${(size / KB).toFixed(1)} KB | ${target === null ? '' : `${target / KB} KB`} | ${verdict} |`;
    }),
  ];
  const report = `# Benchmark (${new Date().toISOString()})\n\n${lines.join('\n')}\n`;
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(join('bench-results', 'bench.md'), report);
  console.log(report);
}

main();
