/** The programme chart, loaded with ECharts as its own chunk. */
import { useMemo } from 'react';
import type { ChartControls } from '../../charts/chart-frame';
import { EChart } from '../../charts/echart';
import type { Level } from '../../data/schema';
import { useI18n } from '../../i18n/i18n';
import { buildProgrammeOption, type ProgrammeBar } from './build-programme-option';

export default function ProgrammeChart({
  bars,
  levels,
  description,
  controls,
}: {
  bars: readonly ProgrammeBar[];
  levels: readonly Level[];
  description: string;
  controls: ChartControls;
}) {
  const { t } = useI18n();
  const chart = useMemo(
    () => buildProgrammeOption({ bars, levels, levelNames: t.levelTowns, description, decal: controls.decal }),
    [bars, levels, t, description, controls.decal],
  );
  return <EChart chart={chart} height={340} onReady={controls.onReady} />;
}
