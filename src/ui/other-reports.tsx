/**
 * "Sources differ": beside a figure chosen to stand for a town (see data/choice), the other results
 * for the same indicator and period that say something else, one click away, each with its scope,
 * period and source. Never a silent choice.
 */
import type { Figure, Unit } from '../data/format/schema';
import { useI18n } from '../i18n/i18n';
import { fill } from '../i18n/messages';
import { SourceCitation } from './source-citation';
import { useDisclosure } from './use-disclosure';

export function OtherReports({ others, unit }: { others: readonly Figure[]; unit: Unit }) {
  const { t, text, value, period } = useI18n();
  const { open, button, region } = useDisclosure();
  if (others.length === 0) return null;
  return (
    <div className="other-reports">
      <button type="button" className="link-button differ-mark" {...button}>
        {fill(t.sourcesDiffer, { count: others.length })}
      </button>
      <div {...region} hidden={!open} className="other-reports-list">
        {open && (
          <ul>
            {others.map((f) => (
              <li key={f.id}>
                <strong>{value(f, unit)}</strong>
                {f.period && ` · ${period(f.period)}`}
                {` · ${t.scope}: ${f.scope ? text(f.scope) : t.wholeTown}`}
                <SourceCitation source={f.source} figure={f} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
