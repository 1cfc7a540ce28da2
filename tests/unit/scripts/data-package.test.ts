import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/data/exchange/csv';
import { packageLicenses } from '../../../src/data/exchange/data-package';
import { FIGURES_CSV } from '../../../src/data/exchange/figures-csv';
import { DATA_PACKAGE, FILE_NAMES } from '../../../src/data/format/files';
import { packageFiles } from '../../../scripts/data-package-files';

const DIR = join(import.meta.dirname, '../../../public/data');
const written = packageFiles(DIR);

interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; maxLength?: number; minimum?: number };
}
interface Resource {
  name: string;
  path: string;
  profile?: string;
  bytes?: number;
  hash?: string;
  schema?: { fields?: Field[]; primaryKey?: string[]; $schema?: string };
  licenses?: { name?: string; path?: string }[];
}
const descriptor = JSON.parse(written[DATA_PACKAGE] ?? '{}') as {
  name: string;
  licenses: { name?: string; path?: string; title?: string }[];
  resources: Resource[];
};
const bytesOf = (name: string) =>
  name === FIGURES_CSV ? Buffer.from(written[FIGURES_CSV] ?? '') : readFileSync(join(DIR, name));

describe('the data package beside the data', () => {
  it('has what the Data Package profile requires: resources, each with a name of its pattern and a path', () => {
    expect(descriptor.name).toMatch(/^[-a-z0-9._/]+$/);
    expect(descriptor.resources.length).toBeGreaterThan(0);
    const names = descriptor.resources.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of descriptor.resources) {
      expect(r.name).toMatch(/^[-a-z0-9._/]+$/);
      expect(typeof r.path).toBe('string');
      for (const l of [...descriptor.licenses, ...(r.licenses ?? [])]) expect(l.name ?? l.path).toBeTruthy();
    }
    // Every data file, and the figures as a table.
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual([...Object.values(FILE_NAMES), FIGURES_CSV].sort());
  });

  it("gives each file's true size and SHA-256, and its schema", () => {
    for (const r of descriptor.resources) {
      const bytes = bytesOf(r.path);
      expect(r.bytes, r.path).toBe(bytes.length);
      expect(r.hash, r.path).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      expect(r.schema, r.path).toBeDefined();
    }
    expect(descriptor.resources.find((r) => r.path === FILE_NAMES.figures)?.schema?.$schema).toMatch(/json-schema/);
  });

  it('describes figures.csv by a Table Schema its every row keeps', () => {
    const table = descriptor.resources.find((r) => r.path === FIGURES_CSV);
    const fields = table?.schema?.fields ?? [];
    expect(table?.profile).toBe('tabular-data-resource');
    const [header, ...rows] = parseCsv((written[FIGURES_CSV] ?? '').replace(/^\uFEFF/, ''));
    expect(fields.map((f) => f.name)).toEqual(header);
    const figures = JSON.parse(readFileSync(join(DIR, FILE_NAMES.figures), 'utf8')).figures as unknown[];
    expect(rows).toHaveLength(figures.length);
    expect(table?.schema?.primaryKey).toEqual(['id']);
    for (const field of fields) {
      expect(['string', 'number']).toContain(field.type);
      const c = field.constraints ?? {};
      const column = (header ?? []).indexOf(field.name);
      for (const row of rows) {
        const cell = row[column] ?? '';
        if (c.required) expect(cell, `${field.name} is required`).not.toBe('');
        if (cell === '') continue;
        if (field.type === 'number') expect(Number.isFinite(Number(cell)), `${field.name}: ${cell}`).toBe(true);
        if (c.enum) expect(c.enum, field.name).toContain(cell);
        if (c.pattern) expect(cell, field.name).toMatch(new RegExp(`^(?:${c.pattern})$`));
        if (c.maxLength !== undefined) expect([...cell].length).toBeLessThanOrEqual(c.maxLength);
        if (c.minimum !== undefined) expect(Number(cell)).toBeGreaterThanOrEqual(c.minimum);
      }
    }
    // The constraints say something: the columns every figure has, and the words they take.
    expect(fields.filter((f) => f.constraints?.required).map((f) => f.name)).toEqual(
      expect.arrayContaining(['id', 'subject_type', 'indicator', 'value', 'qualifier', 'kind', 'article', 'quote']),
    );
    expect(fields.find((f) => f.name === 'town')?.constraints?.required).toBeUndefined();
    expect(fields.find((f) => f.name === 'qualifier')?.constraints?.enum).toContain('nearly');
  });

  it('names the licence the data states, and says so in the words of the data where it knows none', () => {
    expect(descriptor.licenses).toEqual([expect.objectContaining({ name: 'CC-BY-4.0' })]);
    expect(packageLicenses('All rights reserved')).toEqual([{ name: 'other', title: 'All rights reserved' }]);
    const boundaries = descriptor.resources.find((r) => r.path === FILE_NAMES.counties);
    expect(boundaries?.licenses?.[0]?.path).toBe('boundaries.LICENSE.txt');
  });
});
