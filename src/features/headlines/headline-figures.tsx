/**
 * The row of headline figures: value with its qualifier, who and for when, when and where it was
 * reported, a mark on figures much older than the newest of their indicator, the source on demand.
 */
import { memo, useEffect, useMemo } from 'react';
import { indexById } from '../../data/format/collections';
import { headlineFigures, isOlder, newestPeriods, subjectName } from '../../data/domain/figures';
import type { Article, DatasetMeta, Figure, Indicator, Town } from '../../data/format/schema';
import { namedAtLevel } from '../../data/domain/towns';
import { useLoadedFiles } from '../../data/loading/use-dataset';
import { useI18n } from '../../i18n/i18n';
import { fill } from '../../i18n/messages';
import { DataGate, Loading } from '../../ui/data-gate';
import { SourceToggle } from '../../ui/source-citation';
import { markPainted, TIMING } from '../../lib/timing';

function HeadlineCard({
  figure,
  indicator,
  subject,
  article,
  older,
  named,
}: {
  figure: Figure;
  indicator: Indicator;
  subject: string;
  /** The article that reported it, when articles.json has loaded. */
  article: Article | undefined;
  older: boolean;
  /** For a count of 晋中's towns at a level that a source reports: the towns our sources name there, when they differ. */
  named: readonly Town[] | null;
}) {
  const { t, text, value, date, period, list } = useI18n();
  return (
    <li className="headline" data-figure={figure.id}>
      <p className="headline-label">{text(figure.scope ?? indicator.name)}</p>
      <p className="headline-value">
        {value(figure, indicator.unit)}
        {figure.kind !== 'actual' && <span className={`kind kind-${figure.kind}`}>{t.kind[figure.kind]}</span>}
        {older && <span className="kind kind-older">{t.olderFigure}</span>}
      </p>
      <p className="headline-meta">
        {subject}
        {figure.period ? ` · ${period(figure.period)}` : ''}
      </p>
      {figure.note && <p className="headline-note">{text(figure.note)}</p>}
      {named && (
        <p className="headline-note">
          {fill(t.namedInSources, {
            count: named.length,
            names: list(named.map((town) => text(town.name))),
          })}
        </p>
      )}
      {/* Who reported it, and its source one click away on the same line. */}
      <div className="headline-meta headline-source">
        {article && (
          <>
            {t.reportedBy} {text(article.outlet)} · {date(article.date)}{' '}
          </>
        )}
        <SourceToggle source={figure.source} figure={figure} />
      </div>
    </li>
  );
}

/**
 * For a count of 晋中's towns at a level that a source reports, the towns our sources name at that
 * level by then, when their number differs from the count (never put in its place); else null.
 */
function namedBeside(figure: Figure, towns: readonly Town[] | undefined): Town[] | null {
  const { programme, period, subject } = figure;
  if (!towns || !programme || !period || subject.type !== 'city' || figure.kind !== 'actual') return null;
  if (programme.status !== 'designated') return null;
  const named = namedAtLevel(towns, programme.level, period);
  return named.length === figure.value ? null : named;
}

function HeadlineList({ meta, figures }: { meta: DatasetMeta; figures: readonly Figure[] }) {
  const { lang } = useI18n();
  // Town names are a nicety here: headlines still show when towns.json has failed.
  const { towns, articles } = useLoadedFiles();
  const items = useMemo(() => {
    const indicators = indexById(meta.indicators);
    const ctx = { towns: indexById(towns?.towns ?? []), groups: indexById(meta.groups) };
    const sources = indexById(articles?.articles ?? []);
    const newest = newestPeriods(figures);
    return headlineFigures(meta, figures).flatMap((figure) => {
      const indicator = indicators.get(figure.indicator);
      const subject = subjectName(figure.subject, ctx)[lang];
      const article = sources.get(figure.source.article);
      const named = namedBeside(figure, towns?.towns);
      return indicator ? [{ figure, indicator, subject, article, older: isOlder(figure, newest), named }] : [];
    });
  }, [meta, figures, towns, articles, lang]);
  // The page's most meaningful paint: reported beside LCP by the benchmark (see timing.ts).
  useEffect(() => markPainted(TIMING.headlinesPainted), []);
  return (
    <ul className="headlines">
      {items.map((item) => (
        <HeadlineCard key={item.figure.id} {...item} />
      ))}
    </ul>
  );
}

/**
 * The headline cards' places while the figures load (a large figures file takes seconds on a slow
 * phone, and the page is drawn meanwhile): as many as there will be, each the height of a card
 * with one line of label, value, who and when, and source, so that the cards take their places
 * without pushing the page down. The first says it loads; the others are empty boxes, hidden from
 * screen readers.
 */
function PendingHeadlines({ count }: { count: number }) {
  return (
    <div className="headlines">
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="headline-pending" aria-hidden={i > 0 || undefined}>
          <div className="headline-label">{i === 0 ? <Loading /> : '\u00a0'}</div>
          <p className="headline-value">{'\u00a0'}</p>
          <p className="headline-meta">{'\u00a0'}</p>
          <p className="headline-meta">{'\u00a0'}</p>
        </div>
      ))}
    </div>
  );
}

/** Memoised: nothing the reader picks changes the headline figures. */
export const HeadlineFigures = memo(function HeadlineFigures() {
  const { dataset } = useLoadedFiles();
  return (
    <DataGate
      need={['dataset', 'figures']}
      loading={dataset ? <PendingHeadlines count={dataset.headlines.length} /> : <Loading />}
    >
      {({ dataset, figures }) => <HeadlineList meta={dataset} figures={figures.figures} />}
    </DataGate>
  );
});
