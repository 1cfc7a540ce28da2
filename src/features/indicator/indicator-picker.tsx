/** The indicator the map and the ranking show; kept in the address. */
import { useId, useMemo } from 'react';
import { rankingIndicators, resolveIndicator, resultYears } from '../../data/select';
import { useDataset } from '../../data/use-dataset';
import { useI18n } from '../../i18n/i18n';

export function IndicatorPicker({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const { files } = useDataset();
  const { t, text } = useI18n();
  const id = useId();
  if (files.dataset.status !== 'success') return null;
  const meta = files.dataset.data;
  const current = resolveIndicator(meta, value);
  return (
    <div className="picker">
      <label htmlFor={id}>{t.indicator}</label>
      <select id={id} value={current?.id} onChange={(e) => onChange(e.target.value)}>
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
 * The year the map and the ranking show, when the sources give results for more than one year
 * (kept in the address as `?period=`); by default each town's latest result.
 */
export function PeriodPicker({
  indicator,
  value,
  onChange,
}: {
  indicator: string;
  value: string | null;
  onChange: (period: string | null) => void;
}) {
  const { files } = useDataset();
  const { t } = useI18n();
  const id = useId();
  const figures = files.figures.status === 'success' ? files.figures.data.figures : null;
  const years = useMemo(() => (figures ? resultYears(figures, indicator) : []), [figures, indicator]);
  if (years.length < 2 && value === null) return null;
  // A year chosen for another indicator stays selectable: its towns show as not reported.
  const options = value === null || years.includes(value) ? years : [...years, value].sort();
  return (
    <div className="picker">
      <label htmlFor={id}>{t.periodPicker}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t.periodLatest}</option>
        {options.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </div>
  );
}
