/**
 * Checking files given on the Data page, from their bytes to the dataset they make: workbooks and
 * ZIPs opened, each file recognised by its content and decoded, then the whole dataset read and
 * checked. Runs in a Web Worker (src/data/loading/worker/data.worker.ts), so that a 20 MB file never
 * freezes the page; `progress` reports how much of the given text has been dealt with.
 */
import { hasFiles, type DataFiles } from '../format/files';
import { diffDatasets, type DatasetDiff } from './diff-datasets';
import { readDataset, type DatasetRead } from './read-dataset';
import { recogniseFiles, type GivenContent, type GivenFile } from './recognise';
import { isZip, unzipFile } from './workbook';

/** What the page shows: each given file (what it is, or why refused) and the dataset read (the texts stay in the worker). */
export interface CheckResult {
  given: GivenFile[];
  read: DatasetRead;
  /** What the checked dataset changes against the published one (null when either is incomplete). */
  diff: DatasetDiff | null;
}

/** The published files a check compares with (the boundaries too, when loaded). */
const COMPARED = ['dataset', 'towns', 'figures', 'articles'] as const;

/** Done and total, in bytes of the files given; `stage` says what is being done. */
export interface CheckProgress {
  stage: 'open' | 'check';
  done: number;
  total: number;
}

/** A workbook gives its figures sheet as text; a ZIP of data files gives the files it holds. */
async function opened(file: { name: string; bytes: Uint8Array }): Promise<GivenContent[]> {
  if (!isZip(file.bytes)) return [file];
  const unzipped = await unzipFile(file.bytes);
  if (unzipped.kind === 'workbook') return [{ name: file.name, sheet: unzipped.sheet, text: unzipped.text }];
  if (unzipped.kind === 'archive')
    return unzipped.files.map((entry) => ({ name: `${file.name}/${entry.name}`, bytes: entry.bytes }));
  return [file];
}

export async function checkFiles(
  files: readonly { name: string; bytes: Uint8Array }[],
  published: Partial<DataFiles>,
  progress: (p: CheckProgress) => void = () => {},
): Promise<CheckResult> {
  const total = files.reduce((sum, file) => sum + file.bytes.length, 0);
  // Opening is quick next to checking: it takes the first tenth of the bar.
  const contents: GivenContent[] = [];
  let done = 0;
  for (const file of files) {
    contents.push(...(await opened(file)));
    done += file.bytes.length;
    progress({ stage: 'open', done: Math.round(done / 10), total });
  }
  const recognised = recogniseFiles(contents);
  const read = readDataset(recognised.texts, published, (checked, all) =>
    progress({ stage: 'check', done: Math.round(total / 10 + (checked / Math.max(all, 1)) * total * 0.9), total }),
  );
  const diff =
    hasFiles(published, COMPARED) && read.data && read.problems.length === 0
      ? diffDatasets(published, read.data)
      : null;
  return { given: recognised.given, read, diff };
}
