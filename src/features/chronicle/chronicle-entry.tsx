/** One item of the chronicle (chronicle-page): when, what kind, whom it is about, what happened, and its links. */
import { memo } from 'react';
import { asofMonth, type ChronicleEntry } from '../../data/domain/chronicle';
import { subjectName, type NamedSubjectContext } from '../../data/domain/figures';
import type { Article, Indicator } from '../../data/format/schema';
import { batchText } from '../../i18n/batch';
import { articleTitle } from '../../i18n/citation';
import { useI18n, useMessages, type I18n } from '../../i18n/i18n';
import { fill } from '../../i18n/messages';
import { applyPatch, viewHref, type ViewState } from '../../state/url-state';
import { useView } from '../../state/view';
import { CopyCitation, figurePlace } from '../../ui/copy-citation';
import { follow } from '../../ui/follow';
import { ArticleAddress, ArticleTitle, figureAbout, SourceToggle } from '../../ui/source-citation';
import { CHRONICLE_MESSAGES, type ChronicleMessages } from './chronicle-messages';

/** What an entry needs to be drawn: names of towns and groups, indicators, articles. */
export interface EntryContext extends NamedSubjectContext {
  indicators: ReadonlyMap<string, Indicator>;
  articles: ReadonlyMap<string, Article>;
}

/** The dashboard at a month: the map as it stood then, nothing selected or filtered. */
export const mapPatch = (month: string): Partial<ViewState> => ({
  page: 'dashboard',
  asof: month,
  town: null,
  county: null,
  figure: null,
  kind: null,
  year: null,
});

/** One item: when, what kind, whom it is about, what happened; its source, a citation, the map then. */
export const Entry = memo(function Entry({
  entry,
  ctx,
  month,
}: {
  entry: ChronicleEntry;
  ctx: EntryContext;
  /** The month the chronicle was opened around (`?asof=`): its items are marked. */
  month: string | null;
}) {
  const i18n = useI18n();
  const { text, date } = i18n;
  const m = useMessages(CHRONICLE_MESSAGES);
  const { view, setView } = useView();
  const { who, what, article } = describe(entry, ctx, i18n, m);
  const when =
    entry.date === null
      ? null
      : entry.type === 'figure'
        ? fill(m.reported, { date: date(entry.date) })
        : entry.date.length === 4
          ? fill(m.yearOnly, { year: date(entry.date) })
          : date(entry.date);
  const inMonth = month !== null && entry.date !== null && entry.date.length >= 7 && entry.date.startsWith(month);
  const about = `${who} · ${what}`;
  const then = entry.date && asofMonth(entry.date);
  return (
    <li id={`c-${entry.key}`} className="chronicle-entry" data-kind={entry.kind} data-around={inMonth || undefined}>
      <p className="chronicle-head">
        {when && <time dateTime={entry.date ?? undefined}>{when}</time>}
        <span className="chronicle-kind">{m.kinds[entry.kind]}</span>
        {inMonth && <span className="chronicle-mark">{m.aroundMark}</span>}
      </p>
      <p className="chronicle-what">
        <strong>{who}</strong> {entry.type === 'article' ? <ArticleTitle article={entry.article} /> : what}
      </p>
      {entry.type === 'article' && <p className="small">{text(entry.article.summary)}</p>}
      <div className="chronicle-actions">
        {entry.type === 'article' ? (
          <ArticleAddress article={entry.article} />
        ) : (
          <SourceToggle
            source={
              entry.type === 'figure'
                ? entry.figure.source
                : entry.type === 'fact'
                  ? entry.fact.source
                  : entry.designation.source
            }
            figure={entry.type === 'figure' ? entry.figure : undefined}
            town={entry.type === 'figure' ? undefined : entry.town.id}
            cite={false}
            about={about}
          />
        )}
        {article && (
          <CopyCitation
            article={article}
            at={
              entry.type === 'figure'
                ? figurePlace(entry.figure)
                : entry.type === 'article'
                  ? null
                  : { town: entry.town.id }
            }
          />
        )}
        {then && (
          <a
            className="chronicle-map"
            href={viewHref(applyPatch(view, mapPatch(then)))}
            aria-label={fill(m.mapThenLabel, { month: date(then), about })}
            onClick={follow(() => setView(mapPatch(then)))}
          >
            {m.mapThen}
          </a>
        )}
      </div>
      {entry.type === 'designation' && entry.designation.note && (
        <p className="muted small">{text(entry.designation.note)}</p>
      )}
      {entry.type === 'figure' && entry.figure.note && <p className="muted small">{text(entry.figure.note)}</p>}
    </li>
  );
});

/** Whom an entry is about and what it says, in the reader's language, and the article it comes from. */
function describe(
  entry: ChronicleEntry,
  ctx: EntryContext,
  i18n: I18n,
  m: ChronicleMessages,
): { who: string; what: string; article: Article | undefined } {
  const { t, text } = i18n;
  switch (entry.type) {
    case 'designation': {
      const d = entry.designation;
      const batch = batchText(d, t);
      return {
        who: text(entry.town.name),
        what: `${fill(m.designated, { level: t.level[d.level], status: t.status[d.status] })}${batch ? ` · ${batch}` : ''}`,
        article: ctx.articles.get(d.source.article),
      };
    }
    case 'fact':
      return {
        who: text(entry.town.name),
        what: text(entry.fact.text),
        article: ctx.articles.get(entry.fact.source.article),
      };
    case 'figure':
      return {
        who: text(subjectName(entry.figure.subject, ctx)),
        what: figureAbout(entry.figure, ctx.indicators.get(entry.figure.indicator), i18n, entry.article),
        article: entry.article,
      };
    case 'article':
      return {
        who: text(entry.article.outlet),
        what: articleTitle(entry.article, i18n.lang).text,
        article: entry.article,
      };
  }
}
