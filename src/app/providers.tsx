import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { DatasetProvider } from '../data/loading/use-dataset';
import { ViewProvider } from '../state/view';

export function Providers({ children }: { children: ReactNode }) {
  // Created once per app, not per render.
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } }));
  return (
    <QueryClientProvider client={client}>
      <DatasetProvider>
        <ViewProvider>{children}</ViewProvider>
      </DatasetProvider>
    </QueryClientProvider>
  );
}
