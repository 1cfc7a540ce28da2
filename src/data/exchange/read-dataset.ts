/**
 * A whole dataset from a set of files (name → text): the six files the app reads, with the
 * figures either as figures.json or as figures.csv. Every file is checked by its schema, then the
 * references between files. Used by the in-app preview (files picked or dropped in the browser)
 * and by `npm run data:check` (a folder), so both report the same problems in the same words.
 */
import { completeDataset, DATA_KEYS, FILE_NAMES, perFile, type DataFiles, type DataKey } from '../format/files';
import { FIGURES_CSV, readFiguresCsv, tableProblem, type Conversion } from './figures-csv';
import { migrate } from '../format/migrate';
import { parseDataText, parseJson, validateData, type ParseResult } from '../format/parse';
import { figureSchema, type Figure } from '../format/schema';
import { SCHEMA_VERSION } from '../format/vocabulary';
import type { DataProblem } from '../format/problems';
import { checkReferences } from '../format/references';

/** Where a file of the result came from. */
export type FileOrigin = 'given' | 'published' | 'missing';

export interface DatasetRead {
  /** The dataset, when every file is there and there is no problem at all. */
  data: DataFiles | null;
  problems: DataProblem[];
  origin: Record<DataKey, FileOrigin>;
  /** Whether the figures were given as figures.csv. */
  figuresFromCsv: boolean;
  /** Cells of figures.csv written as people write them (55.37亿), and what they were read as. */
  conversions: Conversion[];
}

/** Cells whose unit word (人, 元…) is not the unit of their indicator: 8841人 given for an output value. */
function unitMismatches(conversions: readonly Conversion[], dataset: DataFiles['dataset'] | undefined): DataProblem[] {
  if (!dataset) return [];
  return conversions.flatMap((c) => {
    const unit = dataset.indicators.find((i) => i.id === c.indicator)?.unit;
    if (!unit || !c.units || c.units.includes(unit)) return [];
    return [
      {
        ...tableProblem(
          c.row,
          `"${c.written}" is in ${c.units.join(' or ')}, the indicator "${c.indicator}" in ${unit}`,
          c.column,
        ),
        detail: { what: 'unit-mismatch' as const, found: c.units.join('/'), expected: unit, field: c.column },
      },
    ];
  });
}

interface FiguresRead {
  result: ParseResult<'figures'>;
  /** Tells a problem in the figures by row and column, for a CSV. */
  locate: (p: DataProblem) => DataProblem;
  /** The file as parsed, before its schema (to check what can be checked when the schema fails). */
  json: unknown;
  /** For a CSV: cells written as people write them (55.37亿), and problems in how they were written. */
  conversions: Conversion[];
  written: DataProblem[];
}

/**
 * The figures, from figures.json or figures.csv; `halfway` is called once a table is read, before
 * its checks (the other half of the work).
 */
function readFigures(files: ReadonlyMap<string, string>, halfway: () => void): FiguresRead {
  const csv = files.get(FIGURES_CSV);
  if (csv === undefined) {
    // Parsed once: the same JSON serves the schema and, when that fails, the checks still possible.
    const parsed = parseJson('figures', files.get(FILE_NAMES.figures) ?? '');
    const result = parsed.ok ? validateData('figures', parsed.json) : parsed;
    return { result, locate: (p) => p, json: parsed.ok ? parsed.json : null, conversions: [], written: [] };
  }
  const read = readFiguresCsv(csv);
  halfway();
  if (!read.ok) return { result: read, locate: (p) => p, json: null, conversions: [], written: [] };
  const checked = validateData('figures', read.json);
  return {
    result: checked.ok ? checked : { ok: false, problems: checked.problems.map(read.locate) },
    locate: read.locate,
    json: read.json,
    conversions: read.conversions,
    written: read.problems,
  };
}

/**
 * The references of the figures that pass their own schema, when the file as a whole does not:
 * so that a maintainer sees an unknown town or article in the same pass as the other mistakes.
 */
function referencesOfValidFigures(json: unknown, loaded: Partial<DataFiles>): DataProblem[] {
  const items = (migrate('figures', json) as { figures?: unknown } | null)?.figures;
  if (!Array.isArray(items)) return [];
  const valid: { figure: Figure; index: number }[] = [];
  items.forEach((item, index) => {
    const checked = figureSchema.safeParse(item);
    if (checked.success) valid.push({ figure: checked.data, index });
  });
  const figures = { schemaVersion: SCHEMA_VERSION, figures: valid.map((v) => v.figure) } as const;
  return checkReferences({ ...loaded, figures })
    .filter((p) => p.file === FILE_NAMES.figures)
    .map((p) => ({
      ...p,
      path: p.path.replace(/^figures\[(\d+)\]/, (_, i: string) => `figures[${valid[Number(i)]?.index ?? i}]`),
    }));
}

/**
 * Reads and checks a dataset. Files not given are taken from `published` when it has them (the
 * app's preview: "a CSV of figures plus the rest"), else reported missing.
 */
export function readDataset(
  files: ReadonlyMap<string, string>,
  published: Partial<DataFiles> = {},
  /** Called after each file is checked, with the characters checked so far and in all. */
  progress: (done: number, total: number) => void = () => {},
): DatasetRead {
  const problems: DataProblem[] = [];
  const loaded: Partial<DataFiles> = {};
  const figuresFromCsv = files.has(FIGURES_CSV);
  if (figuresFromCsv && files.has(FILE_NAMES.figures))
    problems.push({
      kind: 'schema',
      file: FIGURES_CSV,
      path: '',
      message: `give the figures either as ${FILE_NAMES.figures} or as ${FIGURES_CSV}, not both`,
    });
  const originOf = (key: DataKey): FileOrigin =>
    files.has(FILE_NAMES[key]) || (key === 'figures' && figuresFromCsv)
      ? 'given'
      : published[key]
        ? 'published'
        : 'missing';
  const origin = perFile<Record<DataKey, FileOrigin>>(originOf);

  const take = <K extends DataKey>(key: K, result: ParseResult<K>) => {
    if (result.ok) Object.assign(loaded, { [key]: result.data });
    else problems.push(...result.problems);
  };
  let figuresRead: FiguresRead | null = null;
  const total = [...files.values()].reduce((sum, text) => sum + text.length, 0);
  let done = 0;
  for (const key of DATA_KEYS) {
    if (origin[key] === 'given') {
      if (key === 'figures') {
        const size = files.get(FIGURES_CSV)?.length ?? 0;
        figuresRead = readFigures(files, () => progress(done + size / 2, total));
        take('figures', figuresRead.result);
      } else take(key, parseDataText(key, files.get(FILE_NAMES[key]) ?? ''));
      done +=
        (key === 'figures' ? files.get(FIGURES_CSV) : undefined)?.length ?? files.get(FILE_NAMES[key])?.length ?? 0;
      progress(done, total);
    } else if (origin[key] === 'published') {
      Object.assign(loaded, { [key]: published[key] });
    } else {
      problems.push({
        kind: 'unreachable',
        file: FILE_NAMES[key],
        path: '',
        message: 'could not be read (file not found)',
      });
    }
  }
  if (figuresRead) problems.push(...figuresRead.written, ...unitMismatches(figuresRead.conversions, loaded.dataset));
  const references = checkReferences(loaded);
  // Figures that failed their schema: the references of those that pass are checked all the same.
  if (figuresRead && !figuresRead.result.ok) references.push(...referencesOfValidFigures(figuresRead.json, loaded));
  // Reference problems in figures read from the CSV are told by row and column too.
  const locate = figuresRead?.locate ?? ((p: DataProblem) => p);
  problems.push(...references.map((p) => (p.file === FILE_NAMES.figures ? locate(p) : p)));
  return {
    data: problems.length === 0 ? completeDataset(loaded) : null,
    problems,
    origin,
    figuresFromCsv,
    conversions: figuresRead?.conversions ?? [],
  };
}
