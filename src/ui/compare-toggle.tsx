/** Adds a town to the comparison (or takes it out); the set lives in the address, four at most. */
import { useI18n } from '../i18n/i18n';
import { MAX_COMPARE } from '../state/url-state';
import { useView } from '../state/view';

export function CompareToggle({ town, label }: { town: string; label?: string }) {
  const { t } = useI18n();
  const { view, setView } = useView();
  const inside = view.compare.includes(town);
  const full = !inside && view.compare.length >= MAX_COMPARE;
  const text = inside ? t.compareAdded : full ? t.compareFull : t.compareAdd;
  return (
    <button
      type="button"
      className="secondary small-button"
      aria-pressed={inside}
      disabled={full}
      aria-label={label ? `${text}: ${label}` : undefined}
      onClick={() => setView({ compare: inside ? view.compare.filter((c) => c !== town) : [...view.compare, town] })}
    >
      {text}
    </button>
  );
}
