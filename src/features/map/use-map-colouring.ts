/**
 * What the map shows for the current view: the indicator and each county's value (when the
 * dataset and figures are in; without them the map still draws), the colour classes and legend,
 * and the towns of the article picked in the articles list.
 */
import { useMemo } from 'react';
import { articleCoverage } from '../../data/articles';
import { rankingIndicators, resolveIndicator } from '../../data/figures';
import { countyValues } from '../../data/rankings';
import type { CountiesFile, Town } from '../../data/schema';
import { useLoadedFiles } from '../../data/use-dataset';
import { useI18n } from '../../i18n/i18n';
import { useFigureChoice, useView } from '../../state/view';
import { useIdleSteps } from '../../ui/use-idle-steps';
import { buildLegend, classBreaks } from './choropleth';
import type { Colouring } from './map-text';

const NOTHING = new Set<string>();

export function useMapColouring(counties: CountiesFile, towns: readonly Town[]) {
  const i18n = useI18n();
  const { view } = useView();
  const choice = useFigureChoice();
  const { dataset, index, articles } = useLoadedFiles();
  const indicator = dataset ? resolveIndicator(dataset, view.indicator) : undefined;

  // Every indicator's county sums, made in idle moments: choosing another indicator finds them made.
  const codes = useMemo(() => counties.features.map((f) => f.properties.code), [counties]);
  useIdleSteps(
    useMemo(
      () =>
        dataset && index
          ? rankingIndicators(dataset).map((i) => () => void countyValues(index, codes, i.id, choice))
          : [],
      [dataset, index, codes, choice],
    ),
  );
  const colouring = useMemo<Colouring | null>(
    () =>
      indicator && index
        ? {
            indicator,
            values: countyValues(index, codes, indicator.id, choice),
          }
        : null,
    [codes, index, indicator, choice],
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

  return { indicator, colouring, classes, legend, highlighted };
}
