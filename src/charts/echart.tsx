/**
 * The shared ECharts view: echarts-for-react's core component with the tree-shaken instance and
 * the SVG renderer. It draws a built chart (option + rowAt) and reports a click as the row the
 * clicked item stands for. Marks its container with data-rendered once ECharts reports "finished"
 * (and clears the mark whenever the option changes), so that tests and the benchmark can wait on a
 * real signal. The accessible name comes from the option's aria description: ECharts sets
 * role="img" and aria-label on its own element.
 */
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { Size } from '../ui/use-width';
import { measureSince, TIMING } from '../lib/timing';
import { echarts, pointOf, type BuiltChart, type EChartsType } from './echarts';

const OPTS = { renderer: 'svg' } as const;

export function EChart<Row>({
  chart,
  height = 360,
  fit,
  onSelect,
  onReady,
}: {
  chart: BuiltChart<Row>;
  /** The chart's height; with `fit`, the least at which it stays legible. */
  height?: number;
  /**
   * A box to fill (an embed): the chart takes its height, or, where that is less than `height`,
   * is drawn at `height` and scaled down to the box: whole, never cut or scrolled.
   */
  fit?: Size;
  /** A click on an item chooses its row. Must keep its identity between renders (echarts-for-react rebuilds the chart otherwise). */
  onSelect?: (row: Row) => void;
  /** Receives the ECharts instance (for downloads). */
  onReady?: (instance: EChartsType) => void;
}) {
  const wrapper = useRef<HTMLDivElement>(null);
  // The events read the current rows through a ref, so that a new option keeps the same events.
  const rowAt = useRef(chart.rowAt);
  useLayoutEffect(() => {
    rowAt.current = chart.rowAt;
  }, [chart]);
  // When the current option was handed over, until ECharts reports it drawn (timed: see timing.ts).
  const handedAt = useRef<number | null>(null);
  const events = useMemo(
    () => ({
      finished: () => {
        wrapper.current?.setAttribute('data-rendered', 'true');
        if (handedAt.current === null) return;
        measureSince(TIMING.chartDraw, handedAt.current);
        handedAt.current = null;
      },
      ...(onSelect && {
        click: (params: unknown) => {
          const point = pointOf(params);
          const row = point && rowAt.current(point.seriesIndex, point.dataIndex);
          if (row) onSelect(row);
        },
      }),
    }),
    [onSelect],
  );
  // echarts-for-react has handed the new option over (lazily drawn on the next frame) before this runs.
  useLayoutEffect(() => {
    wrapper.current?.removeAttribute('data-rendered');
    handedAt.current = performance.now();
  }, [chart]);
  const drawn = fit ? Math.max(fit.height, height) : height;
  const scale = fit ? Math.min(1, fit.height / drawn) : 1;
  const scaled =
    scale < 1 ? { width: fit && fit.width / scale, transform: `scale(${scale})`, transformOrigin: '0 0' } : undefined;
  return (
    <div ref={wrapper} className="echart" style={scaled}>
      <ReactEChartsCore
        echarts={echarts}
        option={chart.option}
        notMerge
        lazyUpdate
        opts={OPTS}
        style={{ height: drawn, width: '100%' }}
        onEvents={events}
        onChartReady={onReady}
      />
    </div>
  );
}
