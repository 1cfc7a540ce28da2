/**
 * A page in its own chunk, loaded when a reader opens it, so that the dashboard's first view does
 * not carry it; a loading line in the page's panel until it is in.
 */
import { lazy, Suspense, type ComponentType } from 'react';
import { Loading } from '../../ui/loading';

export function lazyPage(load: () => Promise<ComponentType>, className: string): ComponentType {
  const Page = lazy(() => load().then((component) => ({ default: component })));
  return function LazyPage() {
    return (
      <Suspense
        fallback={
          <div className={`panel ${className}`}>
            <Loading />
          </div>
        }
      >
        <Page />
      </Suspense>
    );
  };
}
