/**
 * What the map shows for the current view: the indicator and each county's value (when the
 * dataset and figures are in; without them the map still draws), each town's ranked figure, the
 * colour classes and legend, and the towns of the article picked in the articles list.
 */
import { useMemo } from 'react';
import { articleCoverage } from '../../data/domain/articles';
import { findIndicator, resolveIndicator } from '../../data/domain/figures';
import { countyValues } from '../../data/domain/rankings';
import type { CountiesFile, Town } from '../../data/format/schema';
import { useLoadedFiles } from '../../data/loading/use-dataset';
import { useRanking } from '../../data/loading/use-derived';
import { useI18n } from '../../i18n/i18n';
import { useFigureChoice, useView } from '../../state/view';
import { buildLegend, classBreaks } from './choropleth';
import type { Colouring } from './map-text';

const NOTHING = new Set<string>();

export function useMapColouring(counties: CountiesFile, towns: readonly Town[]) {
  const i18n = useI18n();
  const { view } = useView();
  const { dataset, index, articles } = useLoadedFiles();
  const codes = useMemo(() => counties.features.map((f) => f.properties.code), [counties]);
  // The ranking chart's own (one query: see data/loading/use-derived); app/prepare-indicators asks for the others ahead.
  const chosen = dataset ? resolveIndicator(dataset, view.indicator) : undefined;
  const choice = useFigureChoice();
  const { ranking, busy } = useRanking(chosen?.id, choice);
  // On the whole province's map, every town's marker tells its own figure (晋中's counties are
  // still coloured by 晋中's towns alone); on 晋中's, the same ranking as the counties'.
  const province = useRanking(chosen?.id, choice, view.extent === 'shanxi' ? 'shanxi' : 'jinzhong');
  const indicator = ranking && dataset ? findIndicator(dataset, ranking.indicator) : undefined;
  const colouring = useMemo<Colouring | null>(
    () => (ranking && indicator ? { indicator, values: countyValues(ranking, codes) } : null),
    [codes, ranking, indicator],
  );
  const rows = (view.extent === 'shanxi' ? province.ranking?.byTown : ranking?.byTown) ?? null;
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

  return { indicator, period: ranking?.year ?? null, busy, colouring, rows, classes, legend, highlighted };
}
