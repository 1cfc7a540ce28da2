/**
 * docs/data-format.md, generated from the zod schemas (through their JSON Schema) and the
 * figures.csv columns, so that the documented format is the checked one. `npm run data:docs`
 * writes it; a unit test fails when the committed page differs from what the schemas say.
 */
import { z } from 'zod';
import { DATA_KEYS, FILE_NAMES, type DataKey } from '../format/files';
import { SCHEMAS } from '../format/validators';
import { FIGURE_COLUMNS, FIGURE_COLUMN_PATHS, FIGURES_CSV } from './figures-csv';
import { MAX_QUOTE_LENGTH } from '../format/vocabulary';

/** The parts of a JSON Schema (zod's z.toJSONSchema) the generated descriptions read. */
export interface JsonSchema {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema | false;
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

/** What each file holds, in a sentence or two (the format page's and the data package's descriptions). */
export const PURPOSE: Record<DataKey, string> = {
  dataset:
    'The dataset as a whole: its title, update date and licence (the span it covers is derived from the articles and figures); where readers report an error (`contact`: a name and an http(s) address, absent until the publisher gives one; the method page then says so); the indicators (id, names, unit, whether towns are ranked by it); the named groups of towns the sources report together; the headline figures.',
  towns:
    "The specialty towns, in 晋中 and elsewhere in 山西: names, industry, county, location and its precision (a town whose county the sources do not name stands at its city's seat: `city`), designations (level, stage, date, the batch when the source states one), facts (each quoted), summary.",
  figures:
    'Every figure: whom it is about (a town, an enterprise of a town, a group, 晋中 or another city of 山西 by its code, or the province), the indicator, the value in base units with its qualifier, whether it is a result, target, plan or event, the period (a year, month or day, or months of one year such as `2023-01/2023-06` for a figure that covers part of a year: a ranking takes a result for a whole year before it and draws it apart), and its source: the article and a verbatim quote. `upper` is given for the qualifier `range` only, and is above `value`.',
  articles:
    "The source articles: outlet and what kind of outlet it is (`outletKind`: a `newspaper` is cited [N], or [N/OL] when read online; a `website` and a news `agency` read online [EB/OL]; `none` where no outlet is named, cited without a publisher), the newspaper that printed a wire story (`printedIn`, for an agency's story only), date, title (else `description`: what it is, in our own words, cited in square brackets; for an untitled article only), authors, the address on the outlet's own site, where the text was read when that is a copy elsewhere (with how far that site can be trusted), our own summary. Files of version 2 are read with `outletKind`, `printedIn` and `description` unknown.",
  counties: "晋中's eleven county-level divisions as GeoJSON, with their codes, names and seats.",
  cities: "山西's eleven cities as GeoJSON, for context around 晋中.",
};

/** One line per field: its path, what it holds, whether it is required, and its rules. */
interface Field {
  path: string;
  type: string;
  required: boolean;
  rules: string;
}

const code = (value: unknown) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

function typeOf(schema: JsonSchema): string {
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(' or ');
  if (schema.const !== undefined) return `${code(schema.const)}`;
  if (schema.enum) return 'one of';
  if (schema.prefixItems) return `[${schema.prefixItems.map(typeOf).join(', ')}]`;
  const type = Array.isArray(schema.type) ? schema.type.join(' or ') : (schema.type ?? 'any');
  return type === 'array' && schema.items ? `array of ${typeOf(schema.items)}` : type;
}

function rulesOf(schema: JsonSchema): string {
  const rules: string[] = [];
  const from = schema.anyOf?.find((s) => s.type !== 'null') ?? schema;
  if (from.enum) rules.push(from.enum.map(code).join(', '));
  if (from.pattern) rules.push(`matches ${code(from.pattern)}`);
  // Every address in the format is checked as http(s) only (schema.ts, httpUrl).
  if (from.format) rules.push(from.format === 'uri' ? 'an http(s) address' : from.format);
  if (from.minLength !== undefined)
    rules.push(from.minLength === 1 ? 'not empty' : `at least ${from.minLength} characters`);
  if (from.maxLength !== undefined) rules.push(`at most ${from.maxLength} characters`);
  if (from.minimum !== undefined) rules.push(`≥ ${from.minimum}`);
  if (from.maximum !== undefined) rules.push(`≤ ${from.maximum}`);
  if (from.minItems !== undefined) rules.push(`at least ${from.minItems} item${from.minItems === 1 ? '' : 's'}`);
  if (from.items && from.items.enum) rules.push(`each one of ${from.items.enum.map(code).join(', ')}`);
  return rules.join('; ');
}

/** Whether a schema is an object whose fields deserve their own lines. */
const nested = (schema: JsonSchema) => schema.properties !== undefined;
/** Deep coordinate arrays (GeoJSON geometry) are described, not unfolded. */
const coordinates = (path: string) => path.endsWith('coordinates');

function fields(schema: JsonSchema, path: string, required: boolean, out: Field[], when = ''): void {
  const object = schema.anyOf?.find(nested) ?? schema;
  const variants = schema.oneOf ?? object.oneOf;
  if (variants) {
    out.push({ path, type: 'object, one of the forms below', required, rules: when });
    for (const variant of variants) {
      const tag = Object.entries(variant.properties ?? {}).find(([, s]) => s.const !== undefined);
      fields(variant, path, required, out, tag ? `when ${tag[0]} is ${code(tag[1].const)}` : when);
    }
    return;
  }
  if (nested(object)) {
    if (path && !schema.oneOf) {
      const nullable = schema.anyOf?.some((s) => s.type === 'null');
      if (nullable || !when) out.push({ path, type: nullable ? 'object or null' : 'object', required, rules: when });
    }
    for (const [name, child] of Object.entries(object.properties ?? {}))
      fields(child, path ? `${path}.${name}` : name, object.required?.includes(name) ?? false, out, when);
    return;
  }
  if (!coordinates(path) && object.type === 'array' && object.items && nested(object.items)) {
    out.push({ path, type: 'array of objects', required, rules: [rulesOf(object), when].filter(Boolean).join('; ') });
    fields(object.items, `${path}[]`, true, out, when);
    return;
  }
  out.push({
    path,
    type: coordinates(path) ? 'GeoJSON coordinates' : typeOf(schema),
    required,
    rules: [rulesOf(schema), when].filter(Boolean).join('; '),
  });
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** A file's JSON Schema, as its zod schema checks it. */
export const jsonSchemaOf = (key: DataKey): JsonSchema =>
  z.toJSONSchema(SCHEMAS[key], { unrepresentable: 'any', io: 'input' }) as JsonSchema;

function fileSection(key: DataKey): string {
  const schema = jsonSchemaOf(key);
  const out: Field[] = [];
  fields(schema, '', true, out);
  const rows = out.map((f) => `| \`${f.path}\` | ${cell(f.type)} | ${f.required ? 'yes' : 'no'} | ${cell(f.rules)} |`);
  return [
    `## ${FILE_NAMES[key]}`,
    '',
    PURPOSE[key],
    '',
    '| field | type | required | rules |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function csvSection(): string {
  const rows = FIGURE_COLUMNS.map((column) => `| \`${column}\` | \`${FIGURE_COLUMN_PATHS[column]}\` |`);
  return [
    `## ${FIGURES_CSV}`,
    '',
    `The figures may be given as ${FIGURES_CSV} instead of ${FILE_NAMES.figures}: one row per figure after a header row, UTF-8 (a byte-order mark is fine), comma-separated, quoted where a cell holds a comma, a quote or a line break (as spreadsheets write it). Each row becomes the figure object below and is checked by the same rules; problems are reported as \`${FIGURES_CSV}: row N · column: message\`, the header being row 1.`,
    '',
    '- An empty cell is an absent value: `scope_*`, `note_*` and `period` become null, `upper` and `programme_*` are left out.',
    '- `value` and `upper` are plain numbers in base units (yuan, persons, …): 150000000, not 1.5亿.',
    '- Bilingual cells come in pairs (`_zh`, `_en`): both filled, or both empty.',
    `- \`quote\` is the verbatim clause from the article (at most ${MAX_QUOTE_LENGTH} characters), \`article\` an id from articles.json.`,
    "- `town` is filled for the subject types `town` and `enterprise`, `group` for `group`, `enterprise_*` for `enterprise`; `city`, for the subject type `city`, holds another city's six-digit code (empty for 晋中; a table without this column is read as if it were empty).",
    '',
    'docs/figures-template.csv is an empty template (the header row); the Data page downloads the same, and the current figures as figures.csv to add to.',
    '',
    '| column | field of the figure |',
    '| --- | --- |',
    ...rows,
  ].join('\n');
}

export function dataFormatDoc(): string {
  return `${[
    '# The dataset format',
    '',
    '<!-- Generated by `npm run data:docs` from src/data/format/schema.ts and src/data/exchange/figures-csv.ts. Do not edit by hand: a unit test compares this page with the schemas. -->',
    '',
    'A dataset is a folder of six files, as in `public/data`. The app, its local preview (the Data page) and `npm run data:check` read the same files and apply the same checks: each file against the rules below, then the references between files:',
    '',
    "- a group's members and a figure's subject town are towns in towns.json; a figure's subject group is a group in dataset.json;",
    "- a figure's indicator is an indicator in dataset.json, and `programme` is only for indicators counted in towns;",
    '- every source (of a figure, a designation or a fact) is an article in articles.json; every headline is a figure in figures.json;',
    "- a town in 晋中 has its county in counties.geojson; a town elsewhere has its city (the code's first four digits and 00) in shanxi-cities.geojson; a figure about another city names it by its code (`subject.code`), also in shanxi-cities.geojson;",
    '- ids are unique within their file.',
    '',
    'Figures are never invented: each carries the article it comes from and a verbatim quote, and keeps the qualifier the source used (`nearly` 近, `over` 以上/余, `about` 约, `range`, `atMost`). A target or plan is a `kind`, never a result. See the README for the curation rules.',
    '',
    'Several figures may report the same town, indicator and period (different sources, scopes or qualifiers): keep them all. The dashboard shows one in the ranking, map and comparison, chosen by one rule (`chooseFigure` in src/data/domain/choice.ts): results only; the newest year, undated figures after dated ones; the whole town before a narrower `scope`; the outlet\'s own text, then a copy whose `readAt.authority` is `platform`, then `mirror`, then `unknown`; then the later article. The others are marked "sources differ" beside it and listed side by side in the town\'s profile.',
    '',
    ...DATA_KEYS.flatMap((key) => [fileSection(key), '', ...(key === 'figures' ? [csvSection(), ''] : [])]),
  ].join('\n')}`;
}
