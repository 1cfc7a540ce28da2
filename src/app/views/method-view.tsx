/**
 * The "sources and method" page: its own chunk (mostly prose, in two languages), loaded when a
 * reader opens it, so that the dashboard's first view does not carry it.
 */
import { lazy, Suspense } from 'react';
import { Loading } from '../../ui/loading';

const MethodPage = lazy(() => import('../../features/method/method-page').then((m) => ({ default: m.MethodPage })));

export function MethodView() {
  return (
    <Suspense
      fallback={
        <div className="panel method">
          <Loading />
        </div>
      }
    >
      <MethodPage />
    </Suspense>
  );
}
