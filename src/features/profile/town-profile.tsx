/**
 * The profile of one town: what the data holds about it, each figure with its source one click
 * away, its scopes side by side, its results over time, and the indicators the sources leave
 * unreported. Shows what it can when some files have not loaded (the town's own facts need none).
 */
import { useDeferredValue, useMemo } from 'react';
import { articleCoverage, articlesByDate } from '../../data/domain/articles';
import type { DatasetIndex } from '../../data/domain/dataset-index';
import { findIndicator } from '../../data/domain/figures';
import type { DatasetMeta, Figure, Town } from '../../data/format/schema';
import { townTier } from '../../data/domain/towns';
import { useLoadedFiles } from '../../data/loading/use-dataset';
import { useInBrowser } from '../../ui/in-browser';
import { townPagePath } from '../../state/url-state';
import { batchText } from '../../i18n/batch';
import { useI18n } from '../../i18n/i18n';
import { useFigureChoice } from '../../state/view';
import { copyNote } from '../../ui/article-copy';
import { ArticleAddress, ArticleLine, figureAbout, periodOrReported, SourceToggle } from '../../ui/source-citation';
import { useArticleIndex } from '../../charts/figure-table';
import { disagreements, scopeOf, townFiguresByKind, unreportedIndicators } from './profile-figures';
import { CardTable } from '../../ui/card-table';
import { TownTrends } from './town-trends';

/** A long text's first words, for a button's name. */
const brief = (text: string, most = 24) => (text.length > most ? `${text.slice(0, most)}…` : text);

function FigureItem({ figure, meta }: { figure: Figure; meta: DatasetMeta | undefined }) {
  const i18n = useI18n();
  const { t, text, value } = i18n;
  // Without the dataset (its file failed), the indicator's id stands for its name.
  const indicator = meta && findIndicator(meta, figure.indicator);
  // A figure without a period is told by the date it was reported.
  const article = useArticleIndex().get(figure.source.article);
  return (
    <li className="profile-figure" data-figure={figure.id}>
      <span className="figure-name">
        {indicator ? text(indicator.name) : figure.indicator}
        {figure.subject.type === 'enterprise' && ` · ${text(figure.subject.name)}`}
      </span>{' '}
      <strong>{indicator ? value(figure, indicator.unit) : figure.value}</strong>
      {(figure.period || article) && <span className="muted"> · {periodOrReported(figure, article, i18n)}</span>}
      {figure.scope && (
        <span className="figure-scope">
          {' '}
          · {t.scope}: {text(figure.scope)}
        </span>
      )}
      {figure.note && <span className="figure-note"> · {text(figure.note)}</span>}{' '}
      <SourceToggle source={figure.source} figure={figure} about={figureAbout(figure, indicator, i18n, article)} />
    </li>
  );
}

/**
 * For each indicator where the sources differ, a small table: the figure the ranking and map use
 * first (marked), then the others, each with its scope, period and source (copies marked as such).
 */
function Disagreements({
  town,
  tables,
  meta,
  index,
}: {
  town: Town;
  tables: ReturnType<typeof disagreements>;
  meta: DatasetMeta;
  index: DatasetIndex;
}) {
  const i18n = useI18n();
  const { t, text, date, value, period } = i18n;
  return (
    <section aria-labelledby={`differ-${town.id}`} className="disagreements">
      <h3 id={`differ-${town.id}`}>{t.scopesTitle}</h3>
      <p className="muted small">{t.scopesIntro}</p>
      {tables.map((c) => {
        const indicator = findIndicator(meta, c.indicator);
        return (
          <CardTable
            key={c.indicator}
            caption={indicator ? text(indicator.name) : c.indicator}
            columns={[t.scope, t.value, t.period, t.source]}
          >
            {c.figures.map((f, i) => {
              const article = index.articleOf(f);
              const copy = article && copyNote(article, t);
              return (
                <tr key={f.id} data-row={f.id}>
                  <th scope="row">{text(scopeOf(f, town))}</th>
                  <td className="value" data-label={t.value}>
                    {indicator ? value(f, indicator.unit) : f.value}
                    {i === 0 && <span className="chosen-mark small">{t.differChosen}</span>}
                  </td>
                  <td className="period" data-label={t.period}>
                    {f.period ? period(f.period) : t.noPeriod}
                  </td>
                  <td data-label={t.source}>
                    {article && (
                      <span className="small">
                        {text(article.outlet)}, {date(article.date)}
                        {copy && <span className="article-copy"> · {copy}</span>}{' '}
                      </span>
                    )}
                    <SourceToggle
                      source={f.source}
                      figure={f}
                      about={`${figureAbout(f, indicator, i18n)}${article ? ` · ${text(article.outlet)}` : ''}`}
                    />
                  </td>
                </tr>
              );
            })}
          </CardTable>
        );
      })}
    </section>
  );
}

/**
 * A town's profile. Its head (level, industry, county, summary, designations) is drawn with the
 * choice; the rest, most of its height, follows in a deferred render that React draws in slices,
 * so that on a slow phone the choice is answered at once and taps are not held up meanwhile. Meant
 * to be keyed by the town: the rest never shows another town's figures.
 */
export function TownProfile({ town }: { town: Town }) {
  const { t, text, date, list } = useI18n();
  // A town chosen in the browser shows its name and facts at once, its details in a render of their
  // own; a page baked at build (and the browser's render that hydrates it) has them all at once.
  const detailed = useDeferredValue(town, useInBrowser() ? null : town);
  return (
    // Busy until the details are in (app/pointed-figure waits for them).
    <div className="profile" aria-busy={detailed !== town}>
      <dl className="profile-facts">
        <div>
          <dt>{t.tierLabel}</dt>
          <dd>{t.tier[townTier(town)]}</dd>
        </div>
        <div>
          <dt>{t.industryLabel}</dt>
          <dd>
            {text(town.industry)} ({list(town.industryGroups.map((g) => t.industryGroup[g]))})
          </dd>
        </div>
        <div>
          <dt>{t.countyLabel}</dt>
          <dd>
            {text(town.county.name)}
            {!town.inJinzhong && ` · ${t.outsideJinzhong}`}
          </dd>
        </div>
      </dl>
      <p>{text(town.summary)}</p>
      <p className="muted small">
        {t.precision[town.location.precision]}
        {/* Its own page: a stable address that reads and prints without scripts (src/bake). */}
        {' · '}
        <a href={townPagePath(town.id)}>{t.townPageLink}</a>
      </p>
      {town.designations.length > 0 && (
        <>
          <h3>{t.designations}</h3>
          <ul className="profile-list">
            {town.designations.map((d, i) => (
              <li key={i}>
                {date(d.date)} · {t.level[d.level]} · {t.status[d.status]}
                {batchText(d, t) && ` · ${batchText(d, t)}`}
                {d.note && ` · ${text(d.note)}`}{' '}
                <SourceToggle
                  source={d.source}
                  town={town.id}
                  about={`${date(d.date)} · ${t.level[d.level]} · ${t.status[d.status]}`}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      {detailed === town && <TownDetails town={town} />}
    </div>
  );
}

/** The profile below its head: where sources differ, the trends, every figure, what is unreported, facts and articles. */
function TownDetails({ town }: { town: Town }) {
  const { dataset: meta, figures, index, articles } = useLoadedFiles();
  const { t, text, date } = useI18n();
  const groups = useMemo(() => (figures ? townFiguresByKind(town, figures.figures, meta) : []), [town, figures, meta]);
  const unreported = useMemo(() => (index && meta ? unreportedIndicators(index, town, meta) : []), [town, index, meta]);
  const choice = useFigureChoice();
  const differ = useMemo(() => (index ? disagreements(index, town, choice) : []), [town, index, choice]);
  const townArticles = useMemo(() => {
    if (!articles) return [];
    const all = articles.articles;
    const coverage = articleCoverage(all, [town], meta?.groups ?? [], figures?.figures ?? []);
    return articlesByDate(all.filter((a) => coverage.get(a.id)?.towns.has(town.id)));
  }, [articles, town, meta, figures]);

  return (
    <div className="profile-details">
      {differ.length > 0 && meta && index && <Disagreements town={town} tables={differ} meta={meta} index={index} />}
      {index && meta && <TownTrends town={town} index={index} meta={meta} />}
      {groups.length > 0 && <h3>{t.figuresTitle}</h3>}
      {groups.map((g) => (
        <section key={g.kind} aria-label={t.kindHeading[g.kind]}>
          <h4>{t.kindHeading[g.kind]}</h4>
          <ul className="profile-list">
            {g.figures.map((f) => (
              <FigureItem key={f.id} figure={f} meta={meta} />
            ))}
          </ul>
        </section>
      ))}
      {unreported.length > 0 && (
        <>
          <h3>{t.notReportedTitle}</h3>
          <p className="not-reported">{unreported.map((i) => text(i.name)).join(' · ')}</p>
        </>
      )}
      {town.facts.length > 0 && (
        <>
          <h3>{t.factsTitle}</h3>
          <ul className="profile-list">
            {town.facts.map((f, i) => (
              <li key={i}>
                <span className="fact-type">{t.factType[f.type]}</span> · {text(f.text)}
                {f.date && <span className="muted"> · {date(f.date)}</span>}{' '}
                <SourceToggle
                  source={f.source}
                  town={town.id}
                  about={`${t.factType[f.type]} · ${brief(text(f.text))}`}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      {townArticles.length > 0 && (
        <>
          <h3>{t.townArticles}</h3>
          <ul className="profile-list">
            {townArticles.map((a) => (
              <li key={a.id}>
                <ArticleLine article={a} />
                <ArticleAddress article={a} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
