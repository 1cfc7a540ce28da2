/** The indicator the map and the ranking show; kept in the address. */
import { useId, useLayoutEffect, useMemo, useRef } from 'react';
import { rankingIndicators, resolveIndicator, resultYearCounts } from '../../data/domain/figures';
import { useLoadedFiles } from '../../data/loading/use-dataset';
import { useI18n } from '../../i18n/i18n';
import { fill } from '../../i18n/messages';
import { useView } from '../../state/view';
import { mark, measureSince, TIMING } from '../../lib/timing';

export function IndicatorPicker() {
  const { dataset: meta } = useLoadedFiles();
  const { view, setView } = useView();
  const { t, text } = useI18n();
  const id = useId();
  // A choice is timed from the change to React's commit of the view that shows it (see timing.ts).
  const chosen = useRef(false);
  useLayoutEffect(() => {
    if (!chosen.current) return;
    chosen.current = false;
    measureSince(TIMING.reactRender, TIMING.indicatorChosen);
  }, [view.indicator]);
  if (!meta) return null;
  const current = resolveIndicator(meta, view.indicator);
  const choose = (indicator: string) => {
    mark(TIMING.indicatorChosen);
    chosen.current = true;
    setView({ indicator });
  };
  return (
    <div className="picker">
      <label htmlFor={id}>{t.indicator}</label>
      <select id={id} value={current?.id} onChange={(e) => choose(e.target.value)}>
        {rankingIndicators(meta).map((i) => (
          <option key={i.id} value={i.id}>
            {text(i.name)}
          </option>
        ))}
      </select>
      {current && <span className="muted small picker-description">{text(current.description)}</span>}
    </div>
  );
}

/**
 * The month the dashboard stands at (`?asof=2023-06`): the designations made and the figures
 * reported by the end of that month (tiers on the map; figures on the map, in the ranking and the
 * comparison). Empty: now, the newest the sources give.
 */
export function AsOfPicker() {
  const { view, setView } = useView();
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="picker">
      <label htmlFor={id}>{t.asofPicker}</label>
      <input
        id={id}
        type="month"
        min="2015-01"
        value={view.asof ?? ''}
        onChange={(e) => setView({ asof: e.target.value || null })}
      />
      {view.asof && (
        <button type="button" className="secondary small-button" onClick={() => setView({ asof: null })}>
          {t.asofNow}
        </button>
      )}
    </div>
  );
}

/**
 * The year the map and the ranking show, when the sources give results for more than one year
 * (kept in the address as `?period=`); by default each town's latest result.
 */
export function PeriodPicker() {
  const { figures } = useLoadedFiles();
  const { view, setView } = useView();
  const { indicator, period: value } = view;
  const { t } = useI18n();
  const id = useId();
  const years = useMemo(() => (figures ? resultYearCounts(figures.figures, indicator) : []), [figures, indicator]);
  if (years.length < 2 && value === null) return null;
  // A year chosen for another indicator stays selectable: its towns show as not reported.
  const options =
    value === null || years.some((y) => y.year === value)
      ? years
      : [...years, { year: value, towns: 0 }].sort((a, b) => a.year.localeCompare(b.year));
  return (
    <div className="picker">
      <label htmlFor={id}>{t.periodPicker}</label>
      <select id={id} value={value ?? ''} onChange={(e) => setView({ period: e.target.value || null })}>
        <option value="">{t.periodLatest}</option>
        {options.map(({ year, towns }) => (
          <option key={year} value={year}>
            {fill(t.periodTowns, { year, count: towns })}
          </option>
        ))}
      </select>
    </div>
  );
}
