/**
 * "Compared with the published data": what the checked files change, counts first, a warning when
 * a large share of rows disappears, then each figure, town and article added, removed or changed
 * (a figure's old → new value with its unit, and the fields changed), those still in the files
 * with a link to their place in the preview.
 */
import type { ReactNode } from 'react';
import {
  isValueField,
  manyRemoved,
  unchanged,
  type Changed,
  type CollectionDiff,
  type DatasetDiff,
} from '../../data/exchange/diff-datasets';
import type { Article, Figure, Indicator, Town } from '../../data/format/schema';
import { useI18n, useMessages } from '../../i18n/i18n';
import { fill } from '../../i18n/messages';
import { figureAbout } from '../../ui/source-citation';
import { DATA_MESSAGES } from './data-messages';

/** Where the preview opens for one record: a figure pointed at, a town's profile, an article. */
export type PreviewPlace = { figure: string } | { town: string } | { article: string };

const KINDS = ['figures', 'towns', 'articles'] as const;

interface Props {
  diff: DatasetDiff;
  /** The indicators before and after (a figure's unit). */
  indicators: { before: readonly Indicator[]; after: readonly Indicator[] };
  onOpen: (place: PreviewPlace) => void;
}

export function DataDiff({ diff, indicators, onOpen }: Props) {
  const m = useMessages(DATA_MESSAGES);
  const i18n = useI18n();
  const { text, lang } = i18n;
  const paren = (inside: string) => (lang === 'zh' ? `（${inside}）` : ` (${inside})`);
  const indicatorOf = (f: Figure, side: readonly Indicator[]) => side.find((i) => i.id === f.indicator);
  const figure = (f: Figure, side: readonly Indicator[]) => figureAbout(f, indicatorOf(f, side), i18n);
  /** A value as readers see it (近1.6万人), or the number itself when its indicator is unknown. */
  const amount = (f: Figure, side: readonly Indicator[]) => {
    const indicator = indicatorOf(f, side);
    return indicator ? i18n.value(f, indicator.unit) : String(f.value);
  };
  const open = (place: PreviewPlace) => (
    <button type="button" className="link-button" onClick={() => onOpen(place)}>
      {m.diffOpen}
    </button>
  );

  const rows = {
    figures: section(diff.figures, {
      added: (f) => [f.id, figure(f, indicators.after), open({ figure: f.id })],
      removed: (f) => [f.id, figure(f, indicators.before), null],
      changed: (c: Changed<Figure>) => [
        c.id,
        c.fields.some(isValueField)
          ? `${figure(c.after, indicators.after)}${paren(`${amount(c.before, indicators.before)} → ${amount(c.after, indicators.after)}`)}`
          : figure(c.after, indicators.after),
        open({ figure: c.id }),
      ],
    }),
    towns: section(diff.towns, {
      added: (t: Town) => [t.id, text(t.name), open({ town: t.id })],
      removed: (t: Town) => [t.id, text(t.name), null],
      changed: (c: Changed<Town>) => [c.id, text(c.after.name), open({ town: c.id })],
    }),
    articles: section(diff.articles, {
      added: (a: Article) => [a.id, text(a.outlet), open({ article: a.id })],
      removed: (a: Article) => [a.id, text(a.outlet), null],
      changed: (c: Changed<Article>) => [c.id, text(c.after.outlet), open({ article: c.id })],
    }),
  };

  return (
    <section className="data-diff" aria-labelledby="data-diff-title">
      <h4 id="data-diff-title">{m.diffTitle}</h4>
      {unchanged(diff) ? (
        <p>{m.diffNone}</p>
      ) : (
        <>
          <ul className="diff-counts">
            {KINDS.map((kind) => (
              <li key={kind}>
                {fill(m.diffCounts, {
                  what: m.diffWhat[kind],
                  before: diff[kind].before,
                  after: diff[kind].after,
                  added: diff[kind].added.length,
                  removed: diff[kind].removed.length,
                  changed: diff[kind].changed.length,
                })}
              </li>
            ))}
            {diff.dataset.length > 0 && <li>{fill(m.diffDatasetFields, { fields: diff.dataset.join(', ') })}</li>}
            {diff.boundaries && <li>{m.diffBoundaries}</li>}
          </ul>
          {KINDS.filter((kind) => manyRemoved(diff[kind])).map((kind) => (
            <p key={kind} className="data-error" role="alert">
              {fill(m.diffManyRemoved, {
                removed: diff[kind].removed.length,
                before: diff[kind].before,
                what: m.diffWhat[kind].toLowerCase(),
              })}
            </p>
          ))}
          {KINDS.map(
            (kind) => rows[kind].length > 0 && <DiffList key={kind} title={m.diffWhat[kind]} rows={rows[kind]} />,
          )}
        </>
      )}
    </section>
  );
}

type Row = { change: 'added' | 'removed' | 'changed'; id: string; what: string; fields: string[]; link: ReactNode };

/** One collection's rows: added, removed, changed, in that order. */
function section<T extends { id: string }>(
  collection: CollectionDiff<T>,
  show: {
    added: (record: T) => [string, string, ReactNode];
    removed: (record: T) => [string, string, ReactNode];
    changed: (change: Changed<T>) => [string, string, ReactNode];
  },
): Row[] {
  const row = (change: Row['change'], [id, what, link]: [string, string, ReactNode], fields: string[] = []) => ({
    change,
    id,
    what,
    fields,
    link,
  });
  return [
    ...collection.added.map((r) => row('added', show.added(r))),
    ...collection.removed.map((r) => row('removed', show.removed(r))),
    ...collection.changed.map((c) => row('changed', show.changed(c), c.fields)),
  ];
}

/** How many rows of one collection are listed at most (the counts above tell the rest). */
const MAX_ROWS = 500;

function DiffList({ title, rows }: { title: string; rows: Row[] }) {
  const m = useMessages(DATA_MESSAGES);
  const label = { added: m.diffAdded, removed: m.diffRemoved, changed: m.diffChanged };
  return (
    <section aria-label={title}>
      <h5>{title}</h5>
      <ul className="diff-rows all-problems" tabIndex={0} aria-label={title}>
        {rows.slice(0, MAX_ROWS).map((row) => (
          <li key={`${row.change}-${row.id}`} data-change={row.change}>
            <strong>{label[row.change]}</strong> <code>{row.id}</code> {row.what}
            {row.fields.length > 0 && (
              <span className="muted small"> · {fill(m.diffFields, { fields: row.fields.join(', ') })}</span>
            )}
            {row.link && <> {row.link}</>}
          </li>
        ))}
      </ul>
    </section>
  );
}
