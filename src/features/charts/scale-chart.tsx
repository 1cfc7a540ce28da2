/** The "scale" small multiples, loaded with ECharts as its own chunk. */
import { useMemo, useRef } from 'react';
import type { ChartControls } from '../../charts/chart-frame';
import { EChart } from '../../charts/echart';
import { figureMarks } from '../../charts/figure-marks';
import { rowLabel, type FigureRow } from '../../charts/figure-rows';
import { useMarkRules } from '../../charts/figure-table';
import { useI18n } from '../../i18n/i18n';
import { nameWithUnit } from '../../i18n/format';
import { useWidth } from '../../ui/use-width';
import { buildScaleOption, type ScalePanel } from './build-scale-option';
import { scaleChartHeight, scaleColumns, scaleFitColumns } from './scale-layout';

export default function ScaleChart({
  panels,
  subjects,
  description,
  controls,
  onSelect,
}: {
  panels: readonly ScalePanel[];
  subjects: readonly string[];
  description: string;
  controls: ChartControls;
  /** A click on a bar (or its row) chooses the row; stable identity. */
  onSelect: (row: FigureRow) => void;
}) {
  const i18n = useI18n();
  const { lang, t, text } = i18n;
  const rules = useMarkRules();
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const columns = controls.fit ? scaleFitColumns(width) : scaleColumns(width);
  const chart = useMemo(
    () =>
      buildScaleOption({
        panels,
        subjects,
        columns,
        width,
        lang,
        title: (indicator) => nameWithUnit(text(indicator.name), indicator.unit, lang),
        label: (row) => rowLabel(row, i18n),
        marks: (row) => (row.figure ? figureMarks(row.figure, rules) : ''),
        notReported: t.notReported,
        description,
        decal: controls.decal,
      }),
    [panels, subjects, columns, width, lang, text, i18n, t, description, controls.decal, rules],
  );
  // Draw once the width (and so the number of columns) is known, not twice.
  return (
    <div ref={box}>
      {width > 0 && (
        <EChart
          chart={chart}
          height={scaleChartHeight(subjects.length, panels.length, columns)}
          fit={controls.fit}
          onSelect={onSelect}
          onReady={controls.onReady}
        />
      )}
    </div>
  );
}
