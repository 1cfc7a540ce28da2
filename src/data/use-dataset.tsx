/**
 * The dashboard's data, one state per file: pending, failed (with every problem) or ready.
 * Cross-file reference problems turn the referring file into a failed one, so each panel only
 * ever sees checked data, and a panel whose files are fine keeps working when others fail.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { FILE_NAMES, type DataFiles, type DataKey, type DataOf } from './files';
import { DataFileError, type DataProblem } from './problems';
import { dataFileQuery } from './queries';
import { checkReferences } from './references';

export type FileState<T> =
  { status: 'pending' } | { status: 'error'; problems: DataProblem[] } | { status: 'success'; data: T };

export type DatasetState = { [K in DataKey]: FileState<DataFiles[K]> };

/** A dataset read from the reader's own files, shown instead of the published one (nothing is uploaded). */
export interface LocalPreview {
  data: DataFiles;
  /** The files the reader gave (the rest came from the published dataset). */
  given: string[];
}

interface DatasetContextValue {
  files: DatasetState;
  retry: (keys: readonly DataKey[]) => void;
  /** The published files that have loaded: what a local preview takes for files it does not give. */
  published: Partial<DataFiles>;
  preview: LocalPreview | null;
  /** Shows a local dataset everywhere; null returns to the published one. */
  setPreview: (preview: LocalPreview | null) => void;
}

const DatasetContext = createContext<DatasetContextValue | null>(null);

function useFileState<K extends DataKey>(key: K): FileState<DataOf<K>> {
  const { status, data, error } = useQuery(dataFileQuery(key));
  return useMemo<FileState<DataOf<K>>>(() => {
    if (status === 'success') return { status: 'success', data };
    if (status === 'error') {
      const problems =
        error instanceof DataFileError
          ? error.problems
          : [{ kind: 'unreachable' as const, file: FILE_NAMES[key], path: '', message: error.message }];
      return { status: 'error', problems };
    }
    return { status: 'pending' };
  }, [key, status, data, error]);
}

const dataOf = <T,>(state: FileState<T>): T | undefined => (state.status === 'success' ? state.data : undefined);

export function DatasetProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const dataset = useFileState('dataset');
  const towns = useFileState('towns');
  const figures = useFileState('figures');
  const articles = useFileState('articles');
  const counties = useFileState('counties');
  const cities = useFileState('cities');

  const files = useMemo<DatasetState>(() => {
    const problems = checkReferences({
      dataset: dataOf(dataset),
      towns: dataOf(towns),
      figures: dataOf(figures),
      articles: dataOf(articles),
      counties: dataOf(counties),
      cities: dataOf(cities),
    });
    /** A file with dangling references counts as failed, with those problems. */
    function checked<T>(key: DataKey, state: FileState<T>): FileState<T> {
      const own = problems.filter((p) => p.file === FILE_NAMES[key]);
      return own.length > 0 ? { status: 'error', problems: own } : state;
    }
    return {
      dataset: checked('dataset', dataset),
      towns: checked('towns', towns),
      figures: checked('figures', figures),
      articles: checked('articles', articles),
      counties: checked('counties', counties),
      cities: checked('cities', cities),
    };
  }, [dataset, towns, figures, articles, counties, cities]);

  const retry = useCallback(
    (keys: readonly DataKey[]) => {
      for (const key of keys) void client.resetQueries({ queryKey: dataFileQuery(key).queryKey });
    },
    [client],
  );

  const [preview, setPreview] = useState<LocalPreview | null>(null);
  const published = useMemo<Partial<DataFiles>>(
    () => ({
      dataset: dataOf(files.dataset),
      towns: dataOf(files.towns),
      figures: dataOf(files.figures),
      articles: dataOf(files.articles),
      counties: dataOf(files.counties),
      cities: dataOf(files.cities),
    }),
    [files],
  );
  const shown = useMemo<DatasetState>(() => {
    if (!preview) return files;
    const { dataset, towns, figures, articles, counties, cities } = preview.data;
    const ready = <T,>(data: T): FileState<T> => ({ status: 'success', data });
    return {
      dataset: ready(dataset),
      towns: ready(towns),
      figures: ready(figures),
      articles: ready(articles),
      counties: ready(counties),
      cities: ready(cities),
    };
  }, [files, preview]);

  const value = useMemo(
    () => ({ files: shown, retry, published, preview, setPreview }),
    [shown, retry, published, preview],
  );
  return <DatasetContext.Provider value={value}>{children}</DatasetContext.Provider>;
}

export function useDataset(): DatasetContextValue {
  const value = useContext(DatasetContext);
  if (!value) throw new Error('useDataset must be used inside <DatasetProvider>');
  return value;
}
