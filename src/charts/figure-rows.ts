/**
 * The rows behind a chart: which figure stands for which subject and indicator. The same rows
 * feed the chart, its table and its CSV download, so all three always show the same figures.
 */
import { toCsv } from '../data/exchange/csv';
import type { Article, Figure, Indicator } from '../data/format/schema';
import type { I18n } from '../i18n/i18n';
import { copyNote } from '../ui/article-copy';

export interface FigureRow {
  /** Unique within a chart. */
  key: string;
  /** The town the row is about, when it is one (clicking it selects the town). */
  townId: string | null;
  subject: string;
  indicator: Indicator;
  /** The figure shown, or null: "not reported". */
  figure: Figure | null;
  /** Other results for the same period that say something else ("sources differ"), when the row has any. */
  others?: readonly Figure[];
}

/**
 * The value as a reader sees it: with qualifier and unit, or "not reported"; in the short style of
 * a small box (CNY 5.537bn) with `short`.
 */
export function rowLabel(row: FigureRow, i18n: I18n, short = false): string {
  if (!row.figure) return i18n.t.notReported;
  return (short ? i18n.short.value : i18n.value)(row.figure, row.indicator.unit);
}

/** A row's period as `write` writes it, or `missing` where its figure gives none. */
export function rowPeriod(row: FigureRow, write: (period: string) => string, missing: string): string {
  return row.figure?.period ? write(row.figure.period) : missing;
}

export const CSV_HEADER = [
  'subject',
  'indicator',
  'indicator_id',
  'value',
  'upper',
  'qualifier',
  'kind',
  'unit',
  'period',
  'scope',
  'as_shown',
  'quote',
  'outlet',
  'article_title',
  'article_date',
  'article_url',
  'read_at_url',
  'read_at',
  'sources_differ',
] as const;

/**
 * The rows as CSV: base-unit values with their qualifier, kind and unit, where they come from, and
 * how many other reports for the same period say something else (`sources_differ`).
 */
export function figureRowsToCsv(
  rows: readonly FigureRow[],
  articles: ReadonlyMap<string, Article>,
  i18n: I18n,
): string {
  const { text } = i18n;
  const body = rows.map((row) => {
    const f = row.figure;
    const article = f ? articles.get(f.source.article) : undefined;
    return [
      row.subject,
      text(row.indicator.name),
      row.indicator.id,
      f ? String(f.value) : '',
      f?.upper !== undefined ? String(f.upper) : '',
      f ? f.qualifier : '',
      f ? f.kind : 'not reported',
      row.indicator.unit,
      f?.period ?? '',
      f?.scope ? text(f.scope) : '',
      rowLabel(row, i18n),
      f?.source.quote ?? '',
      article ? text(article.outlet) : '',
      article?.title ?? '',
      article?.date ?? '',
      article?.url ?? '',
      article?.readAt?.url ?? '',
      article ? (copyNote(article, i18n.t) ?? '') : '',
      row.others?.length ? String(row.others.length) : '',
    ];
  });
  return toCsv([[...CSV_HEADER], ...body]);
}
