/**
 * The shared ECharts view: echarts-for-react's core component with the tree-shaken instance and
 * the SVG renderer. Marks its container with data-rendered once ECharts reports "finished" (and
 * clears the mark whenever the option changes), so that tests and the benchmark can wait on a real
 * signal. The accessible name comes from the option's aria
 * description: ECharts sets role="img" and aria-label on its own element.
 */
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { echarts, type EChartsCoreOption, type EChartsType } from './echarts';

export type ChartEvents = Record<string, (params: unknown) => void>;

const NO_EVENTS: ChartEvents = {};
const OPTS = { renderer: 'svg' } as const;

export function EChart({
  option,
  height = 360,
  onEvents = NO_EVENTS,
  onReady,
}: {
  option: EChartsCoreOption;
  height?: number;
  /** Must keep its identity between renders (echarts-for-react rebuilds the chart otherwise). */
  onEvents?: ChartEvents;
  /** Receives the ECharts instance (for downloads). */
  onReady?: (instance: EChartsType) => void;
}) {
  const wrapper = useRef<HTMLDivElement>(null);
  const events = useMemo<ChartEvents>(
    () => ({
      ...onEvents,
      finished: () => wrapper.current?.setAttribute('data-rendered', 'true'),
    }),
    [onEvents],
  );
  // echarts-for-react has handed the new option over (lazily drawn on the next frame) before this runs.
  useLayoutEffect(() => {
    wrapper.current?.removeAttribute('data-rendered');
  }, [option]);
  return (
    <div ref={wrapper} className="echart">
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        lazyUpdate
        opts={OPTS}
        style={{ height, width: '100%' }}
        onEvents={events}
        onChartReady={onReady}
      />
    </div>
  );
}
