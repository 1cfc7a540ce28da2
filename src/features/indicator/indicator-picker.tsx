/** The indicator the map and the ranking show; kept in the address. */
import { useId } from 'react';
import { rankingIndicators, resolveIndicator } from '../../data/select';
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
