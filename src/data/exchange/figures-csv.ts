/**
 * figures.csv: the figures as a spreadsheet keeps them, one row per figure, so that an official
 * can add a year's figures without writing JSON. The columns flatten figures.json's fields; a row
 * becomes the same object the JSON file holds and is checked by the same schema, and problems are
 * reported by row and column instead of by JSON path. Writing the figures back gives the same file.
 */
import { parseCsv, toCsv } from './csv';
import { subjectTown } from '../domain/figures';
import { closest, shown, type DataProblem, type ProblemDetail } from '../format/problems';
import type { Figure, Qualifier, Unit } from '../format/schema';
import { SCHEMA_VERSION } from '../format/vocabulary';
import { readWrittenValue } from './written-value';

export const FIGURES_CSV = 'figures.csv';

/** The columns, in order; each is documented in docs/data-format.md. */
export const FIGURE_COLUMNS = [
  'id',
  'subject_type',
  'town',
  'group',
  'city',
  'enterprise_zh',
  'enterprise_en',
  'scope_zh',
  'scope_en',
  'indicator',
  'value',
  'upper',
  'qualifier',
  'kind',
  'programme_level',
  'programme_status',
  'period',
  'note_zh',
  'note_en',
  'article',
  'quote',
] as const;

type Column = (typeof FIGURE_COLUMNS)[number];

/** Columns a table may leave out (added after the first tables were written): read as empty. */
const OPTIONAL_COLUMNS: readonly Column[] = ['city'];
type Row = Record<Column, string>;

/** Where each column goes in a figure (its JSON path below `figures[i]`). */
export const FIGURE_COLUMN_PATHS: Record<Column, string> = {
  id: 'id',
  subject_type: 'subject.type',
  town: 'subject.town',
  group: 'subject.group',
  city: 'subject.code',
  enterprise_zh: 'subject.name.zh',
  enterprise_en: 'subject.name.en',
  scope_zh: 'scope.zh',
  scope_en: 'scope.en',
  indicator: 'indicator',
  value: 'value',
  upper: 'upper',
  qualifier: 'qualifier',
  kind: 'kind',
  programme_level: 'programme.level',
  programme_status: 'programme.status',
  period: 'period',
  note_zh: 'note.zh',
  note_en: 'note.en',
  article: 'source.article',
  quote: 'source.quote',
};

function figureToRow(f: Figure): Row {
  const subject = f.subject;
  return {
    id: f.id,
    subject_type: subject.type,
    town: subjectTown(subject) ?? '',
    group: subject.type === 'group' ? subject.group : '',
    city: subject.type === 'city' ? (subject.code ?? '') : '',
    enterprise_zh: subject.type === 'enterprise' ? subject.name.zh : '',
    enterprise_en: subject.type === 'enterprise' ? subject.name.en : '',
    scope_zh: f.scope?.zh ?? '',
    scope_en: f.scope?.en ?? '',
    indicator: f.indicator,
    value: String(f.value),
    upper: f.upper === undefined ? '' : String(f.upper),
    qualifier: f.qualifier,
    kind: f.kind,
    programme_level: f.programme?.level ?? '',
    programme_status: f.programme?.status ?? '',
    period: f.period ?? '',
    note_zh: f.note?.zh ?? '',
    note_en: f.note?.en ?? '',
    article: f.source.article,
    quote: f.source.quote,
  };
}

/** The figures as a table: a header row, then one row per figure (for figures.csv and figures.xlsx). */
export function figuresTable(figures: readonly Figure[]): string[][] {
  return [[...FIGURE_COLUMNS], ...figures.map((f) => FIGURE_COLUMNS.map((column) => figureToRow(f)[column]))];
}

/** The columns that hold numbers (written as numbers in a workbook). */
export const NUMBER_COLUMNS: readonly number[] = [FIGURE_COLUMNS.indexOf('value'), FIGURE_COLUMNS.indexOf('upper')];

/** The figures as figures.csv. */
export function figuresToCsv(figures: readonly Figure[]): string {
  return toCsv(figuresTable(figures));
}

/** A number cell as a number; anything else is kept as text, for the schema to report. */
function numberCell(cell: string): number | string {
  const trimmed = cell.trim();
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : cell;
}

/** A value or upper cell written as people write it (55.37亿, 近20万), read into base units, for the preview to show. */
export interface Conversion {
  row: number;
  column: 'value' | 'upper';
  written: string;
  value: number;
  upper?: number;
  /** The qualifier its words gave (taken into an empty qualifier column). */
  qualifier?: Qualifier;
  indicator: string;
  /** The units its unit word can stand for (checked against the indicator's unit once the dataset is read). */
  units?: readonly Unit[];
}

/**
 * The value, upper and qualifier cells of a row, with what was read from words: a qualifier word
 * fills an empty qualifier column and is reported when it contradicts a filled one; a range
 * (20亿至40亿) fills an empty upper column.
 */
function readValueCells(
  row: Row,
  rowNumber: number,
  problem: (column: Column, p: ProblemDetail, message: string) => DataProblem,
) {
  const conversions: Conversion[] = [];
  const problems: DataProblem[] = [];
  let qualifier = row.qualifier;
  const cell = (column: 'value' | 'upper'): number | string | undefined => {
    const written = row[column];
    if (written.trim() === '') return undefined;
    const plain = numberCell(written);
    if (typeof plain === 'number') return plain;
    const read = readWrittenValue(written);
    if (!read) return written;
    conversions.push({ row: rowNumber, column, written, ...read, indicator: row.indicator });
    if (read.qualifier && column === 'value') {
      if (qualifier.trim() === '') qualifier = read.qualifier;
      else if (qualifier.trim() !== read.qualifier)
        problems.push(
          problem(
            'qualifier',
            { what: 'qualifier-conflict', found: qualifier, expected: read.qualifier, field: 'qualifier' },
            `the value "${written}" says "${read.qualifier}", the qualifier column "${qualifier}"`,
          ),
        );
    }
    return read.value;
  };
  const value = cell('value');
  let upper = cell('upper');
  const range = conversions.find((c) => c.column === 'value' && c.upper !== undefined);
  if (range && upper === undefined) upper = range.upper;
  return { value: value ?? row.value, upper, qualifier, conversions, problems };
}

/** A pair of language columns as a text, or null when both are empty (a half-filled pair stays, to be reported). */
function textCells(zh: string, en: string): { zh: string; en: string } | null {
  return zh === '' && en === '' ? null : { zh, en };
}

function rowToFigure(
  row: Row,
  values: { value: number | string; upper: number | string | undefined; qualifier: string },
) {
  const subject: Record<string, unknown> = { type: row.subject_type };
  if (row.subject_type === 'town' || row.subject_type === 'enterprise') subject.town = row.town;
  if (row.subject_type === 'group') subject.group = row.group;
  if (row.subject_type === 'city' && row.city !== '') subject.code = row.city;
  if (row.subject_type === 'enterprise') subject.name = { zh: row.enterprise_zh, en: row.enterprise_en };
  const figure: Record<string, unknown> = {
    id: row.id,
    subject,
    scope: textCells(row.scope_zh, row.scope_en),
    indicator: row.indicator,
    value: values.value,
    qualifier: values.qualifier,
    kind: row.kind,
    period: row.period === '' ? null : row.period,
    note: textCells(row.note_zh, row.note_en),
    source: { article: row.article, quote: row.quote },
  };
  if (values.upper !== undefined) figure.upper = values.upper;
  if (row.programme_level !== '' || row.programme_status !== '')
    figure.programme = { level: row.programme_level, status: row.programme_status };
  return figure;
}

/** A problem in figures.csv at a row (as the spreadsheet numbers it) and column, or in the whole file. */
export function tableProblem(row: number | undefined, message: string, column?: string): DataProblem {
  return {
    kind: 'schema',
    file: FIGURES_CSV,
    path: row === undefined ? '' : `row ${row}${column ? ` · ${column}` : ''}`,
    message,
    row,
    column,
  };
}

/**
 * figures.csv read: the object figures.json would hold (to be checked by the same schema) and a way
 * to tell a problem found in it by row and column; or the problems with the table itself (a missing
 * or unknown column, a row of the wrong length).
 */
export type CsvRead =
  | {
      ok: true;
      json: unknown;
      locate: (p: DataProblem) => DataProblem;
      /** Cells written as people write them, and what they were read as. */
      conversions: Conversion[];
      /** Problems in how cells were written (a qualifier word against the qualifier column). */
      problems: DataProblem[];
    }
  | { ok: false; problems: DataProblem[] };

export function readFiguresCsv(text: string): CsvRead {
  // Each record with its row number as a spreadsheet shows it: blank rows are counted, then skipped.
  const records = parseCsv(text)
    .map((cells, i) => ({ cells, row: i + 1 }))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  const [header, ...rows] = records;
  if (!header) return { ok: false, problems: [tableProblem(undefined, 'the file is empty: expected a header row')] };
  const names = header.cells.map((name) => name.trim());
  const problems: DataProblem[] = [
    ...FIGURE_COLUMNS.filter((column) => !names.includes(column) && !OPTIONAL_COLUMNS.includes(column)).map(
      (column) => ({
        ...tableProblem(header.row, `missing the column "${column}"`),
        detail: { what: 'missing-column' as const, field: column },
      }),
    ),
    ...names
      .filter((name) => !(FIGURE_COLUMNS as readonly string[]).includes(name))
      .map((name) => ({
        ...tableProblem(header.row, `unknown column "${name}" (expected: ${FIGURE_COLUMNS.join(', ')})`),
        detail: { what: 'extra-field' as const, field: name, suggestion: closest(name, FIGURE_COLUMNS) },
      })),
  ];
  for (const { cells, row } of rows)
    if (cells.length !== names.length)
      problems.push({
        ...tableProblem(row, `expected ${names.length} cells, found ${cells.length}`),
        detail: { what: 'cells', found: String(cells.length), limit: names.length },
      });
  if (problems.length > 0) return { ok: false, problems };
  const tableRows = rows.map(({ cells }) =>
    Object.fromEntries(FIGURE_COLUMNS.map((column) => [column, cells[names.indexOf(column)] ?? ''])),
  ) as Row[];
  const conversions: Conversion[] = [];
  const written: DataProblem[] = [];
  const figures = tableRows.map((row, i) => {
    const rowNumber = rows[i]?.row ?? i + 2;
    const values = readValueCells(row, rowNumber, (column, detail, message) => ({
      ...tableProblem(rowNumber, message, column),
      detail,
    }));
    conversions.push(...values.conversions);
    written.push(...values.problems);
    return rowToFigure(row, values);
  });

  /** `figures[3].source.quote` becomes row 5 (as the spreadsheet numbers it) · quote, with the cell as written. */
  const locate = (p: DataProblem): DataProblem => {
    const match = /^figures\[(\d+)\](?:\.(.*))?$/.exec(p.path);
    const index = match ? Number(match[1]) : -1;
    const record = rows[index];
    if (!match || !record) return { ...p, file: FIGURES_CSV };
    const field = match[2] ?? '';
    const column =
      FIGURE_COLUMNS.find((c) => FIGURE_COLUMN_PATHS[c] === field) ??
      FIGURE_COLUMNS.find((c) => FIGURE_COLUMN_PATHS[c].startsWith(`${field}.`));
    const cell = column ? tableRows[index]?.[column] : undefined;
    return {
      ...p,
      file: FIGURES_CSV,
      path: `row ${record.row}${column ? ` · ${column}` : field ? ` · ${field}` : ''}`,
      row: record.row,
      column,
      detail: p.detail && {
        ...p.detail,
        field: column ?? p.detail.field,
        found: cell === undefined ? p.detail.found : shown(cell),
      },
    };
  };
  return { ok: true, json: { schemaVersion: SCHEMA_VERSION, figures }, locate, conversions, problems: written };
}
