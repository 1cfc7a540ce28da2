/**
 * Data management for the people who keep the figures current, without a server: load a dataset
 * from local files (picked, a folder, or dropped), checked in the browser with every problem by
 * file, row and field; preview it across the whole dashboard; export the dataset as a ZIP of JSON
 * files and the figures as CSV (the same format it reads), or a CSV template. Nothing is uploaded.
 */
import { useId, useState, type DragEvent, type ReactNode } from 'react';
import { downloadBlob } from '../../charts/download';
import { DATA_KEYS, FILE_NAMES, type DataFiles } from '../../data/files';
import { FIGURES_CSV, figuresTable, figuresToCsv, NUMBER_COLUMNS, type Conversion } from '../../data/figures-csv';
import { figuresWorkbook, isZip, unzipFile } from '../../data/workbook';
import { formatProblem, type DataProblem } from '../../data/problems';
import { problemText } from './problem-text';
import { completeDataset, readDataset, type DatasetRead } from '../../data/read-dataset';
import { useDataset } from '../../data/use-dataset';
import { zipFiles } from '../../data/zip';
import { useI18n } from '../../i18n/i18n';
import { fill } from '../../i18n/messages';
import { useSetView } from '../../state/view';
import {
  givenName,
  recogniseFiles,
  stopsCheck,
  type GivenContent,
  type GivenFile,
  type Recognised,
  type Refusal,
} from '../../data/recognise';
import { SCHEMA_VERSION, type Indicator } from '../../data/schema';
import { unitLabel } from '../../i18n/format';
import type { Messages } from '../../i18n/messages';

interface Loaded {
  recognised: Recognised;
  read: DatasetRead;
}

/**
 * The files' contents. From a folder, only its own files count (not those of folders inside it,
 * such as a backup copy), so that one name means one file. A workbook (.xlsx) gives its figures
 * sheet as text; a ZIP of data files (this page's own export) gives the files it holds.
 */
async function readFiles(list: readonly File[]): Promise<GivenContent[]> {
  const own = list.filter((file) => (file.webkitRelativePath.match(/\//g) ?? []).length <= 1);
  const read = await Promise.all(
    own.map(async (file): Promise<GivenContent[]> => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (!isZip(bytes)) return [{ name: file.name, bytes }];
      const unzipped = await unzipFile(bytes);
      if (unzipped.kind === 'workbook') return [{ name: file.name, sheet: unzipped.sheet, text: unzipped.text }];
      if (unzipped.kind === 'archive')
        return unzipped.files.map((entry) => ({ name: `${file.name}/${entry.name}`, bytes: entry.bytes }));
      return [{ name: file.name, bytes }];
    }),
  );
  return read.flat();
}

/** What a refused file's message says, in the page's language. */
function refusalText(t: Messages, refusal: Refusal): string {
  switch (refusal.reason) {
    case 'unknown-json':
      return fill(t.dataRefused[refusal.reason], { keys: refusal.keys.join(', ') || '—' });
    case 'unknown-csv':
      return fill(t.dataRefused[refusal.reason], { columns: refusal.columns.join(', ') || '—' });
    case 'newer-version':
      return fill(t.dataRefused[refusal.reason], { version: refusal.version, current: SCHEMA_VERSION });
    case 'same-kind':
      return fill(t.dataRefused[refusal.reason], {
        others: refusal.others.join(', '),
        kind: t.dataFileKind[refusal.kind],
      });
    default:
      return t.dataRefused[refusal.reason];
  }
}

/** Each given file: what it was recognised as and in which encoding it was read, or why it was refused. */
function GivenFiles({ given }: { given: readonly GivenFile[] }) {
  const { t } = useI18n();
  return (
    <ul className="given-files">
      {given.map((file, i) => (
        <li key={i} className={file.refusal ? 'refused' : undefined}>
          <code>{file.name}</code>:{' '}
          {file.refusal
            ? refusalText(t, file.refusal)
            : file.kind &&
              (file.sheet !== undefined
                ? fill(t.dataRecognisedSheet, { kind: t.dataFileKind[file.kind], sheet: file.sheet })
                : file.encoding &&
                  fill(t.dataRecognised, { kind: t.dataFileKind[file.kind], encoding: t.dataEncoding[file.encoding] }))}
        </li>
      ))}
    </ul>
  );
}

const isFile = (entry: FileSystemEntry): entry is FileSystemFileEntry => entry.isFile;
const isDirectory = (entry: FileSystemEntry): entry is FileSystemDirectoryEntry => entry.isDirectory;
const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

/** A dropped folder's own entries (the browser hands them over in batches). */
async function entriesOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/** What was dropped: files, and the files of a dropped folder (not of folders inside it). */
async function droppedFiles(transfer: DataTransfer): Promise<File[]> {
  const entries = [...transfer.items].flatMap((item) => {
    const entry = item.webkitGetAsEntry();
    return entry ? [entry] : [];
  });
  if (entries.length === 0) return [...transfer.files];
  const files: File[] = [];
  for (const entry of entries) {
    if (isFile(entry)) files.push(await fileOf(entry));
    else if (isDirectory(entry))
      for (const child of await entriesOf(entry)) if (isFile(child)) files.push(await fileOf(child));
  }
  return files;
}

/** The dataset as the files it is made of, JSON as the published files are written. */
function datasetTexts(data: DataFiles): Map<string, string> {
  return new Map(DATA_KEYS.map((key) => [FILE_NAMES[key], `${JSON.stringify(data[key], null, 2)}\n`]));
}

/** One problem: where, what, found, expected, suggestion in the page's language; the checks' own words below. */
function ProblemItem({ problem }: { problem: DataProblem }) {
  const { t, lang, list } = useI18n();
  const { where, parts } = problemText(t, problem, list, lang);
  const joined = parts.join(lang === 'zh' ? '；' : '; ');
  const end = /[?？]$/.test(joined) ? '' : lang === 'zh' ? '。' : '.';
  return (
    <li>
      <strong>{where}</strong>
      {lang === 'zh' ? '：' : ': '}
      {joined}
      {end}
      <details>
        <summary>{t.problemTechnical}</summary>
        <code lang="en">{formatProblem(problem)}</code>
      </details>
    </li>
  );
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** Cells written as people write them (55.37亿, 近20万人) and what they were read as, for the maintainer to see. */
function Conversions({
  conversions,
  indicators,
}: {
  conversions: readonly Conversion[];
  indicators: readonly Indicator[];
}) {
  const { t, lang } = useI18n();
  if (conversions.length === 0) return null;
  return (
    <section className="conversions" aria-labelledby="conversions-title">
      <h4 id="conversions-title">{fill(t.dataConversions, { count: conversions.length })}</h4>
      <ul className="all-problems" tabIndex={0} aria-labelledby="conversions-title">
        {conversions.map((c, i) => {
          const unit = indicators.find((indicator) => indicator.id === c.indicator)?.unit;
          const range = c.upper === undefined ? '' : `${t.dataRangeTo}${grouped.format(c.upper)}`;
          return (
            <li key={i}>
              {fill(t.problemWhere.row, { row: c.row })} · {c.column}: {c.written} → {grouped.format(c.value)}
              {range} {unit ? unitLabel(unit, lang) : ''}
              {c.qualifier && ` · ${t.qualifierLabel} ${c.qualifier}`}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function LoadResult({ loaded, onPreview }: { loaded: Loaded; onPreview: () => void }) {
  const { t } = useI18n();
  const { published } = useDataset();
  const { read, recognised } = loaded;
  const byFile = new Map<string, DataProblem[]>();
  for (const p of read.problems) {
    const file = givenName(recognised, p.file);
    byFile.set(file, [...(byFile.get(file) ?? []), p]);
  }
  const refused = recognised.given.filter(stopsCheck).length;
  // Checked only when some file given is used, none meant as data was refused, and the dataset has no problem.
  const none = usedNames(recognised).length === 0;
  const data = refused === 0 && !none ? read.data : null;
  const count = read.problems.length + refused;
  return (
    <div className="load-result">
      <GivenFiles given={recognised.given} />
      <Conversions
        conversions={read.conversions}
        indicators={(read.data?.dataset ?? published.dataset)?.indicators ?? []}
      />
      <ul className="file-origins">
        {DATA_KEYS.map((key) => (
          <li key={key}>
            <code>
              {givenName(recognised, key === 'figures' && read.figuresFromCsv ? FIGURES_CSV : FILE_NAMES[key])}
            </code>
            : {t.dataOrigin[read.origin[key]]}
          </li>
        ))}
      </ul>
      {data ? (
        <>
          <p className="data-valid" role="status">
            {fill(t.dataValid, {
              towns: data.towns.towns.length,
              figures: data.figures.figures.length,
              articles: data.articles.articles.length,
            })}
          </p>
          <button type="button" onClick={onPreview}>
            {t.dataPreview}
          </button>
        </>
      ) : (
        <div className="data-error" role="alert">
          <p className="data-error-title">
            <strong>{count > 0 ? fill(t.dataInvalid, { count }) : t.dataNoneUsed}</strong>
          </p>
          {refused > 0 && <p>{fill(t.dataRefusedCount, { count: refused })}</p>}
          {none && count > 0 && <p>{t.dataNoneUsed}</p>}
          {[...byFile].map(([file, problems]) => (
            <section key={file} aria-label={file}>
              <h4>
                <code>{file}</code> · {fill(t.dataProblemsInFile, { count: problems.length })}
              </h4>
              {/* Every problem, in a list that scrolls (and takes keyboard focus to scroll) when long. */}
              <ul className="data-error-problems all-problems" tabIndex={0} aria-label={file}>
                {problems.map((problem, i) => (
                  <ProblemItem key={i} problem={problem} />
                ))}
              </ul>
            </section>
          ))}
          <p>{t.dataPublishedIntact}</p>
        </div>
      )}
    </div>
  );
}

/** The names of the files a dataset was loaded from, as they were given (for the preview's banner). */
function usedNames(recognised: Recognised): string[] {
  return recognised.given.filter((file) => file.refusal === null).map((file) => file.name);
}

/** Downloads what `make` gives for the data shown now; disabled while there is none. */
function ExportButton({
  data,
  name,
  make,
  children,
}: {
  data: DataFiles | null;
  name: string;
  make: (data: DataFiles) => Blob | Promise<Blob>;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="secondary"
      disabled={!data}
      onClick={() => data && void Promise.resolve(make(data)).then((blob) => downloadBlob(blob, name))}
    >
      {children}
    </button>
  );
}

export default function DataPage() {
  const { t } = useI18n();
  const setView = useSetView();
  const { published, preview, setPreview } = useDataset();
  const ids = { files: useId(), folder: useId() };
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [dragging, setDragging] = useState(false);
  // Why the files could not be read (a file removed or unreadable since it was chosen), or null.
  const [readError, setReadError] = useState<string | null>(null);

  const load = (files: Promise<readonly File[]>) =>
    files
      .then(async (list) => {
        if (list.length === 0) return;
        const recognised = recogniseFiles(await readFiles(list));
        setReadError(null);
        setLoaded({ recognised, read: readDataset(recognised.texts, published) });
      })
      .catch((error: unknown) => {
        setLoaded(null);
        setReadError(error instanceof Error ? error.message : String(error));
      });
  const pick = (list: FileList | null) => void load(Promise.resolve([...(list ?? [])]));
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void load(droppedFiles(event.dataTransfer));
  };

  // What is shown now (the preview, or the published data) is what is exported.
  const current = preview ? preview.data : completeDataset(published);
  const csv = (text: string) => new Blob([text], { type: 'text/csv;charset=utf-8' });

  return (
    <div className="data-page">
      <p>{t.dataIntro}</p>

      <h3>{t.dataLoadTitle}</h3>
      <p>{t.dataLoadHelp}</p>
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <p>{t.dataDrop}</p>
        <div className="file-pickers">
          <label htmlFor={ids.files}>{t.dataPickFiles}</label>
          <input
            id={ids.files}
            type="file"
            multiple
            accept=".json,.geojson,.csv,.txt,.tsv,.xlsx,.zip"
            onChange={(event) => pick(event.target.files)}
          />
          <label htmlFor={ids.folder}>{t.dataPickFolder}</label>
          <input
            id={ids.folder}
            type="file"
            multiple
            // A folder picker (all current browsers); React has no typed prop for it.
            {...{ webkitdirectory: '' }}
            onChange={(event) => pick(event.target.files)}
          />
        </div>
      </div>
      <p className="muted small">{t.dataNothingUploaded}</p>
      {readError && (
        <p className="data-error" role="alert">
          {fill(t.dataReadFailed, { reason: readError })}
        </p>
      )}
      {loaded && (
        <LoadResult
          loaded={loaded}
          onPreview={() => {
            if (!loaded.read.data) return;
            setPreview({ data: loaded.read.data, given: usedNames(loaded.recognised) });
            setView({ page: 'dashboard', town: null, county: null, compare: [], article: null });
          }}
        />
      )}
      {preview && (
        <p>
          {t.previewActive}{' '}
          <button type="button" className="secondary" onClick={() => setPreview(null)}>
            {t.previewEnd}
          </button>
        </p>
      )}

      <h3>{t.dataExportTitle}</h3>
      <p>{preview ? t.dataExportPreview : t.dataExportPublished}</p>
      <div className="export-buttons">
        <ExportButton
          data={current}
          name="jinzhong-towns-data.zip"
          make={(data) => new Blob([zipFiles(datasetTexts(data))], { type: 'application/zip' })}
        >
          {t.dataExportZip}
        </ExportButton>
        <ExportButton data={current} name={FIGURES_CSV} make={(data) => csv(figuresToCsv(data.figures.figures))}>
          {t.dataExportCsv}
        </ExportButton>
        <ExportButton
          data={current}
          name="figures.xlsx"
          make={(data) => figuresWorkbook(figuresTable(data.figures.figures), NUMBER_COLUMNS)}
        >
          {t.dataExportXlsx}
        </ExportButton>
        <button
          type="button"
          className="secondary"
          onClick={() => downloadBlob(csv(figuresToCsv([])), 'figures-template.csv')}
        >
          {t.dataTemplate}
        </button>
      </div>

      <h3>{t.dataFormatTitle}</h3>
      <p>{t.dataFormatHelp}</p>
    </div>
  );
}
