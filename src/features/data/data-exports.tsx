/** The Data page's exports: the data shown now as a ZIP of its JSON files, the figures as CSV or .xlsx, and a CSV template. */
import { useState, type ReactNode } from 'react';
import { downloadBlob } from '../../charts/download';
import { FIGURES_CSV, figuresTable, figuresToCsv, NUMBER_COLUMNS } from '../../data/exchange/figures-csv';
import { figuresWorkbook } from '../../data/exchange/workbook';
import { zipFiles } from '../../data/exchange/zip';
import { DATA_KEYS, FILE_NAMES, type DataFiles } from '../../data/format/files';
import { useMessages } from '../../i18n/i18n';
import { fill } from '../../i18n/messages';
import { DATA_MESSAGES } from './data-messages';

/** The dataset as the files it is made of, JSON as the published files are written. */
function datasetTexts(data: DataFiles): Map<string, string> {
  return new Map(DATA_KEYS.map((key) => [FILE_NAMES[key], `${JSON.stringify(data[key], null, 2)}\n`]));
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

const csv = (text: string) => new Blob([text], { type: 'text/csv;charset=utf-8' });

/** The export buttons for `current`, the data shown now (the preview, or the published data). */
export function DataExports({ current }: { current: DataFiles | null }) {
  const m = useMessages(DATA_MESSAGES);
  return (
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
  );
}
