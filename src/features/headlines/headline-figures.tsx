/**
 * The row of headline figures: value with its qualifier, who and for when, when and where it was
 * reported, a mark on figures much older than the newest of their indicator, the source on demand.
 */
import { memo, useEffect, useMemo, type MouseEvent } from 'react';
import { indexById } from '../../data/format/collections';
import { headlineAsOf, reportedBy } from '../../data/domain/choice';
import { aboutJinzhong, headlineFigures, isOlder, newestPeriods, subjectName } from '../../data/domain/figures';
import type { Article, DatasetMeta, Figure, Indicator, Town } from '../../data/format/schema';
import { namedAtLevel } from '../../data/domain/towns';
import { useLoadedFiles } from '../../data/loading/use-dataset';
import { useI18n } from '../../i18n/i18n';
import { fill } from '../../i18n/messages';
import { DataGate, Loading } from '../../ui/data-gate';
import { landOnPanel } from '../../ui/land-on';
import { figureAbout, SourceToggle } from '../../ui/source-citation';
import { markPainted, TIMING } from '../../lib/timing';
import { useView } from '../../state/view';

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
  const i18n = useI18n();
  const { t, text, value, date, period, list } = i18n;
  return (
    <li className="headline" data-figure={figure.id}>
      <p className="headline-label">{text(figure.scope ?? indicator.name)}</p>
      <p className="headline-value" elementtiming={TIMING.headlineSeen}>
        {value(figure, indicator.unit)}
        {figure.kind !== 'actual' && <span className={`kind kind-${figure.kind}`}>{t.kind[figure.kind]}</span>}
        {older && <span className="kind kind-older">{t.olderFigure}</span>}
      </p>
      <p className="headline-meta">
        {subject}
        {figure.period ? ` · ${period(figure.period)}` : ''}
      </p>
      {figure.note && <p className="headline-note">{text(figure.note)}</p>}
      {/* A count of 晋中's provincial towns: how the other cities compare is one link away. */}
      {aboutJinzhong(figure.subject) && figure.programme?.level === 'provincial' && (
        <p className="headline-note">
          <a href="#province" onClick={toProvince}>
            {t.provinceSeeAll}
          </a>
        </p>
      )}
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
        <SourceToggle source={figure.source} figure={figure} about={figureAbout(figure, indicator, i18n)} />
      </div>
    </li>
  );
}

/** Goes to "晋中在全省", its heading in view (the address keeps the view, not the place). */
function toProvince(event: MouseEvent) {
  event.preventDefault();
  landOnPanel('province');
}

/**
 * For a count of 晋中's towns at a level that a source reports, the towns our sources name at that
 * level by then, when their number differs from the count (never put in its place); else null.
 */
function namedBeside(figure: Figure, towns: readonly Town[] | undefined): Town[] | null {
  const { programme, period, subject } = figure;
  if (!towns || !programme || !period || !aboutJinzhong(subject) || figure.kind !== 'actual') return null;
  if (programme.status !== 'designated') return null;
  const named = namedAtLevel(towns, programme.level, period);
  return named.length === figure.value ? null : named;
}

/**
 * A headline whose question no source had answered by the chosen date (`?asof`): its label, that
 * nothing was reported by then, and for a count of towns the towns our sources name by then.
 */
function NotYetCard({
  headline,
  indicator,
  asof,
  named,
}: {
  headline: Figure;
  indicator: Indicator;
  asof: string;
  named: readonly Town[] | null;
}) {
  const { t, text, date, list } = useI18n();
  return (
    <li className="headline headline-not-yet" data-figure={headline.id}>
      <p className="headline-label">{text(headline.scope ?? indicator.name)}</p>
      <p className="headline-value">—</p>
      <p className="headline-meta">{fill(t.headlineNotYet, { date: date(asof) })}</p>
      {named && named.length > 0 && (
        <p className="headline-note">
          {fill(t.namedInSources, { count: named.length, names: list(named.map((town) => text(town.name))) })}
        </p>
      )}
    </li>
  );
}

type Item =
  | {
      figure: Figure;
      indicator: Indicator;
      subject: string;
      article: Article | undefined;
      older: boolean;
      named: Town[] | null;
    }
  | { notYet: Figure; indicator: Indicator; named: Town[] | null };

const HeadlineList = memo(function HeadlineList({
  meta,
  figures,
  asof,
}: {
  meta: DatasetMeta;
  figures: readonly Figure[];
  /** The date the dashboard stands at: each headline as it stood then (needs the articles' dates). */
  asof: string | null;
}) {
  const { lang } = useI18n();
  // Town names are a nicety here: headlines still show when towns.json has failed.
  const { towns, articles } = useLoadedFiles();
  const items = useMemo(() => {
    const indicators = indexById(meta.indicators);
    const ctx = { towns: indexById(towns?.towns ?? []), groups: indexById(meta.groups) };
    const sources = indexById(articles?.articles ?? []);
    const articleOf = (f: Figure) => sources.get(f.source.article);
    const known = asof === null ? figures : figures.filter((f) => reportedBy(f, articleOf, asof));
    const newest = newestPeriods(known);
    return headlineFigures(meta, figures).flatMap((headline): Item[] => {
      const indicator = indicators.get(headline.indicator);
      if (!indicator) return [];
      const figure = headlineAsOf(headline, figures, articleOf, asof);
      if (!figure) {
        const level = aboutJinzhong(headline.subject) && headline.programme?.status === 'designated';
        const named =
          level && asof && towns && headline.programme
            ? namedAtLevel(towns.towns, headline.programme.level, asof)
            : null;
        return [{ notYet: headline, indicator, named }];
      }
      const subject = subjectName(figure.subject, ctx)[lang];
      const article = articleOf(figure);
      const named = namedBeside(figure, towns?.towns);
      return [{ figure, indicator, subject, article, older: isOlder(figure, newest), named }];
    });
  }, [meta, figures, towns, articles, lang, asof]);
  // The page's most meaningful paint: reported beside LCP by the benchmark (see timing.ts).
  useEffect(() => markPainted(TIMING.headlinesPainted), []);
  return (
    <ul className="headlines">
      {items.map((item) =>
        'notYet' in item ? (
          <NotYetCard
            key={item.notYet.id}
            headline={item.notYet}
            indicator={item.indicator}
            asof={asof ?? ''}
            named={item.named}
          />
        ) : (
          <HeadlineCard key={item.figure.id} {...item} />
        ),
      )}
    </ul>
  );
});

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

/**
 * Memoised: of what the reader picks, only the date (`?asof`) changes the headline figures. With a
 * date, they wait for the articles too, whose dates say what had been reported by then.
 */
export const HeadlineFigures = memo(function HeadlineFigures() {
  const { dataset } = useLoadedFiles();
  const { asof } = useView().view;
  return (
    <DataGate
      need={asof ? ['dataset', 'figures', 'articles'] : ['dataset', 'figures']}
      loading={dataset ? <PendingHeadlines count={dataset.headlines.length} /> : <Loading />}
    >
      {({ dataset, figures }) => <HeadlineList meta={dataset} figures={figures.figures} asof={asof} />}
    </DataGate>
  );
});
