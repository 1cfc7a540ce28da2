/**
 * Data management for the people who keep the figures current, without a server: load a dataset
 * from local files (picked, a folder, or dropped; JSON, CSV in any encoding, .xlsx or a ZIP, under
 * any name), checked in a worker with a progress bar and a way to cancel, every problem told by
 * file, row and column in the page's language; preview it across the whole dashboard; export the
 * dataset as a ZIP of JSON files and the figures as CSV or .xlsx, or a CSV template. Nothing is uploaded.
 */
import { useId, useState, type DragEvent, type ReactNode } from 'react';
import { downloadBlob } from '../../charts/download';
import type { CheckProgress, CheckResult } from '../../data/exchange/check-files';
import { completeDataset, DATA_KEYS, FILE_NAMES, type DataFiles } from '../../data/format/files';
import {
  FIGURES_CSV,
  figuresTable,
  figuresToCsv,
  NUMBER_COLUMNS,
  type Conversion,
} from '../../data/exchange/figures-csv';
import { formatProblem, type DataProblem } from '../../data/format/problems';
import { givenName, stopsCheck, type GivenFile } from '../../data/exchange/recognise';
import type { Indicator } from '../../data/format/schema';
import { useDataset } from '../../data/loading/use-dataset';
import { figuresWorkbook } from '../../data/exchange/workbook';
import { zipFiles } from '../../data/exchange/zip';
import { unitLabel } from '../../i18n/format';
import { useI18n, useMessages } from '../../i18n/i18n';
import { DATA_MESSAGES } from './data-messages';
import { fill } from '../../i18n/messages';
import { useSetView } from '../../state/view';
import { problemText, refusalText } from './problem-text';
import { useCheck } from './use-check';

/**
 * The files' contents. From a folder, only its own files count (not those of folders inside it,
 * such as a backup copy), so that one name means one file. Opening workbooks and ZIPs, and the
 * checks, happen in the worker (see use-check.ts).
 */
async function readFiles(list: readonly File[]): Promise<{ name: string; bytes: Uint8Array }[]> {
  const own = list.filter((file) => (file.webkitRelativePath.match(/\//g) ?? []).length <= 1);
  return Promise.all(own.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

/** While a check runs: how far it is, and a way to stop it. */
function CheckProgressBar({ progress, onCancel }: { progress: CheckProgress | null; onCancel: () => void }) {
  const m = useMessages(DATA_MESSAGES);
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <div className="check-progress" role="status">
      <label>
        {fill(m.dataChecking, { percent })}
        <progress max={100} value={percent} />
      </label>
      <button type="button" className="secondary" onClick={onCancel}>
        {m.dataCancel}
      </button>
    </div>
  );
}

/** Each given file: what it was recognised as and in which encoding it was read, or why it was refused. */
function GivenFiles({ given }: { given: readonly GivenFile[] }) {
  const m = useMessages(DATA_MESSAGES);
  return (
    <ul className="given-files">
      {given.map((file, i) => (
        <li key={i} className={file.refusal ? 'refused' : undefined}>
          <code>{file.name}</code>:{' '}
          {file.refusal
            ? refusalText(m, file.refusal)
            : file.kind &&
              (file.sheet !== undefined
                ? fill(m.dataRecognisedSheet, { kind: m.dataFileKind[file.kind], sheet: file.sheet })
                : file.encoding &&
                  fill(m.dataRecognised, { kind: m.dataFileKind[file.kind], encoding: m.dataEncoding[file.encoding] }))}
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

/** How many problems of one file are listed at most. */
const MAX_LISTED = 1000;

/** One problem: where, what, found, expected, suggestion in the page's language; the checks' own words below. */
function ProblemItem({ problem }: { problem: DataProblem }) {
  const { lang, list } = useI18n();
  const m = useMessages(DATA_MESSAGES);
  const { where, parts } = problemText(m, problem, list, lang);
  const joined = parts.join(lang === 'zh' ? '；' : '; ');
  const end = /[?？]$/.test(joined) ? '' : lang === 'zh' ? '。' : '.';
  return (
    <li>
      <strong>{where}</strong>
      {lang === 'zh' ? '：' : ': '}
      {joined}
      {end}
      <details>
        <summary>{m.problemTechnical}</summary>
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
  const m = useMessages(DATA_MESSAGES);
  if (conversions.length === 0) return null;
  return (
    <section className="conversions" aria-labelledby="conversions-title">
      <h4 id="conversions-title">{fill(m.dataConversions, { count: conversions.length })}</h4>
      <ul className="all-problems" tabIndex={0} aria-labelledby="conversions-title">
        {conversions.map((c, i) => {
          const unit = indicators.find((indicator) => indicator.id === c.indicator)?.unit;
          const range = c.upper === undefined ? '' : `${m.dataRangeTo}${grouped.format(c.upper)}`;
          return (
            <li key={i}>
              {fill(m.problemWhere.row, { row: c.row })} · {c.column}: {c.written} → {grouped.format(c.value)}
              {range} {unit ? unitLabel(unit, lang) : ''}
              {c.qualifier && ` · ${t.qualifierLabel} ${c.qualifier}`}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function LoadResult({ loaded, onPreview }: { loaded: CheckResult; onPreview: () => void }) {
  const m = useMessages(DATA_MESSAGES);
  const { published } = useDataset();
  const { read, given } = loaded;
  const byFile = new Map<string, DataProblem[]>();
  for (const p of read.problems) {
    const file = givenName(given, p.file);
    byFile.set(file, [...(byFile.get(file) ?? []), p]);
  }
  const refused = given.filter(stopsCheck).length;
  // Checked only when some file given is used, none meant as data was refused, and the dataset has no problem.
  const none = usedNames(given).length === 0;
  const data = refused === 0 && !none ? read.data : null;
  const count = read.problems.length + refused;
  return (
    <div className="load-result">
      <GivenFiles given={given} />
      <Conversions
        conversions={read.conversions}
        indicators={(read.data?.dataset ?? published.dataset)?.indicators ?? []}
      />
      <ul className="file-origins">
        {DATA_KEYS.map((key) => (
          <li key={key}>
            <code>{givenName(given, key === 'figures' && read.figuresFromCsv ? FIGURES_CSV : FILE_NAMES[key])}</code>:{' '}
            {m.dataOrigin[read.origin[key]]}
          </li>
        ))}
      </ul>
      {data ? (
        <>
          <p className="data-valid" role="status">
            {fill(m.dataValid, {
              towns: data.towns.towns.length,
              figures: data.figures.figures.length,
              articles: data.articles.articles.length,
            })}
          </p>
          <button type="button" onClick={onPreview}>
            {m.dataPreview}
          </button>
        </>
      ) : (
        <div className="data-error" role="alert">
          <p className="data-error-title">
            <strong>{count > 0 ? fill(m.dataInvalid, { count }) : m.dataNoneUsed}</strong>
          </p>
          {refused > 0 && <p>{fill(m.dataRefusedCount, { count: refused })}</p>}
          {none && count > 0 && <p>{m.dataNoneUsed}</p>}
          {[...byFile].map(([file, problems]) => (
            <section key={file} aria-label={file}>
              <h4>
                <code>{file}</code> · {fill(m.dataProblemsInFile, { count: problems.length })}
              </h4>
              {/* The problems, in a list that scrolls (and takes keyboard focus to scroll) when long; beyond
                  a thousand (a big file with one mistake on every row), the count of the rest. */}
              <ul className="data-error-problems all-problems" tabIndex={0} aria-label={file}>
                {problems.slice(0, MAX_LISTED).map((problem, i) => (
                  <ProblemItem key={i} problem={problem} />
                ))}
              </ul>
              {problems.length > MAX_LISTED && (
                <p>{fill(m.dataProblemsMore, { count: problems.length - MAX_LISTED })}</p>
              )}
            </section>
          ))}
          <p>{m.dataPublishedIntact}</p>
        </div>
      )}
    </div>
  );
}

/** The names of the files a dataset was loaded from, as they were given (for the preview's banner). */
function usedNames(given: readonly GivenFile[]): string[] {
  return given.filter((file) => file.refusal === null).map((file) => file.name);
}

/** Downloads what `make` gives for the data shown now; disabled while there is none; says so when it fails. */
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
  const m = useMessages(DATA_MESSAGES);
  const [failed, setFailed] = useState<string | null>(null);
  const download = (current: DataFiles) => {
    setFailed(null);
    Promise.resolve()
      .then(() => make(current))
      .then((blob) => downloadBlob(blob, name))
      .catch((error: unknown) => setFailed(error instanceof Error ? error.message : String(error)));
  };
  return (
    <>
      <button type="button" className="secondary" disabled={!data} onClick={() => data && download(data)}>
        {children}
      </button>
      {failed && (
        <span className="data-error" role="alert">
          {fill(m.dataExportFailed, { file: name, reason: failed })}
        </span>
      )}
    </>
  );
}

export default function DataPage() {
  const { t } = useI18n();
  const m = useMessages(DATA_MESSAGES);
  const setView = useSetView();
  const { published, preview, setPreview } = useDataset();
  const ids = { files: useId(), folder: useId() };
  const [dragging, setDragging] = useState(false);
  const check = useCheck();

  const load = (files: Promise<readonly File[]>) =>
    files
      .then(async (list) => {
        if (list.length === 0) return;
        check.start(await readFiles(list), published);
      })
      // A file removed or unreadable since it was chosen.
      .catch((error: unknown) => check.fail(error instanceof Error ? error.message : String(error)));
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
      <p>{m.dataIntro}</p>

      <h3>{m.dataLoadTitle}</h3>
      <p>{m.dataLoadHelp}</p>
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <p>{m.dataDrop}</p>
        <div className="file-pickers">
          <label htmlFor={ids.files}>{m.dataPickFiles}</label>
          <input
            id={ids.files}
            type="file"
            multiple
            accept=".json,.geojson,.csv,.txt,.tsv,.xlsx,.zip"
            onChange={(event) => pick(event.target.files)}
          />
          <label htmlFor={ids.folder}>{m.dataPickFolder}</label>
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
      <p className="muted small">{m.dataNothingUploaded}</p>
      {check.state.status === 'checking' && (
        <CheckProgressBar progress={check.state.progress} onCancel={check.cancel} />
      )}
      {check.state.status === 'cancelled' && <p role="status">{m.dataCancelled}</p>}
      {check.state.status === 'failed' && (
        <p className="data-error" role="alert">
          {fill(m.dataReadFailed, { reason: check.state.reason })}
        </p>
      )}
      {check.state.status === 'done' && (
        <LoadResult
          loaded={check.state.result}
          onPreview={() => {
            if (check.state.status !== 'done' || !check.state.result.read.data) return;
            setPreview({ data: check.state.result.read.data, given: usedNames(check.state.result.given) });
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

      <h3>{m.dataExportTitle}</h3>
      <p>{preview ? m.dataExportPreview : m.dataExportPublished}</p>
      <div className="export-buttons">
        <ExportButton
          data={current}
          name="jinzhong-towns-data.zip"
          make={(data) => new Blob([zipFiles(datasetTexts(data))], { type: 'application/zip' })}
        >
          {m.dataExportZip}
        </ExportButton>
        <ExportButton data={current} name={FIGURES_CSV} make={(data) => csv(figuresToCsv(data.figures.figures))}>
          {m.dataExportCsv}
        </ExportButton>
        <ExportButton
          data={current}
          name="figures.xlsx"
          make={(data) => figuresWorkbook(figuresTable(data.figures.figures), NUMBER_COLUMNS)}
        >
          {m.dataExportXlsx}
        </ExportButton>
        <button
          type="button"
          className="secondary"
          onClick={() => downloadBlob(csv(figuresToCsv([])), 'figures-template.csv')}
        >
          {m.dataTemplate}
        </button>
      </div>

      <h3>{m.dataFormatTitle}</h3>
      <p>{m.dataFormatHelp}</p>
    </div>
  );
}
