import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { DatasetProvider } from '../data/loading/use-dataset';
import { ViewProvider } from '../state/view';

/** The app's query cache (one per page; the build's baking makes one per page it renders). */
export const newQueryClient = () => new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });

/**
 * What every part of the app reads: the query cache (holding the data files as they arrive, or
 * given them already: src/bake), the dataset, the view. `bakedSearch`: see ViewProvider.
 */
export function Providers({
  client,
  bakedSearch,
  children,
}: {
  client: QueryClient;
  bakedSearch?: string;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={client}>
      <DatasetProvider>
        <ViewProvider bakedSearch={bakedSearch}>{children}</ViewProvider>
      </DatasetProvider>
    </QueryClientProvider>
  );
}
