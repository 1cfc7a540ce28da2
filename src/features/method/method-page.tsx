/**
 * "Sources and method": what a specialty town is, what each indicator means, how qualifiers and
 * kinds are written and drawn, the tiers, the data's licence and the boundaries' attribution,
 * when the data was last revised, and how to report an error. All prose is our own.
 */
import { CardTable } from '../../ui/card-table';
import type { Qualifier, Revision } from '../../data/format/schema';
import { QUALIFIERS } from '../../data/format/vocabulary';
import { namedOutlets } from '../../data/domain/articles';
import { COLLECTIONS } from '../../data/exchange/diff-datasets';
import { FIGURES_CSV } from '../../data/exchange/figures-csv';
import { DATA_BASE } from '../../data/loading/data-url';
import { DATA_PACKAGE } from '../../data/format/files';
import { useLoadedFiles } from '../../data/loading/use-dataset';
import { formatFigureValue } from '../../i18n/format';
import { useI18n, useMessages } from '../../i18n/i18n';
import { fill } from '../../i18n/messages';
import { ExternalLink } from '../../ui/external-link';
import { PROSE } from './method-prose';

/** An example figure for each qualifier, in base units, with how the charts draw it. */
const EXAMPLES: Record<
  Qualifier,
  { value: number; upper?: number; unit: 'yuan' | 'persons' | 'enterprises' | 'rank' }
> = {
  exact: { value: 3850000000, unit: 'yuan' },
  nearly: { value: 200000, unit: 'persons' },
  over: { value: 200, unit: 'enterprises' },
  about: { value: 52000, unit: 'persons' },
  range: { value: 2000000000, upper: 4000000000, unit: 'yuan' },
  atMost: { value: 3, unit: 'rank' },
};

export function MethodPage() {
  const { dataset: meta, articles: articlesFile, counties } = useLoadedFiles();
  const { t, text, lang, date } = useI18n();
  const p = useMessages(PROSE);
  const articles = articlesFile?.articles ?? [];

  return (
    <article className="panel method" aria-labelledby="method-title">
      <h2 id="method-title">{t.methodTitle}</h2>
      <section aria-labelledby="m-what">
        <h3 id="m-what">{p.what}</h3>
        <p>{p.whatText}</p>
      </section>
      <section aria-labelledby="m-tiers">
        <h3 id="m-tiers">{p.tiers}</h3>
        <dl>
          {(Object.keys(p.tierText) as (keyof typeof p.tierText)[]).map((tier) => (
            <div key={tier}>
              <dt>{t.tier[tier]}</dt>
              <dd>{p.tierText[tier]}</dd>
            </div>
          ))}
        </dl>
      </section>
      {meta && (
        <section aria-labelledby="m-indicators">
          <h3 id="m-indicators">{p.indicators}</h3>
          <CardTable columns={[t.indicator, t.unitLabel, t.note]}>
            {meta.indicators.map((i) => (
              <tr key={i.id}>
                <th scope="row">{text(i.name)}</th>
                <td data-label={t.unitLabel}>{p.unitName[i.unit]}</td>
                <td data-label={t.note}>{text(i.description)}</td>
              </tr>
            ))}
          </CardTable>
        </section>
      )}
      <section aria-labelledby="m-qualifiers">
        <h3 id="m-qualifiers">{p.qualifiers}</h3>
        <CardTable columns={[t.qualifierLabel, p.example, p.drawn]}>
          {QUALIFIERS.map((q) => {
            const e = EXAMPLES[q];
            return (
              <tr key={q}>
                <th scope="row">{p.qualifierName[q]}</th>
                <td data-label={p.example}>
                  {formatFigureValue({ value: e.value, upper: e.upper, qualifier: q }, e.unit, lang)}
                </td>
                <td data-label={p.drawn}>{p.qualifierDrawn[q]}</td>
              </tr>
            );
          })}
        </CardTable>
        <p>{p.kinds}</p>
      </section>
      <section aria-labelledby="m-sources">
        <h3 id="m-sources">{p.sources}</h3>
        <p>{p.sourcesText}</p>
        <h4>{p.differ}</h4>
        <ol className="differ-rule">
          {p.differRule.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <p>{p.differText}</p>
        <h4>{p.copies}</h4>
        <p>{p.copiesText}</p>
        <p className="outlet-list">
          {p.outletsLabel}:{' '}
          {namedOutlets(articles).map((o, i) => (
            <span key={o.name.zh}>
              {i > 0 && (lang === 'zh' ? '、' : ', ')}
              {o.url ? <ExternalLink href={o.url}>{text(o.name)}</ExternalLink> : text(o.name)}
            </span>
          ))}
        </p>
        <h4>{p.cite}</h4>
        <p>{p.citeText}</p>
        <ul className="cite-kinds">
          {p.citeKinds.map((kind) => (
            <li key={kind}>{kind}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="m-license">
        <h3 id="m-license">{p.license}</h3>
        {meta && <p>{text(meta.license)}</p>}
        {counties && (
          <p>
            {t.footerBoundaries}: {counties.attribution}
          </p>
        )}
        <p className="muted">{t.tilesNote}</p>
      </section>
      <section aria-labelledby="m-package">
        <h3 id="m-package">{p.package}</h3>
        <p>{p.packageIntro}</p>
        <ul>
          <li>
            <a href={`${DATA_BASE}${DATA_PACKAGE}`} type="application/json">
              {p.packageDescriptor}
            </a>
          </li>
          <li>
            <a href={`${DATA_BASE}${FIGURES_CSV}`} type="text/csv" download>
              {p.packageCsv}
            </a>
          </li>
        </ul>
      </section>
      {meta && (
        <section aria-labelledby="m-updated">
          <h3 id="m-updated">{p.updated}</h3>
          <p>
            <time dateTime={meta.updated}>{date(meta.updated)}</time>
          </p>
          {meta.revisions && meta.revisions.length > 0 && <Revisions revisions={meta.revisions} />}
        </section>
      )}
      <section aria-labelledby="m-report">
        <h3 id="m-report">{p.report}</h3>
        {meta?.contact ? (
          <p>
            {p.reportTo}
            <ExternalLink href={meta.contact.url}>{text(meta.contact.name)}</ExternalLink>
            {lang === 'en' ? ' (' : '（'}
            {meta.contact.url}
            {lang === 'en' ? ').' : '）。'}
          </p>
        ) : (
          <p>{p.reportNone}</p>
        )}
        <p>{p.reportWhat}</p>
      </section>
    </article>
  );
}

/** The data's own change log, newest first: date, our summary, what each revision added, changed and removed. */
function Revisions({ revisions }: { revisions: readonly Revision[] }) {
  const { text, date } = useI18n();
  const p = useMessages(PROSE);
  return (
    <>
      <h4 id="m-revisions">{p.revisions}</h4>
      <p>{p.revisionsIntro}</p>
      <CardTable columns={[p.revisionDate, p.revisionWhat, p.revisionChanges]}>
        {[...revisions].reverse().map((revision, i) => {
          const ids = COLLECTIONS.flatMap((key) => {
            const set = revision[key];
            return set ? [...set.changed.map((c) => c.id), ...set.removed] : [];
          });
          return (
            <tr key={i}>
              <th scope="row">
                <time dateTime={revision.date}>{date(revision.date)}</time>
              </th>
              <td data-label={p.revisionWhat}>{text(revision.summary)}</td>
              <td data-label={p.revisionChanges}>
                <ul className="revision-counts">
                  {COLLECTIONS.map((key) => {
                    const set = revision[key];
                    return (
                      set && (
                        <li key={key}>
                          {fill(p.revisionCount, {
                            what: p.revisionCounts[key],
                            added: set.added.length,
                            changed: set.changed.length,
                            removed: set.removed.length,
                          })}
                        </li>
                      )
                    );
                  })}
                </ul>
                {ids.length > 0 && (
                  <details>
                    <summary>{p.revisionIds}</summary>
                    <code>{ids.join(', ')}</code>
                  </details>
                )}
              </td>
            </tr>
          );
        })}
      </CardTable>
    </>
  );
}
