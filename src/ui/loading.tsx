/** The loading line. Needs nothing but the messages: index.html carries it prerendered too. */
import { useI18n } from '../i18n/i18n';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {t.loading}
    </p>
  );
}
