import { queryOptions } from '@tanstack/react-query';
import { FILE_NAMES, type DataFiles, type DataKey } from '../format/files';
import { loadDataFile } from './load';
import { DataFileError } from '../format/problems';

/**
 * Query options for one data file. Its data is the dataset with that one file in it, so that the
 * files' queries all have one type and their results merge into one typed dataset (see
 * use-dataset). Invalid data is not retried by itself: the user sees why.
 */
export function dataFileQuery<K extends DataKey>(key: K) {
  return queryOptions({
    queryKey: ['data', FILE_NAMES[key]] as const,
    queryFn: async ({ signal }): Promise<Partial<DataFiles>> => {
      const slice: Partial<DataFiles> = {};
      slice[key] = await loadDataFile(key, signal);
      return slice;
    },
    staleTime: Infinity,
    retry: (failures, error) => failures < 1 && error instanceof DataFileError && error.transient,
    retryDelay: 500,
  });
}
