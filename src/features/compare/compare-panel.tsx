/**
 * Up to four towns side by side: tier, industry, county, and every indicator any of them reports,
 * each value with its qualifier, kind and source; gaps say "not reported".
 */
import { useMemo } from 'react';
import { compareFigure, indexById, townTier } from '../../data/select';
import { useI18n } from '../../i18n/i18n';
import type { SetView, ViewState } from '../../state/url-state';
import { DataGate, useTownFigures } from '../../ui/data-gate';
import { SourceToggle } from '../../ui/source-citation';

function Compare({ view, setView }: { view: ViewState; setView: SetView }) {
  const { t, text, value } = useI18n();
  const { meta, towns: allTowns, figures } = useTownFigures();
  const towns = useMemo(() => {
    const byId = indexById(allTowns);
    return view.compare.flatMap((id) => byId.get(id) ?? []);
  }, [allTowns, view.compare]);
  const indicators = useMemo(
    () => meta.indicators.filter((i) => towns.some((town) => compareFigure(figures, town.id, i.id))),
    [meta, towns, figures],
  );
  if (towns.length === 0) return <p className="muted">{t.compareEmpty}</p>;
  const remove = (id: string) => setView({ compare: view.compare.filter((c) => c !== id) });

  return (
    <div className="table-scroll">
      <table className="figure-table compare">
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
              <td key={town.id}>{t.tier[townTier(town)]}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t.industryLabel}</th>
            {towns.map((town) => (
              <td key={town.id}>{text(town.industry)}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t.countyLabel}</th>
            {towns.map((town) => (
              <td key={town.id}>{text(town.county.name)}</td>
            ))}
          </tr>
          {indicators.map((indicator) => (
            <tr key={indicator.id}>
              <th scope="row">{text(indicator.name)}</th>
              {towns.map((town) => {
                const f = compareFigure(figures, town.id, indicator.id);
                return (
                  <td key={town.id} className={f ? undefined : 'muted'}>
                    {f ? (
                      <>
                        <strong>{value(f, indicator.unit)}</strong>
                        {f.kind !== 'actual' && ` (${t.kind[f.kind]})`}
                        {f.scope && <span className="small"> · {text(f.scope)}</span>}
                        {f.period && <span className="small muted"> · {f.period}</span>}{' '}
                        <SourceToggle source={f.source} />
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

export function ComparePanel(props: { view: ViewState; setView: SetView }) {
  return <DataGate need={['dataset', 'towns', 'figures']}>{() => <Compare {...props} />}</DataGate>;
}
