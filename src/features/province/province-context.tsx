/**
 * Shanxi for context, under 晋中在全省's cities: how many provincial towns the province has named and
 * aims for, and what its first ten towns reported after a year. Figures about the whole province,
 * each with its period and source; never mixed into 晋中's own counts.
 */
import { useMemo } from 'react';
import { indexById } from '../../data/format/collections';
import type { DatasetMeta, Figure } from '../../data/format/schema';
import { useI18n } from '../../i18n/i18n';
import { figureAbout, SourceToggle } from '../../ui/source-citation';

/** The province's figures: counts of towns in the programme first (oldest first), then the rest in file order. */
export function provinceFigures(figures: readonly Figure[]): Figure[] {
  const own = figures.filter((f) => f.subject.type === 'province');
  const counts = own.filter((f) => f.programme).sort((a, b) => (a.period ?? '').localeCompare(b.period ?? ''));
  return [...counts, ...own.filter((f) => !f.programme)];
}

export function ProvinceContext({ meta, figures }: { meta: DatasetMeta; figures: readonly Figure[] }) {
  const i18n = useI18n();
  const { t, text, value, period } = i18n;
  const items = useMemo(() => provinceFigures(figures), [figures]);
  const indicators = useMemo(() => indexById(meta.indicators), [meta]);
  if (items.length === 0) return null;
  return (
    <section className="province-context" aria-labelledby="province-context-title">
      <h3 id="province-context-title">{t.provinceContextTitle}</h3>
      <ul className="profile-list">
        {items.map((f) => {
          const indicator = indicators.get(f.indicator);
          if (!indicator) return null;
          return (
            <li key={f.id} data-figure={f.id}>
              <span className="figure-name">{text(f.scope ?? indicator.name)}</span>
              {f.scope && <span className="muted"> · {text(indicator.name)}</span>}:{' '}
              <strong>{value(f, indicator.unit)}</strong>
              {f.kind !== 'actual' && <span className={`kind kind-${f.kind}`}>{t.kind[f.kind]}</span>}
              {f.period && <span className="muted"> · {period(f.period)}</span>}{' '}
              <SourceToggle source={f.source} figure={f} about={figureAbout(f, indicator, i18n)} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
