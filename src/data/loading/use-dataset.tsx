/**
 * The dashboard's data: every file that is ready (checked against its schema and against the
 * other files), the problems of every file that failed, and the index its towns, figures and
 * articles are read through. Cross-file reference problems turn the referring file into a failed one, so each
 * panel only ever sees checked data, and a panel whose files are fine keeps working when others
 * fail. Panels take their data through a DataGate (ui/data-gate), which renders them only with
 * the files they asked for.
 */
import { useQueries, useQueryClient, type QueryObserverResult } from '@tanstack/react-query';
import {
  createContext,
  startTransition,
  useCallback,
  useContext,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { createDatasetIndex, type DatasetIndex } from '../domain/dataset-index';
import { DATA_KEYS, FILE_NAMES, type DataFiles, type DataKey } from '../format/files';
import { DataFileError, type DataProblem } from '../format/problems';
import { dataFileQuery } from './queries';
import { checkReferences } from '../format/references';

/** The data files and, derived from towns, figures and articles, the index they are read through. */
export type ReadyFiles = DataFiles & { index: DatasetIndex };
/** What a panel can ask for: a data file, or the index (which holds the towns, figures and articles). */
export type ReadyKey = keyof ReadyFiles;

/** The files a ready key stands for: itself, or towns, figures and articles for the index. */
export function filesOf(key: ReadyKey): readonly DataKey[] {
  return key === 'index' ? ['towns', 'figures', 'articles'] : [key];
}

export interface DatasetState {
  /** Every file that is ready, and the index once towns, figures and articles are. */
  ready: Partial<ReadyFiles>;
  /** The problems of each file that failed; a file in neither list is still loading. */
  failed: Partial<Record<DataKey, DataProblem[]>>;
}

/** Whether file `key` is still loading: neither ready nor failed. */
export function stillLoading({ ready, failed }: DatasetState, key: DataKey): boolean {
  return !ready[key] && !failed[key];
}

/** A dataset read from the reader's own files, shown instead of the published one (nothing is uploaded). */
export interface LocalPreview {
  data: DataFiles;
  /** The files the reader gave (the rest came from the published dataset). */
  given: string[];
}

interface DatasetContextValue extends DatasetState {
  retry: (keys: readonly DataKey[]) => void;
  /** The published files that have loaded: what a local preview takes for files it does not give. */
  published: Partial<DataFiles>;
  preview: LocalPreview | null;
  /** Shows a local dataset everywhere; null returns to the published one. */
  setPreview: (preview: LocalPreview | null) => void;
}

const DatasetContext = createContext<DatasetContextValue | null>(null);
const NO_FAILURES: DatasetState['failed'] = {};

interface Loaded {
  files: Partial<DataFiles>;
  failed: DatasetState['failed'];
}

/** The files' query results (in DATA_KEYS order) as one dataset and its failures. */
function combine(results: QueryObserverResult<Partial<DataFiles>>[]): Loaded {
  const loaded: Loaded = { files: {}, failed: {} };
  results.forEach(({ data, error }, i) => {
    const key = DATA_KEYS[i];
    if (!key) return;
    if (data) Object.assign(loaded.files, data);
    else if (error)
      loaded.failed[key] =
        error instanceof DataFileError
          ? error.problems
          : [{ kind: 'unreachable', file: FILE_NAMES[key], path: '', message: error.message }];
  });
  return loaded;
}

/** The loaded files less those with dangling references, which count as failed with those problems. */
function checked({ files, failed }: Loaded): Loaded {
  const problems = checkReferences(files);
  if (problems.length === 0) return { files, failed };
  const result: Loaded = { files: {}, failed: { ...failed } };
  for (const key of DATA_KEYS) {
    const own = problems.filter((p) => p.file === FILE_NAMES[key]);
    if (own.length > 0) result.failed[key] = own;
    else Object.assign(result.files, { [key]: files[key] });
  }
  return result;
}

/**
 * The index of these towns, figures and articles, made once per trio of files: kept across
 * providers too, for the build's baking renders one page per town from the same files (src/bake),
 * and the rankings it keeps in the query cache are keyed by the index.
 */
const indexes = new WeakMap<object, { figures: object; articles: object; index: DatasetIndex }>();
function indexOf(towns: DataFiles['towns'], figures: DataFiles['figures'], articles: DataFiles['articles']) {
  const kept = indexes.get(towns);
  if (kept && kept.figures === figures && kept.articles === articles) return kept.index;
  const index = createDatasetIndex(towns.towns, figures.figures, articles.articles);
  indexes.set(towns, { figures, articles, index });
  return index;
}

/** The files with the index of their towns, figures and articles. */
function useWithIndex(files: Partial<DataFiles>): Partial<ReadyFiles> {
  const { towns, figures, articles } = files;
  const index = useMemo(
    () => (towns && figures && articles ? indexOf(towns, figures, articles) : undefined),
    [towns, figures, articles],
  );
  return useMemo(() => (index ? { ...files, index } : files), [files, index]);
}

export function DatasetProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const loaded = useQueries({ queries: DATA_KEYS.map((key) => dataFileQuery(key)), combine });
  const published = useMemo(() => checked(loaded), [loaded]);
  const [preview, setPreview] = useState<LocalPreview | null>(null);
  const ready = useWithIndex(preview ? preview.data : published.files);
  const failed = preview ? NO_FAILURES : published.failed;

  const retry = useCallback(
    (keys: readonly DataKey[]) => {
      for (const key of keys) void client.resetQueries({ queryKey: dataFileQuery(key).queryKey });
    },
    [client],
  );

  const now = useMemo(
    () => ({ ready, failed, retry, published: published.files, preview, setPreview }),
    [ready, failed, retry, published, preview],
  );
  // The panels see a file once React can render them in parts: the queries answer in a render that
  // may not be split (an external store's), and with thousands of towns the panels' first render
  // with the data takes longer than a task may on a slow phone. A deferred value's render yields.
  const value = useDeferredValue(now);
  return <DatasetContext.Provider value={value}>{children}</DatasetContext.Provider>;
}

/**
 * Its children see a new dataset (a file arrived) one render after the rest of the page: the
 * panels outside (the header, the headline figures) are drawn with it first, these in a render
 * of their own, a transition. With thousands of towns, drawing every panel with the figures takes
 * a slow phone over a second, and the headline figures waited for all of it. The dataset it
 * starts with is shown at once, so that a page drawn in one go stays so.
 */
export function DrawnAfterwards({ children }: { children: ReactNode }) {
  const now = useDataset();
  const [shown, setShown] = useState(now);
  useEffect(() => {
    if (shown !== now) startTransition(() => setShown(now));
  }, [now, shown]);
  return <DatasetContext.Provider value={shown}>{children}</DatasetContext.Provider>;
}

export function useDataset(): DatasetContextValue {
  const value = useContext(DatasetContext);
  if (!value) throw new Error('useDataset must be used inside <DatasetProvider>');
  return value;
}

/**
 * The files that are ready now, for what can do without some of them (a panel that shows town
 * names where towns.json has loaded, and ids where it has not). A panel that needs a file takes
 * it through a DataGate.
 */
export function useLoadedFiles(): Partial<ReadyFiles> {
  return useDataset().ready;
}
