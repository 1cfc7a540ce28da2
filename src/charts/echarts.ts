/**
 * The one ECharts registry: only the charts and components the dashboard uses are bundled.
 * Nothing else imports the echarts package itself. SVG rendering keeps text and bars in the DOM
 * (crisp at any zoom, and testable); PNG downloads are drawn from the SVG.
 */
import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  type AriaComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type TitleComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TooltipComponent, AriaComponent, LegendComponent, TitleComponent, SVGRenderer]);

export { echarts };
export type { EChartsType } from 'echarts/core';

/** An option of the charts registered here, typed by ECharts for exactly those parts. */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | AriaComponentOption
  | LegendComponentOption
  | TitleComponentOption
>;

/**
 * What every option builder returns: the option, and which row of the builder's input a drawn
 * item stands for (ECharts reports a series index and a data index). Views select, describe and
 * link through rowAt, never by index arithmetic of their own.
 */
export interface BuiltChart<Row> {
  option: ChartOption;
  rowAt: (seriesIndex: number, dataIndex: number) => Row | undefined;
}

/** Escapes text for ECharts' HTML tooltips: data never reaches the page as markup. */
export const encodeHTML: (text: string) => string = echarts.format.encodeHTML;

/**
 * Which drawn item ECharts reports, in an event or a tooltip (an axis tooltip reports a list: its
 * first item stands for the row); null when the report names none.
 */
export function pointOf(params: unknown): { seriesIndex: number; dataIndex: number } | null {
  const first: unknown = Array.isArray(params) ? params[0] : params;
  if (typeof first !== 'object' || first === null || !('dataIndex' in first)) return null;
  const { dataIndex } = first;
  const seriesIndex = 'seriesIndex' in first ? first.seriesIndex : 0;
  return typeof dataIndex === 'number' && typeof seriesIndex === 'number' ? { seriesIndex, dataIndex } : null;
}

/** An HTML tooltip from text lines, every line escaped: data never becomes markup. */
export function tooltipHtml(lines: readonly string[]): string {
  return lines.filter(Boolean).map(encodeHTML).join('<br/>');
}

/**
 * A tooltip that tells about the row under the pointer (found through rowAt), in text lines that
 * are escaped; by axis (a whole row of bars) or by item (one bar).
 */
export function rowTooltip<Row>(
  rowAt: BuiltChart<Row>['rowAt'],
  lines: (row: Row, seriesIndex: number) => readonly string[],
  trigger: 'axis' | 'item' = 'axis',
): TooltipComponentOption {
  return {
    className: 'chart-tooltip',
    trigger,
    ...(trigger === 'axis' && { axisPointer: { type: 'shadow' } }),
    formatter: (params: unknown) => {
      const point = pointOf(params);
      const row = point && rowAt(point.seriesIndex, point.dataIndex);
      return point && row ? tooltipHtml(lines(row, point.seriesIndex)) : '';
    },
  };
}
