/**
 * Data management for the people who keep the figures current, without a server: load a dataset
 * from local files (picked, a folder, or dropped), checked in the browser with every problem by
 * file, row and field; preview it across the whole dashboard; export the dataset as a ZIP of JSON
 * files and the figures as CSV (the same format it reads), or a CSV template. Nothing is uploaded.
 */
import { useId, useState, type DragEvent } from 'react';
import { downloadBlob } from '../../charts/download';
import { DATA_KEYS, FILE_NAMES, type DataFiles } from '../../data/files';
import { FIGURES_CSV, figuresToCsv } from '../../data/figures-csv';
import { formatProblem } from '../../data/problems';
import { completeDataset, readDataset, type DatasetRead } from '../../data/read-dataset';
import { useDataset } from '../../data/use-dataset';
import { zipFiles } from '../../data/zip';
import { useI18n } from '../../i18n/i18n';
import { fill } from '../../i18n/messages';
import { useSetView } from '../../state/view';

interface Loaded {
  names: string[];
  read: DatasetRead;
}

/**
 * The files' texts by name. From a folder, only its own files count (not those of folders inside
 * it, such as a backup copy), so that one name means one file.
 */
async function readFiles(list: readonly File[]): Promise<Map<string, string>> {
  const own = list.filter((file) => (file.webkitRelativePath.match(/\//g) ?? []).length <= 1);
  const entries = await Promise.all(own.map(async (file): Promise<[string, string]> => [file.name, await file.text()]));
  return new Map(entries);
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

function LoadResult({ loaded, onPreview }: { loaded: Loaded; onPreview: () => void }) {
  const { t } = useI18n();
  const { read } = loaded;
  const byFile = new Map<string, string[]>();
  for (const p of read.problems) {
    const lines = byFile.get(p.file) ?? [];
    lines.push(formatProblem(p).slice(p.file.length + 2));
    byFile.set(p.file, lines);
  }
  const data = read.data;
  return (
    <div className="load-result">
      <p>{fill(t.dataGiven, { files: loaded.names.join(', ') })}</p>
      <ul className="file-origins">
        {DATA_KEYS.map((key) => (
          <li key={key}>
            <code>
              {key === 'figures' && read.origin.figures === 'given' && loaded.names.includes(FIGURES_CSV)
                ? FIGURES_CSV
                : FILE_NAMES[key]}
            </code>
            : {t.dataOrigin[read.origin[key]]}
          </li>
        ))}
      </ul>
      {read.ignored.length > 0 && (
        <p className="muted small">{fill(t.dataIgnored, { files: read.ignored.join(', ') })}</p>
      )}
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
            <strong>{fill(t.dataInvalid, { count: read.problems.length })}</strong>
          </p>
          {[...byFile].map(([file, lines]) => (
            <section key={file} aria-label={file}>
              <h4>
                <code>{file}</code> · {fill(t.dataProblemsInFile, { count: lines.length })}
              </h4>
              {/* Every problem, in a list that scrolls (and takes keyboard focus to scroll) when long. */}
              <ul className="data-error-problems all-problems" tabIndex={0} aria-label={file}>
                {lines.map((line, i) => (
                  <li key={i}>
                    <code lang="en">{line}</code>
                  </li>
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
        const texts = await readFiles(list);
        setReadError(null);
        setLoaded({ names: [...texts.keys()], read: readDataset(texts, published) });
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
            accept=".json,.geojson,.csv"
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
            setPreview({ data: loaded.read.data, given: loaded.names });
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
        <button
          type="button"
          className="secondary"
          disabled={!current}
          onClick={() =>
            current &&
            downloadBlob(
              new Blob([zipFiles(datasetTexts(current))], { type: 'application/zip' }),
              'jinzhong-towns-data.zip',
            )
          }
        >
          {t.dataExportZip}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={!current}
          onClick={() => current && downloadBlob(csv(figuresToCsv(current.figures.figures)), FIGURES_CSV)}
        >
          {t.dataExportCsv}
        </button>
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
