/**
 * What a dataset folder changes against another, for review before publishing: the same diff as
 * the Data page's "Compared with the published data".
 *
 *   npm run data:diff -- OLD_DIR NEW_DIR
 *   npm run data:diff -- OLD_DIR NEW_DIR --write --zh "摘要" --en "Summary" [--date YYYY-MM-DD]
 *
 * Prints the counts first, a warning when a large share of rows disappears, then every figure,
 * town and article added, removed or changed (old → new, by field). With --write, adds the
 * revision entry (the date, the summary in both languages, the ids touched) to NEW_DIR's
 * dataset.json and sets its `updated` date. Exits 1 when either folder does not pass its checks.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  COLLECTIONS,
  diffDatasets,
  isValueField,
  manyRemoved,
  revisionOf,
  unchanged,
  type CollectionDiff,
  type DatasetDiff,
} from '../src/data/exchange/diff-datasets';
import { FILE_NAMES, type DataFiles } from '../src/data/format/files';
import { formatProblem, valueAt } from '../src/data/format/problems';
import type { Figure, Indicator } from '../src/data/format/schema';
import { formatFigureValue } from '../src/i18n/format';
import { checkFolder } from './data-folder';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    write: { type: 'boolean', default: false },
    zh: { type: 'string' },
    en: { type: 'string' },
    date: { type: 'string', default: new Date().toISOString().slice(0, 10) },
  },
});

const [oldDir, newDir] = positionals.map((dir) => resolve(dir));
if (!oldDir || !newDir) {
  console.error('usage: npm run data:diff -- OLD_DIR NEW_DIR [--write --zh TEXT --en TEXT [--date YYYY-MM-DD]]');
  process.exit(2);
}

async function load(dir: string): Promise<DataFiles | null> {
  const { read } = await checkFolder(dir);
  if (read.data && read.problems.length === 0) return read.data;
  for (const p of read.problems) console.error(`${dir}: ${formatProblem(p)}`);
  console.error(`${dir}: does not pass its checks (npm run data:check -- ${dir}); nothing compared.`);
  return null;
}

const shown = (value: unknown) => {
  const text = value === undefined ? '(none)' : JSON.stringify(value);
  return text.length > 70 ? `${text.slice(0, 69)}…` : text;
};

const valueOf = (figure: Figure, indicators: readonly Indicator[]) => {
  const unit = indicators.find((indicator) => indicator.id === figure.indicator)?.unit;
  return unit
    ? `${formatFigureValue(figure, unit, 'zh')} (${formatFigureValue(figure, unit, 'en')})`
    : String(figure.value);
};

function counts(name: string, c: CollectionDiff<unknown>): string {
  return `${name} ${c.before} → ${c.after} (${c.added.length} added, ${c.removed.length} removed, ${c.changed.length} changed)`;
}

function report(diff: DatasetDiff, before: DataFiles, after: DataFiles): string[] {
  const lines = [`Compared with ${oldDir}:`, ...COLLECTIONS.map((name) => `  ${counts(name, diff[name])}`)];
  if (diff.dataset.length) lines.push(`  dataset.json: ${diff.dataset.join(', ')} changed`);
  if (diff.boundaries) lines.push('  boundaries changed');
  if (unchanged(diff)) return [...lines, 'No change.'];
  for (const name of COLLECTIONS)
    if (manyRemoved(diff[name]))
      lines.push(
        `WARNING: ${diff[name].removed.length} of ${diff[name].before} ${name} disappear. Was a filter on, or a sheet cut short?`,
      );
  const indicators = { before: before.dataset.indicators, after: after.dataset.indicators };
  const figure = (f: Figure, side: readonly Indicator[]) =>
    `${f.id}: ${f.indicator} ${valueOf(f, side)}, ${f.period ?? 'no period'}`;
  for (const f of diff.figures.added) lines.push(`+ figure ${figure(f, indicators.after)}`);
  for (const f of diff.figures.removed) lines.push(`- figure ${figure(f, indicators.before)}`);
  for (const change of diff.figures.changed) {
    lines.push(`~ figure ${change.id}: ${change.fields.join(', ')}`);
    if (change.fields.some(isValueField))
      lines.push(
        `    value: ${valueOf(change.before, indicators.before)} → ${valueOf(change.after, indicators.after)}`,
      );
    for (const field of change.fields.filter((f) => !isValueField(f)))
      lines.push(
        `    ${field}: ${shown(valueAt(change.before, field.split('.')))} → ${shown(valueAt(change.after, field.split('.')))}`,
      );
  }
  for (const [name, c] of [
    ['town', diff.towns],
    ['article', diff.articles],
  ] as const) {
    for (const r of c.added) lines.push(`+ ${name} ${r.id}`);
    for (const r of c.removed) lines.push(`- ${name} ${r.id}`);
    for (const change of c.changed) lines.push(`~ ${name} ${change.id}: ${change.fields.join(', ')}`);
  }
  return lines;
}

const [before, after] = await Promise.all([load(oldDir), load(newDir)]);
if (!before || !after) process.exit(1);
const diff = diffDatasets(before, after);
console.log(report(diff, before, after).join('\n'));

if (values.write) {
  if (!values.zh || !values.en) {
    console.error('--write needs the revision summary in both languages: --zh TEXT --en TEXT');
    process.exit(2);
  }
  if (unchanged(diff)) {
    console.error('Nothing changed: no revision written.');
    process.exit(1);
  }
  const file = join(newDir, FILE_NAMES.dataset);
  const json: Record<string, unknown> = JSON.parse(readFileSync(file, 'utf8'));
  const revisions = Array.isArray(json.revisions) ? json.revisions : [];
  const revision = revisionOf(diff, values.date, { zh: values.zh, en: values.en });
  json.revisions = [...revisions, revision];
  json.updated = values.date;
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`Revision of ${values.date} written to ${file}; check it with npm run data:check -- ${newDir}`);
}
