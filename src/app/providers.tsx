import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { DatasetProvider } from '../data/use-dataset';

export function Providers({ children }: { children: ReactNode }) {
  // Created once per app, not per render.
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } }));
  return (
    <QueryClientProvider client={client}>
      <DatasetProvider>{children}</DatasetProvider>
    </QueryClientProvider>
  );
}
