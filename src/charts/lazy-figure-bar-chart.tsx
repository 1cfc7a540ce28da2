/** The bar chart of figure rows, loaded with ECharts when first drawn. */
import { lazy, Suspense, type ComponentProps } from 'react';
import { Loading } from '../ui/loading';

const FigureBarChart = lazy(() => import('./figure-bar-chart'));

export function LazyFigureBarChart(props: ComponentProps<typeof FigureBarChart>) {
  return (
    <Suspense fallback={<Loading />}>
      <FigureBarChart {...props} />
    </Suspense>
  );
}
