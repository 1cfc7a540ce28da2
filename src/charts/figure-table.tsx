/** A chart's figures as a real HTML table: value with qualifier, kind, period, scope and source. */
import { useMemo } from 'react';
import { indexById } from '../data/format/collections';
import { useLoadedFiles } from '../data/loading/use-dataset';
import { scriptLang } from '../i18n/citation';
import { useI18n } from '../i18n/i18n';
import { CompareToggle } from '../ui/compare-toggle';
import { CopyCitation, figurePlace } from '../ui/copy-citation';
import { townPagePath } from '../state/url-state';
import { OtherReports } from '../ui/other-reports';
import { ArticleAddress, ArticleLine } from '../ui/source-citation';
import type { MarkRules } from './figure-marks';
import { rowLabel, type FigureRow } from './figure-rows';

/** The articles by id, as far as they have loaded (a chart still draws without them). */
export function useArticleIndex() {
  const { articles } = useLoadedFiles();
  return useMemo(() => indexById(articles?.articles ?? []), [articles]);
}

/** How a chart marks its figures (figure-marks), with the loaded articles; stable identity. */
export function useMarkRules(marksScope = true): MarkRules {
  const articles = useArticleIndex();
  return useMemo(() => ({ marksScope, article: (id: string) => articles.get(id) }), [articles, marksScope]);
}

export function FigureTable({
  caption,
  rows,
  showIndicator,
  scriptless = false,
}: {
  caption: string;
  rows: readonly FigureRow[];
  showIndicator: boolean;
  /**
   * The table for a page read without scripts (a chart's <noscript>, see ChartFrame): each town's
   * name links to its own page, and nothing that needs a script (comparing, copying) is offered.
   */
  scriptless?: boolean;
}) {
  const i18n = useI18n();
  const { t, text, period } = i18n;
  const articles = useArticleIndex();
  // Rows about towns offer to add them to the comparison.
  const withTowns = !scriptless && rows.some((r) => r.townId);
  return (
    <div className="table-scroll">
      <table className="figure-table stackable">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.subject}</th>
            {showIndicator && <th scope="col">{t.indicator}</th>}
            <th scope="col">{t.value}</th>
            <th scope="col">{t.kindLabel}</th>
            <th scope="col">{t.period}</th>
            <th scope="col">{t.scope}</th>
            {withTowns && <th scope="col">{t.compareTitle}</th>}
            <th scope="col">{t.source}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const f = row.figure;
            const article = f ? articles.get(f.source.article) : undefined;
            return (
              <tr key={row.key} data-row={row.key}>
                <th scope="row">
                  {scriptless && row.townId ? <a href={townPagePath(row.townId)}>{row.subject}</a> : row.subject}
                </th>
                {showIndicator && <td data-label={t.indicator}>{text(row.indicator.name)}</td>}
                <td className={f ? 'value' : 'value muted'} data-label={t.value}>
                  <span className="shown-value">{rowLabel(row, i18n)}</span>
                  {row.others && <OtherReports others={row.others} unit={row.indicator.unit} />}
                </td>
                <td data-label={t.kindLabel}>{f ? t.kind[f.kind] : ''}</td>
                <td data-label={t.period}>{f?.period ? period(f.period) : ''}</td>
                <td data-label={t.scope}>{f?.scope ? text(f.scope) : ''}</td>
                {withTowns && (
                  <td data-label={t.compareTitle}>
                    {row.townId && <CompareToggle town={row.townId} label={row.subject} />}
                  </td>
                )}
                <td className="source-cell" data-label={t.source}>
                  {f && (
                    <>
                      {article && <ArticleLine article={article} />}{' '}
                      <q lang={scriptLang(f.source.quote)}>{f.source.quote}</q>
                      {article && <ArticleAddress article={article} />}
                      {article && !scriptless && <CopyCitation article={article} at={figurePlace(f)} />}
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
