/** The programme chart, loaded with ECharts as its own chunk. */
import { useMemo } from 'react';
import type { ChartControls } from '../../charts/chart-frame';
import { EChart } from '../../charts/echart';
import type { Level } from '../../data/format/schema';
import { useI18n } from '../../i18n/i18n';
import { buildProgrammeOption, type ProgrammeBar } from './build-programme-option';
import { PROGRAMME_CHART_HEIGHT } from './programme-figures';

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
  const { fit } = controls;
  const chart = useMemo(
    () =>
      buildProgrammeOption({
        bars,
        levels,
        levelNames: t.levelTowns,
        description,
        decal: controls.decal,
        compact: fit ? { width: fit.width } : null,
      }),
    [bars, levels, t, description, controls.decal, fit],
  );
  // In a box (an embed), legible down to 180 px, scaled below that.
  return <EChart chart={chart} height={fit ? 180 : PROGRAMME_CHART_HEIGHT} fit={fit} onReady={controls.onReady} />;
}
