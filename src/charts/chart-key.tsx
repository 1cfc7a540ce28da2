/**
 * A chart's own key, under it in the dashboard and in an embed alike: what each kind of bar and
 * each sign after a value means, listing only what the chart draws (figure-marks). In an embed's
 * small box each entry is named in a few words (the dashboard, one link away, says it in full).
 */
import { useI18n } from '../i18n/i18n';
import { COPY_MARK, SCOPE_MARK, type KeyEntry } from './figure-marks';

const SIGNS: Partial<Record<KeyEntry, string>> = { scope: SCOPE_MARK, copy: COPY_MARK };

export function ChartKey({ entries, brief = false }: { entries: readonly KeyEntry[]; brief?: boolean }) {
  const { t } = useI18n();
  if (entries.length === 0) return null;
  const words = brief ? t.chartKeyShort : t.chartKey;
  return (
    <ul className="chart-key" aria-label={t.chartKey.label}>
      {entries.map((entry) => (
        <li key={entry}>
          <span className={`key-sign key-${entry}`} aria-hidden="true">
            {SIGNS[entry]}
          </span>
          {words[entry]}
        </li>
      ))}
    </ul>
  );
}
