import { queryOptions } from '@tanstack/react-query';
import type { DataKey } from './files';
import { loadDataFile } from './load';
import { DataFileError } from './problems';

/** Query options for one data file. Invalid data is not retried by itself: the user sees why. */
export function dataFileQuery<K extends DataKey>(key: K) {
  return queryOptions({
    queryKey: ['data', key] as const,
    queryFn: ({ signal }) => loadDataFile(key, signal),
    staleTime: Infinity,
    retry: (failures, error) => failures < 1 && error instanceof DataFileError && error.transient,
    retryDelay: 500,
  });
}
