/**
 * "Compared with the published data": what the checked files change, counts first, a warning when
 * a large share of rows disappears, then each figure, town and article added, removed or changed
 * (a figure's old → new value with its unit, and the fields changed), those still in the files
 * with a link to their place in the preview.
 */
import {
  COLLECTIONS,
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
  const valueChange = (c: Changed<Figure>) =>
    c.fields.some(isValueField)
      ? `${figure(c.after, indicators.after)}${paren(`${amount(c.before, indicators.before)} → ${amount(c.after, indicators.after)}`)}`
      : figure(c.after, indicators.after);
  const rows = {
    figures: rowsOf(diff.figures, (id) => ({ figure: id }), {
      added: (f) => figure(f, indicators.after),
      removed: (f) => figure(f, indicators.before),
      changed: valueChange,
    }),
    towns: rowsOf(
      diff.towns,
      (id) => ({ town: id }),
      described((t: Town) => text(t.name)),
    ),
    articles: rowsOf(
      diff.articles,
      (id) => ({ article: id }),
      described((a: Article) => text(a.outlet)),
    ),
  };

  return (
    <section className="data-diff" aria-labelledby="data-diff-title">
      <h4 id="data-diff-title">{m.diffTitle}</h4>
      {unchanged(diff) ? (
        <p>{m.diffNone}</p>
      ) : (
        <>
          <ul className="diff-counts">
            {COLLECTIONS.map((kind) => (
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
          {COLLECTIONS.filter((kind) => manyRemoved(diff[kind])).map((kind) => (
            <p key={kind} className="data-error" role="alert">
              {fill(m.diffManyRemoved, {
                removed: diff[kind].removed.length,
                before: diff[kind].before,
                what: m.diffWhat[kind].toLowerCase(),
              })}
            </p>
          ))}
          {COLLECTIONS.map(
            (kind) =>
              rows[kind].length > 0 && (
                <DiffList key={kind} title={m.diffWhat[kind]} rows={rows[kind]} onOpen={onOpen} />
              ),
          )}
        </>
      )}
    </section>
  );
}

/** One row: what happened to which record, in a few words, and where the preview shows it (none once removed). */
type Row = {
  change: 'added' | 'removed' | 'changed';
  id: string;
  what: string;
  fields: string[];
  place: PreviewPlace | null;
};

interface Describe<T> {
  added: (record: T) => string;
  removed: (record: T) => string;
  changed: (change: Changed<T>) => string;
}

/** A town or an article is told by one text whatever happened to it (a changed one as it is now). */
const described = <T,>(what: (record: T) => string): Describe<T> => ({
  added: what,
  removed: what,
  changed: (c) => what(c.after),
});

/** One collection's rows: added, removed, changed, in that order. */
function rowsOf<T extends { id: string }>(
  collection: CollectionDiff<T>,
  placeOf: (id: string) => PreviewPlace,
  describe: Describe<T>,
): Row[] {
  return [
    ...collection.added.map((r) => ({
      change: 'added' as const,
      id: r.id,
      what: describe.added(r),
      fields: [],
      place: placeOf(r.id),
    })),
    ...collection.removed.map((r) => ({
      change: 'removed' as const,
      id: r.id,
      what: describe.removed(r),
      fields: [],
      place: null,
    })),
    ...collection.changed.map((c) => ({
      change: 'changed' as const,
      id: c.id,
      what: describe.changed(c),
      fields: c.fields,
      place: placeOf(c.id),
    })),
  ];
}

/** How many rows of one collection are listed at most (the counts above tell the rest). */
const MAX_ROWS = 500;

function DiffList({ title, rows, onOpen }: { title: string; rows: Row[]; onOpen: (place: PreviewPlace) => void }) {
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
            {row.place && (
              <>
                {' '}
                <button type="button" className="link-button" onClick={() => row.place && onOpen(row.place)}>
                  {m.diffOpen}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
