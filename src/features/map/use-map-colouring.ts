/**
 * What the map shows for the current view: the indicator and each county's value (when the
 * dataset and figures are in; without them the map still draws), each town's ranked figure, the
 * colour classes and legend, and the towns of the article picked in the articles list.
 */
import { useMemo } from 'react';
import { articleCoverage } from '../../data/domain/articles';
import { countyValues, townRows } from '../../data/domain/rankings';
import type { CountiesFile, Town } from '../../data/format/schema';
import { useLoadedFiles } from '../../data/loading/use-dataset';
import { useI18n } from '../../i18n/i18n';
import { useView } from '../../state/view';
import { useShownIndicator } from '../../ui/shown-indicator';
import { buildLegend, classBreaks } from './choropleth';
import type { Colouring } from './map-text';

const NOTHING = new Set<string>();

export function useMapColouring(counties: CountiesFile, towns: readonly Town[]) {
  const i18n = useI18n();
  const { view } = useView();
  const { dataset, index, articles } = useLoadedFiles();
  const codes = useMemo(() => counties.features.map((f) => f.properties.code), [counties]);
  // Made once per indicator and kept (see data/rankings); app/prepare-indicators makes them ahead.
  const { shown, busy } = useShownIndicator(dataset, index);
  const indicator = shown?.indicator;
  const colouring = useMemo<Colouring | null>(
    () =>
      shown?.indicator && index
        ? { indicator: shown.indicator, values: countyValues(index, codes, shown.indicator.id, shown.choice) }
        : null,
    [codes, index, shown],
  );
  const rows = useMemo(
    () => (shown?.indicator && index ? townRows(index, shown.indicator.id, shown.choice) : null),
    [index, shown],
  );
  const classes = useMemo(
    () => classBreaks([...(colouring?.values.values() ?? [])].flatMap((v) => (v.value === null ? [] : [v.value]))),
    [colouring],
  );
  const legend = useMemo(
    () =>
      colouring
        ? buildLegend(classes, colouring.values.values(), (v) => i18n.value(v, colouring.indicator.unit))
        : null,
    [classes, colouring, i18n],
  );
  const highlighted = useMemo(() => {
    const article = articles?.articles.filter((a) => a.id === view.article) ?? [];
    if (!view.article || article.length === 0) return NOTHING;
    const coverage = articleCoverage(article, towns, dataset?.groups ?? [], index?.figures ?? []);
    return coverage.get(view.article)?.towns ?? NOTHING;
  }, [view.article, articles, dataset, towns, index]);

  return { indicator, period: shown?.choice.year ?? null, busy, colouring, rows, classes, legend, highlighted };
}
