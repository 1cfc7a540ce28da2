/**
 * The one ECharts registry: only the charts and components the dashboard uses are bundled.
 * Nothing else imports the echarts package itself. SVG rendering keeps text and bars in the DOM
 * (crisp at any zoom, and testable); PNG downloads are drawn from the SVG.
 */
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TooltipComponent, AriaComponent, LegendComponent, TitleComponent, SVGRenderer]);

export { echarts };
export type { EChartsCoreOption, EChartsType } from 'echarts/core';

/** Escapes text for ECharts' HTML tooltips: data never reaches the page as markup. */
export const encodeHTML: (text: string) => string = echarts.format.encodeHTML;
