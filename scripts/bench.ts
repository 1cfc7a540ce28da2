/**
 * `npm run bench`: builds the app and measures what a reader pays for it, against the targets of
 * issue 8. Writes the tables to stdout and to bench-results/bench.md. Not a test: `npm test` never
 * depends on the machine's speed.
 *
 * 1. gzip sizes: the JS the first view needs (the entry and the app chunk it imports, not the
 *    map and charts, which load when scrolled near), all JS, CSS and the data;
 * 2. Lighthouse (mobile, simulated throttling) on the dashboard and on a blank React page built in
 *    the same run, median of several runs;
 * 3. load and interaction times in the browser on the real data and on synthetic datasets of 100,
 *    1,000 and 10,000 towns (scripts/synthetic.ts), on this machine and with Chrome's 4× CPU
 *    slowdown (Lighthouse's mid-range phone), and how they grow with the number of towns.
 *
 * Options: --runs N (Lighthouse runs per page, default 5), --repeats N (interaction repeats,
 * default 5), --quick (3 runs, 3 repeats).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { parseDataFiles } from '../src/data/parse';
import { measureInteractions, type InteractionTimes } from './bench/interactions';
import { lighthouseMedians, type LighthouseRun } from './bench/lighthouse';
import { serveStatic } from './bench/serve';
import { writeSyntheticDataset } from './synthetic';

const DIST = 'dist';
const BLANK_DIST = join('bench-results', 'blank');
const KB = 1024;
const SIZES = [100, 1000, 10000];
const SLOWDOWNS = [1, 4];
const TARGETS = {
  firstViewJs: 150 * KB,
  allJs: 330 * KB,
  performance: 95,
  accessibility: 100,
  lcpRatio: 1.2,
  interactionReal: 100,
  interaction10k: 200,
};

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : NaN;
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
const quick = args.includes('--quick');
const RUNS = option('runs', quick ? 3 : 5);
const REPEATS = option('repeats', quick ? 3 : 5);

const verdict = (met: boolean) => (met ? 'met' : '**MISSED**');
const ms = (value: number) => `${Math.round(value)} ms`;
const table = (head: string[], rows: string[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

// 1. Sizes ------------------------------------------------------------------------------------

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const files = (dir: string, ext: RegExp): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, ext);
    return ext.test(name) ? [path] : [];
  });

function sizes(): string {
  // The first view loads the entry, the app chunk the entry imports once the header has painted
  // (src/app/boot.tsx) and what those import; the map and the charts are lazy chunks, loaded when
  // scrolled near.
  const manifest: Record<string, { file: string; imports?: string[] }> = JSON.parse(
    readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'),
  );
  const firstView = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the build manifest has no ${key}`);
    if (firstView.has(join(DIST, chunk.file))) return;
    firstView.add(join(DIST, chunk.file));
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit('index.html');
  visit('src/app/boot.tsx');
  const sum = (list: string[]) => list.reduce((total, file) => total + gz(file), 0);
  const rows: [string, number, number | null][] = [
    ['JS for the first view', sum([...firstView]), TARGETS.firstViewJs],
    ['all JS', sum(files(join(DIST, 'assets'), /\.js$/)), TARGETS.allJs],
    ['CSS', sum(files(join(DIST, 'assets'), /\.css$/)), null],
    ['data (public/data)', sum(files(join(DIST, 'data'), /\.(json|geojson)$/)), null],
  ];
  return table(
    ['measure', 'gzip', 'target', ''],
    rows.map(([name, size, target]) => [
      name,
      `${(size / KB).toFixed(1)} KB`,
      target === null ? '' : `≤ ${target / KB} KB`,
      target === null ? '' : verdict(size <= target),
    ]),
  );
}

// 2. Lighthouse -------------------------------------------------------------------------------

async function lighthouseTable(): Promise<string> {
  const app = await serveStatic(DIST);
  const blank = await serveStatic(BLANK_DIST);
  try {
    const [dashboard, baseline] = await lighthouseMedians([`${app.origin}/`, `${blank.origin}/`], RUNS);
    if (!dashboard || !baseline) throw new Error('Lighthouse measured nothing');
    const row = (name: string, key: keyof LighthouseRun, format: (v: number) => string, target = '', met = '') => [
      name,
      format(dashboard[key]),
      format(baseline[key]),
      target,
      met,
    ];
    const score = (v: number) => String(Math.round(v));
    const lcpLimit = baseline.lcp * TARGETS.lcpRatio;
    return table(
      ['Lighthouse (median)', 'dashboard', 'blank React page', 'target', ''],
      [
        row(
          'performance',
          'performance',
          score,
          `≥ ${TARGETS.performance}`,
          verdict(dashboard.performance >= TARGETS.performance),
        ),
        row(
          'accessibility',
          'accessibility',
          score,
          `${TARGETS.accessibility}`,
          verdict(dashboard.accessibility >= TARGETS.accessibility),
        ),
        row('best practices', 'bestPractices', score),
        row('FCP', 'fcp', ms),
        row('LCP', 'lcp', ms, `≤ ${ms(lcpLimit)} (1.2 × blank)`, verdict(dashboard.lcp <= lcpLimit)),
        row('TBT', 'tbt', ms),
        row('CLS', 'cls', (v) => v.toFixed(3)),
      ],
    );
  } finally {
    await app.close();
    await blank.close();
  }
}

// 3. Load and interactions --------------------------------------------------------------------

interface Measured {
  towns: number;
  slowdown: number;
  times: InteractionTimes;
}

async function interactionTables(): Promise<string> {
  const real = parseDataFiles((file) => readFileSync(join('public/data', file), 'utf8'));
  const indicators = real.dataset.indicators.filter((i) => i.ranking).map((i) => ({ id: i.id, name: i.name.zh }));
  const datasets = [
    { label: 'real', dir: undefined, towns: real.towns.towns.length, town: real.towns.towns[1]?.name.zh ?? '' },
    ...SIZES.map((n) => {
      const dir = join('bench-data', String(n));
      // Written afresh, so that the data always matches the generator.
      writeSyntheticDataset(n, real, dir);
      return { label: `+${n}`, dir, towns: n + real.towns.towns.length, town: '合成镇5' };
    }),
  ];
  const measured: (Measured & { label: string })[] = [];
  for (const dataset of datasets) {
    const server = await serveStatic(DIST, dataset.dir);
    try {
      for (const slowdown of SLOWDOWNS) {
        const times = await measureInteractions(
          server.origin,
          indicators,
          { name: dataset.town },
          {
            cpuSlowdown: slowdown,
            repeats: REPEATS,
          },
        );
        measured.push({ label: dataset.label, towns: dataset.towns, slowdown, times });
        console.error(`measured ${dataset.label} at ${slowdown}× CPU slowdown`);
      }
    } finally {
      await server.close();
    }
  }

  const target = (m: Measured & { label: string }) =>
    m.label === 'real' ? TARGETS.interactionReal : m.label === '+10000' ? TARGETS.interaction10k : null;
  const interactionVerdict = (m: Measured & { label: string }, value: number) => {
    const limit = target(m);
    return limit === null ? '' : `${verdict(value <= limit)} (≤ ${limit})`;
  };
  const times = table(
    [
      'data',
      'towns',
      'CPU',
      'headlines shown',
      'map drawn',
      'charts drawn',
      'indicator → map + chart',
      '',
      'town → profile',
      '',
    ],
    measured.map((m) => [
      m.label,
      String(m.towns),
      `${m.slowdown}×`,
      ms(m.times.headlines),
      ms(m.times.map),
      ms(m.times.charts),
      ms(m.times.indicator),
      interactionVerdict(m, m.times.indicator),
      ms(m.times.town),
      interactionVerdict(m, m.times.town),
    ]),
  );

  // Growth: the exponent k in time ∝ towns^k between successive synthetic sizes (k ≤ 1: at most linear).
  const keys: (keyof InteractionTimes)[] = ['headlines', 'map', 'charts', 'indicator', 'town'];
  const growthRows = SLOWDOWNS.flatMap((slowdown) => {
    const series = measured.filter((m) => m.slowdown === slowdown && m.label !== 'real');
    return series.slice(1).map((m, i) => {
      const previous = series[i];
      if (!previous) return [];
      const exponent = (key: keyof InteractionTimes) =>
        Math.log(m.times[key] / previous.times[key]) / Math.log(m.towns / previous.towns);
      const worst = Math.max(...keys.map(exponent));
      return [
        `${previous.towns} → ${m.towns}`,
        `${slowdown}×`,
        ...keys.map((key) => exponent(key).toFixed(2)),
        worst <= 1 ? 'at most linear' : '**faster than linear**',
      ];
    });
  });
  const growth = table(
    ['towns', 'CPU', 'headlines', 'map', 'charts', 'indicator', 'town', 'growth'],
    growthRows.filter((r) => r.length > 0),
  );
  return `${times}\n\nGrowth exponent k (time ∝ towns^k; 1 is linear):\n\n${growth}`;
}

async function main() {
  execFileSync('npx', ['vite', 'build', '--manifest', '--logLevel', 'warn'], { stdio: 'inherit' });
  await build({
    configFile: false,
    root: resolve('scripts/bench/blank'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: resolve(BLANK_DIST), emptyOutDir: true, target: 'es2022' },
  });
  const sections = [
    `# Benchmark (${new Date().toISOString()})`,
    `Lighthouse ${RUNS} runs per page; interactions repeated ${REPEATS} times; medians.`,
    '## Sizes',
    sizes(),
    '## Lighthouse: mobile, simulated throttling',
    await lighthouseTable(),
    '## Load and interactions in the browser',
    'Times from navigation (load) or from the action (interactions) to the first frame painted after ' +
      'the page shows the answer. Targets: 100 ms on the real data, 200 ms with 10,000 towns.',
    await interactionTables(),
  ];
  const report = `${sections.join('\n\n')}\n`;
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(join('bench-results', 'bench.md'), report);
  console.log(report);
}

await main();
