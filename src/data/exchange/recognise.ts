/**
 * Which data file a given file is, told by its content, not its name: browsers save a second
 * download as `figures (1).csv`, people rename files as they like. A JSON file is known by its
 * keys (and a boundary file by its codes: cities end in 00), a CSV file by its header row. Two
 * files of one kind are refused together; a file that is none of them is refused by name, with why.
 * What is recognised goes on under the file's usual name (readDataset checks it), with the name it
 * was given kept for every message.
 */
import { decodeText, type DecodeFailure, type TextEncodingName } from './decode';
import { FIGURE_COLUMNS, FIGURES_CSV } from './figures-csv';
import { parseCsv } from './csv';
import { DATA_KEYS, FILE_NAMES, type DataKey } from '../format/files';
import { SCHEMA_VERSION } from '../format/vocabulary';

/** The kinds of file a dataset is made of: the six files, and the figures as CSV. */
export type FileKind = DataKey | 'figuresCsv';

/** The usual name of each kind, under which readDataset takes it. */
export const KIND_NAMES: Record<FileKind, string> = { ...FILE_NAMES, figuresCsv: FIGURES_CSV };

/** Why a file was refused. */
export type Refusal =
  | { reason: DecodeFailure }
  | { reason: 'unknown-json'; keys: string[] }
  | { reason: 'unknown-csv'; columns: string[] }
  | { reason: 'unknown-format' }
  | { reason: 'newer-version'; version: number }
  | { reason: 'same-kind'; kind: FileKind; others: string[] };

export interface GivenFile {
  /** The name the file was given. */
  name: string;
  /** What it was recognised as, or null when refused. */
  kind: FileKind | null;
  /** The encoding its text was read in (null when it could not be read, or it came from a workbook). */
  encoding: TextEncodingName | null;
  /** The workbook sheet it was read from, for an .xlsx file. */
  sheet?: string;
  refusal: Refusal | null;
}

export interface Recognised {
  /** The recognised files' texts under their usual names, for readDataset. */
  texts: Map<string, string>;
  /** Every given file, in the order given: what it is, how it was read, or why it was refused. */
  given: GivenFile[];
}

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The key that marks each JSON file (the dataset: its indicators). */
const JSON_MARKS: [string, DataKey][] = [
  ['towns', 'towns'],
  ['figures', 'figures'],
  ['articles', 'articles'],
  ['indicators', 'dataset'],
];

/** A boundary file: the cities' outlines when every code ends in 00, else the counties. */
function boundaryKind(json: Json): DataKey {
  const features = Array.isArray(json.features) ? json.features : [];
  const codes = features.map((f: unknown) =>
    isRecord(f) && isRecord(f.properties) ? String(f.properties.code ?? '') : '',
  );
  return codes.length > 0 && codes.every((code) => /^\d{4}00$/.test(code)) ? 'cities' : 'counties';
}

function jsonKind(json: unknown): FileKind | Refusal {
  if (!isRecord(json)) return { reason: 'unknown-json', keys: [] };
  if (typeof json.schemaVersion === 'number' && json.schemaVersion > SCHEMA_VERSION)
    return { reason: 'newer-version', version: json.schemaVersion };
  if (json.type === 'FeatureCollection') return boundaryKind(json);
  const mark = JSON_MARKS.find(([key]) => key in json);
  return mark ? mark[1] : { reason: 'unknown-json', keys: Object.keys(json).slice(0, 8) };
}

/**
 * A table of figures: its header has the value column and another of the figure columns (the check
 * then names any that are missing, which tells more than "not recognised").
 */
function csvKind(text: string): FileKind | Refusal {
  const header = (parseCsv(text.slice(0, 4096))[0] ?? []).map((cell) => cell.trim());
  const known = FIGURE_COLUMNS.filter((column) => header.includes(column)).length;
  return header.includes('value') && known >= 2 ? 'figuresCsv' : { reason: 'unknown-csv', columns: header.slice(0, 8) };
}

/** A table's first row is a header: two cells or more, each a short name (a licence's sentence is not). */
function looksLikeTable(text: string): boolean {
  const header = parseCsv(text.slice(0, 4096))[0] ?? [];
  return header.length >= 2 && header.every((cell) => cell.trim().length <= 40);
}

/** What a file's text is: JSON (by its first character) or a table (comma- or tab-separated, by its header). */
function kindOf(text: string): FileKind | Refusal {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    try {
      return jsonKind(JSON.parse(text.replace(/^\uFEFF/, '')));
    } catch {
      // Not JSON after all (or broken JSON): a JSON file of the dataset is still told by its keys,
      // so that its syntax error is reported under its name rather than "unknown".
      const key = /"(towns|figures|articles|indicators|features)"\s*:/.exec(start)?.[1];
      if (key === 'features') return 'counties';
      const mark = JSON_MARKS.find(([name]) => name === key);
      return mark ? mark[1] : { reason: 'unknown-format' };
    }
  }
  return looksLikeTable(start) ? csvKind(start) : { reason: 'unknown-format' };
}

/** A file to recognise: its bytes as read from disk, or the text of a workbook's sheet. */
export type GivenContent = { name: string; bytes: Uint8Array } | { name: string; sheet: string; text: string };

/** A given file's text and how it was read (a workbook's sheet is text already), or why it cannot be read. */
function textOf(
  file: GivenContent,
): { text: string; encoding: TextEncodingName | null; sheet?: string } | { reason: DecodeFailure } {
  if ('sheet' in file) return { text: file.text, encoding: null, sheet: file.sheet };
  const decoded = decodeText(file.bytes);
  return decoded.ok ? { text: decoded.text, encoding: decoded.encoding } : { reason: decoded.reason };
}

/** Recognises each given file by its content. */
export function recogniseFiles(files: readonly GivenContent[]): Recognised {
  const given: GivenFile[] = [];
  const texts = new Map<FileKind, { name: string; text: string }[]>();
  for (const file of files) {
    const { name } = file;
    const read = textOf(file);
    if ('reason' in read) {
      given.push({ name, kind: null, encoding: null, refusal: { reason: read.reason } });
      continue;
    }
    const { text, ...how } = read;
    const kind = kindOf(text);
    if (typeof kind === 'object') {
      given.push({ name, kind: null, ...how, refusal: kind });
      continue;
    }
    given.push({ name, kind, ...how, refusal: null });
    texts.set(kind, [...(texts.get(kind) ?? []), { name, text }]);
  }
  // Two files of one kind: both refused (which one was meant is the maintainer's to say).
  for (const file of given) {
    const same = file.kind ? (texts.get(file.kind) ?? []) : [];
    if (file.kind && same.length > 1)
      file.refusal = {
        reason: 'same-kind',
        kind: file.kind,
        others: same.filter((other) => other.name !== file.name).map((other) => other.name),
      };
  }
  const usable = new Map<string, string>();
  for (const [kind, list] of texts) if (list.length === 1 && list[0]) usable.set(KIND_NAMES[kind], list[0].text);
  return { texts: usable, given };
}

/**
 * Whether a refused file stops the check: yes for what was meant as data (two of one kind, a newer
 * format, JSON or a table that is not recognised, text that cannot be read); no for documents that
 * are neither JSON nor a table (a licence or readme in the data folder, an image), which are only
 * listed as not used.
 */
export function stopsCheck(file: GivenFile): boolean {
  return file.refusal !== null && file.refusal.reason !== 'unknown-format' && file.refusal.reason !== 'binary';
}

/** The name a file of the dataset was given, for messages: the usual name when it was not given. */
export function givenName(given: readonly GivenFile[], usualName: string): string {
  const kinds = [...DATA_KEYS, 'figuresCsv' as const];
  const kind = kinds.find((k) => KIND_NAMES[k] === usualName);
  return given.find((file) => file.kind === kind && file.refusal === null)?.name ?? usualName;
}
