/**
 * How tall the chart of 晋中 among 山西's cities is: apart from the option builder (and ECharts) so
 * that the panel can keep the chart's place before its code loads.
 */
export const provinceChartHeight = (cities: number) => 70 + cities * 46;
