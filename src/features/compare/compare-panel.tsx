/**
 * Up to four towns side by side: tier, industry, county, and every indicator any of them reports,
 * each value with its qualifier, kind and source; gaps say "not reported".
 */
import { useMemo } from 'react';
import type { DatasetIndex } from '../../data/domain/dataset-index';
import type { DatasetMeta } from '../../data/format/schema';
import { townTier } from '../../data/domain/towns';
import { useI18n } from '../../i18n/i18n';
import { useView } from '../../state/view';
import { DataGate } from '../../ui/data-gate';
import { OtherReports } from '../../ui/other-reports';
import { figureAbout, SourceToggle } from '../../ui/source-citation';
import { compareFigure } from './compare-figure';

function Compare({ meta, index }: { meta: DatasetMeta; index: DatasetIndex }) {
  const i18n = useI18n();
  const { t, text, value, period } = i18n;
  const { view, setView } = useView();
  // The comparison shows each town as of the date chosen (not only the year the ranking shows).
  const choice = useMemo(() => ({ asof: view.asof }), [view.asof]);
  const towns = useMemo(() => view.compare.flatMap((id) => index.townById.get(id) ?? []), [index, view.compare]);
  const indicators = useMemo(
    () => meta.indicators.filter((i) => towns.some((town) => compareFigure(index, town.id, i.id, choice))),
    [meta, towns, index, choice],
  );
  if (towns.length === 0) return <p className="muted">{t.compareEmpty}</p>;
  const remove = (id: string) => setView({ compare: view.compare.filter((c) => c !== id) });

  return (
    <div className="table-scroll">
      <table className="figure-table compare stackable">
        <caption>{t.compareCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.indicator}</th>
            {towns.map((town) => (
              <th key={town.id} scope="col">
                <button type="button" className="link-button" onClick={() => setView({ town: town.id })}>
                  {text(town.name)}
                </button>{' '}
                <button
                  type="button"
                  className="secondary small-button"
                  aria-label={`${t.compareRemove}: ${text(town.name)}`}
                  onClick={() => remove(town.id)}
                >
                  ×
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t.tierLabel}</th>
            {towns.map((town) => (
              <td key={town.id} data-label={text(town.name)}>
                {t.tier[townTier(town)]}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t.industryLabel}</th>
            {towns.map((town) => (
              <td key={town.id} data-label={text(town.name)}>
                {text(town.industry)}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t.countyLabel}</th>
            {towns.map((town) => (
              <td key={town.id} data-label={text(town.name)}>
                {text(town.county.name)}
              </td>
            ))}
          </tr>
          {indicators.map((indicator) => (
            <tr key={indicator.id}>
              <th scope="row">{text(indicator.name)}</th>
              {towns.map((town) => {
                const chosen = compareFigure(index, town.id, indicator.id, choice);
                const f = chosen?.figure;
                return (
                  <td key={town.id} className={f ? undefined : 'muted'} data-label={text(town.name)}>
                    {f ? (
                      <>
                        <strong>{value(f, indicator.unit)}</strong>
                        {f.kind !== 'actual' && ` (${t.kind[f.kind]})`}
                        {f.scope && <span className="small"> · {text(f.scope)}</span>}
                        {f.period && <span className="small muted"> · {period(f.period)}</span>}{' '}
                        <SourceToggle
                          source={f.source}
                          figure={f}
                          about={`${text(town.name)} · ${figureAbout(f, indicator, i18n)}`}
                        />
                        <OtherReports others={chosen.others} unit={indicator.unit} />
                      </>
                    ) : (
                      t.notReported
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ComparePanel() {
  return (
    <DataGate need={['dataset', 'index']}>{({ dataset, index }) => <Compare meta={dataset} index={index} />}</DataGate>
  );
}
