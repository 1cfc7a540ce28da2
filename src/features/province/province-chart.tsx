/** The chart of 晋中 among 山西's cities, loaded with ECharts as its own chunk. */
import { useMemo } from 'react';
import type { ChartControls } from '../../charts/chart-frame';
import { EChart } from '../../charts/echart';
import { buildProvinceOption, provinceChartHeight, type ProvinceOptionInput } from './build-province-option';

export default function ProvinceChart({
  input,
  controls,
}: {
  input: Omit<ProvinceOptionInput, 'decal'>;
  controls: Pick<ChartControls, 'decal'>;
}) {
  const chart = useMemo(() => buildProvinceOption({ ...input, decal: controls.decal }), [input, controls.decal]);
  return <EChart chart={chart} height={provinceChartHeight(input.cities.length)} />;
}
