/**
 * Figure rows as bars (the towns ranked by an indicator, or a town's results over time), loaded
 * with ECharts as its own chunk: see LazyFigureBarChart.
 */
import { useCallback, useMemo } from 'react';
import type { Unit } from '../data/format/schema';
import { useI18n } from '../i18n/i18n';
import { fill } from '../i18n/messages';
import { figureBarsHeight, SCOPE_LINE_CHARS } from './bar-layout';
import { buildFigureBarsOption } from './build-figure-bars-option';
import type { ChartControls } from './chart-frame';
import { EChart } from './echart';
import { rowLabel, rowPeriod, type FigureRow } from './figure-rows';
import { periodOrReported } from '../ui/source-citation';
import { figureMarks } from './figure-marks';
import { useArticleIndex, useMarkRules } from './figure-table';
import { copyNote } from '../ui/article-copy';

export default function FigureBarChart({
  rows,
  unit,
  description,
  controls,
  withPeriod = false,
  withScope = false,
  onSelect,
}: {
  rows: readonly FigureRow[];
  unit: Unit;
  description: string;
  controls: ChartControls;
  /** Write each figure's period after its value (the rows mix periods: the ranking). */
  withPeriod?: boolean;
  /**
   * Write each figure's scope after its period, and for a figure without a period the date it was
   * reported (the rows mix scopes: the province's towns).
   */
  withScope?: boolean;
  /** A click on a bar (or its row) chooses the row; stable identity. */
  onSelect?: (row: FigureRow) => void;
}) {
  const i18n = useI18n();
  const { lang, t, text, date, period } = i18n;
  const articles = useArticleIndex();
  const rules = useMarkRules();
  const { fit } = controls;
  // The tooltip names the source; a click opens the town, where each figure shows its quote.
  const sourceLine = useCallback(
    (id: string) => {
      const article = articles.get(id);
      if (!article) return '';
      const copy = copyNote(article, t);
      return `${t.sourceOf}${text(article.outlet)}, ${date(article.date)}${copy ? ` (${copy})` : ''}`;
    },
    [articles, t, text, date],
  );
  // The words after a name above its bar: the period, and with `withScope` the scope too.
  const periodOf = useCallback(
    (row: FigureRow) => {
      const f = row.figure;
      if (!withScope || !f) return rowPeriod(row, period, t.periodNotGiven);
      const when = periodOrReported(f, articles.get(f.source.article), i18n);
      if (!f.scope || fit) return when;
      const scope = `${t.scope}${lang === 'zh' ? '：' : ': '}${text(f.scope)}`;
      const most = SCOPE_LINE_CHARS[lang];
      return `${when}\n${scope.length > most ? `${scope.slice(0, most - 1)}…` : scope}`;
    },
    [withScope, period, t, articles, text, lang, fit, i18n],
  );
  const chart = useMemo(
    () =>
      buildFigureBarsOption({
        rows,
        unit,
        lang,
        label: (row) => rowLabel(row, i18n),
        marks: (row) => (row.figure ? figureMarks(row.figure, rules) : ''),
        period: withPeriod ? periodOf : undefined,
        details: (row) =>
          row.figure
            ? [
                t.kind[row.figure.kind],
                row.figure.scope ? text(row.figure.scope) : '',
                row.figure.period ? period(row.figure.period) : '',
                sourceLine(row.figure.source.article),
                row.others?.length
                  ? `${fill(t.sourcesDiffer, { count: row.others.length })} (${t.differSeeTable})`
                  : '',
              ]
            : [],
        notReported: t.notReported,
        kindNames: t.kind,
        description,
        decal: controls.decal,
        compact: fit
          ? {
              width: fit.width,
              label: (row) => rowLabel(row, i18n, true),
              period: withPeriod ? (row) => rowPeriod(row, i18n.short.period, t.periodNotGivenShort) : undefined,
            }
          : null,
      }),
    [
      rows,
      unit,
      lang,
      i18n,
      t,
      text,
      period,
      description,
      controls.decal,
      sourceLine,
      fit,
      rules,
      withPeriod,
      periodOf,
    ],
  );
  return (
    <EChart
      chart={chart}
      height={figureBarsHeight(rows.length, Boolean(fit), withScope)}
      fit={fit}
      onSelect={onSelect}
      onReady={controls.onReady}
    />
  );
}
