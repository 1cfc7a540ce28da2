/**
 * Data management for the people who keep the figures current, without a server: load a dataset
 * from local files (picked, a folder, or dropped; JSON, CSV in any encoding, .xlsx or a ZIP, under
 * any name), checked in a worker with a progress bar and a way to cancel, every problem told by
 * file, row and column in the page's language; preview it across the whole dashboard; export the
 * dataset as a ZIP of JSON files and the figures as CSV or .xlsx, or a CSV template. Nothing is uploaded.
 */
import { useId, useState, type DragEvent } from 'react';
import { completeDataset } from '../../data/format/files';
import { useDataset } from '../../data/loading/use-dataset';
import { useI18n, useMessages } from '../../i18n/i18n';
import { fill } from '../../i18n/messages';
import { useSetView } from '../../state/view';
import { usedNames } from './check-outcome';
import { CheckProgressBar, LoadResult } from './check-result';
import { DataExports } from './data-exports';
import { DATA_MESSAGES } from './data-messages';
import { droppedFiles, readFiles } from './given-files';
import { useCheck } from './use-check';

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
          onPreview={(place) => {
            if (check.state.status !== 'done' || !check.state.result.read.data) return;
            setPreview({ data: check.state.result.read.data, given: usedNames(check.state.result.given) });
            setView({ page: 'dashboard', town: null, county: null, compare: [], article: null, ...place });
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
      <DataExports current={current} />

      <h3>{m.dataFormatTitle}</h3>
      <p>{m.dataFormatHelp}</p>
    </div>
  );
}
