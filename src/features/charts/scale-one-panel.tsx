/**
 * The scale chart in a box too small for all its panels legibly (an embed of 320×240 or 600×450):
 * one indicator's panel at a time, drawn as the ranking's bars (each bar with its period), and a
 * select to choose the indicator. The box's remaining height is what the chart fits.
 */
import { useId, useRef } from 'react';
import type { ChartControls } from '../../charts/chart-frame';
import type { FigureRow } from '../../charts/figure-rows';
import { LazyFigureBarChart } from '../../charts/lazy-figure-bar-chart';
import { useI18n } from '../../i18n/i18n';
import { nameWithUnit } from '../../i18n/format';
import { useSize } from '../../ui/use-width';
import type { ScalePanel } from './build-scale-option';

export function ScaleOnePanel({
  panels,
  shown,
  onShow,
  describe,
  controls,
  onSelect,
}: {
  panels: readonly ScalePanel[];
  /** The panel shown: one of panels. */
  shown: ScalePanel;
  onShow: (indicatorId: string) => void;
  /** The screen-reader description of one panel. */
  describe: (panel: ScalePanel) => string;
  controls: ChartControls;
  onSelect: (row: FigureRow) => void;
}) {
  const { t, text, lang } = useI18n();
  const id = useId();
  const slot = useRef<HTMLDivElement>(null);
  const fit = useSize(slot);
  return (
    <div className="scale-one">
      <div className="picker scale-one-picker">
        <label htmlFor={id}>{t.indicator}</label>
        <select id={id} value={shown.indicator.id} onChange={(e) => onShow(e.target.value)}>
          {panels.map((p) => (
            <option key={p.indicator.id} value={p.indicator.id}>
              {nameWithUnit(text(p.indicator.name), p.indicator.unit, lang)}
            </option>
          ))}
        </select>
      </div>
      <div ref={slot} className="scale-one-chart">
        {fit.height > 0 && (
          <LazyFigureBarChart
            rows={shown.rows}
            unit={shown.indicator.unit}
            description={describe(shown)}
            controls={{ ...controls, fit }}
            withPeriod
            onSelect={onSelect}
          />
        )}
      </div>
    </div>
  );
}
