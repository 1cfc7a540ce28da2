/**
 * A town's one-page brief for paper (A4 portrait): name, tier with the date it was given, county,
 * the figure that stands for each indicator with its qualifier, period, scope and numbered source,
 * targets and plans, the longest series over time as a small drawing, the sources with their
 * addresses, the date printed and the page's address. Drawn beside the app (a portal into <body>)
 * and shown only in print, where it replaces the dashboard: the "print brief" button and the
 * browser's own print of a town's view give the same page. Loaded with the profile, not before.
 */
import { useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { today } from '../../data/domain/dates';
import type { Figure, Indicator, Town } from '../../data/format/schema';
import { useLoadedFiles } from '../../data/loading/use-dataset';
import { useI18n } from '../../i18n/i18n';
import { fill } from '../../i18n/messages';
import { useFigureChoice, useView } from '../../state/view';
import { copyNote } from '../../ui/article-copy';
import { ArticleLine } from '../../ui/source-citation';
import { townBrief, type BriefRow } from './brief';
import { scopeOf } from './profile-figures';

/** The drawing's frame, in its own units (it scales to the page's width). */
const W = 640;
const H = 150;
const LABEL = 18;

/** A series as bars, one per period, each labelled with its value as the source gives it. */
function SeriesDrawing({ series, indicator, title }: { series: Figure[]; indicator: Indicator; title: string }) {
  const { value, period } = useI18n();
  const max = Math.max(...series.map((f) => f.upper ?? f.value)) || 1;
  const slot = W / series.length;
  const bar = Math.min(slot * 0.6, 90);
  const height = (v: number) => (v / max) * (H - 2 * LABEL);
  const label = (f: Figure) => value(f, indicator.unit);
  return (
    <figure className="brief-chart">
      <figcaption>{title}</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`${title}: ${series.map((f) => `${f.period ? period(f.period) : ''} ${label(f)}`).join(', ')}`}
      >
        {series.map((f, i) => {
          const x = i * slot + (slot - bar) / 2;
          const base = H - LABEL;
          const solid = height(f.value);
          const upper = f.upper !== undefined ? height(f.upper) : solid;
          return (
            <g key={f.id}>
              {upper > solid && (
                <rect x={x} y={base - upper} width={bar} height={upper - solid} className="brief-bar-open" />
              )}
              <rect x={x} y={base - solid} width={bar} height={Math.max(solid, 1)} className="brief-bar" />
              <text x={x + bar / 2} y={base - Math.max(upper, solid) - 4} textAnchor="middle">
                {label(f)}
              </text>
              <text x={x + bar / 2} y={H - 4} textAnchor="middle">
                {f.period ? period(f.period) : ''}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

function FigureRows({ rows, town, kindColumn }: { rows: BriefRow[]; town: Town; kindColumn?: boolean }) {
  const { t, text, value, period, list } = useI18n();
  return rows.map(({ figure, indicator, others, note }) => (
    <tr key={figure.id}>
      <th scope="row">
        {text(indicator.name)}
        {kindColumn && <span className="brief-kind"> · {t.kindHeading[figure.kind]}</span>}
      </th>
      <td className="value">
        {value(figure, indicator.unit)}
        {others.length > 0 && (
          <span className="brief-differ">
            {' '}
            {fill(t.briefDiffer, {
              n: others.length,
              figures: list(others.map((o) => `${value(o.figure, indicator.unit)} [${o.note}]`)),
            })}
          </span>
        )}
      </td>
      <td>{figure.period ? period(figure.period) : t.noPeriod}</td>
      <td>{text(scopeOf(figure, town))}</td>
      <td className="brief-note">[{note}]</td>
    </tr>
  ));
}

/** The date printed: today when the brief is drawn, brought up to date when the browser prints. */
function usePrintedOn(): string {
  const [printedOn, setPrintedOn] = useState(today);
  useEffect(() => {
    const update = () => setPrintedOn(today());
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  return printedOn;
}

function Brief({ town }: { town: Town }) {
  const i18n = useI18n();
  const { t, text, date } = i18n;
  const { dataset: meta, index } = useLoadedFiles();
  const choice = useFigureChoice();
  const { view } = useView();
  const printedOn = usePrintedOn();
  const brief = useMemo(
    () => (index && meta ? townBrief(index, town, meta, choice) : null),
    [index, meta, town, choice],
  );
  if (!brief || !meta) return null;
  const since = brief.tierSince;
  const colon = i18n.lang === 'zh' ? '：' : ': ';
  const head = (
    <tr>
      <th scope="col">{t.indicator}</th>
      <th scope="col">{t.value}</th>
      <th scope="col">{t.period}</th>
      <th scope="col">{t.scope}</th>
      <th scope="col">{t.source}</th>
    </tr>
  );
  return (
    <article
      className="town-brief"
      lang={i18n.lang === 'zh' ? 'zh-CN' : 'en'}
      aria-label={fill(t.briefLabel, { town: text(town.name) })}
    >
      <header className="brief-head">
        <p className="brief-kicker">{text(meta.title)}</p>
        <h1>{text(town.name)}</h1>
        <dl className="brief-facts">
          <div>
            <dt>
              {t.tierLabel}
              {colon}
            </dt>
            <dd>
              {t.tier[brief.tier]}
              {/* A designation gave the tier its name, level included: only the date is new. */}
              {since &&
                fill(since.status === 'designated' ? t.briefTierDesignated : t.briefTierSince, {
                  date: date(since.date),
                  level: t.level[since.level],
                  status: t.status[since.status],
                })}
              {brief.tierNote > 0 && ` [${brief.tierNote}]`}
            </dd>
          </div>
          <div>
            <dt>
              {t.countyLabel}
              {colon}
            </dt>
            <dd>{text(town.county.name)}</dd>
          </div>
          <div>
            <dt>
              {t.industryLabel}
              {colon}
            </dt>
            <dd>{text(town.industry)}</dd>
          </div>
        </dl>
        <p className="brief-summary">{text(town.summary)}</p>
      </header>
      <section>
        <h2>
          {t.briefResults}
          {view.asof && <span className="brief-asof"> · {fill(t.briefAsOf, { date: date(view.asof) })}</span>}
          {view.period && <span className="brief-asof"> · {view.period}</span>}
        </h2>
        {brief.results.length === 0 ? (
          <p>{t.briefNoFigures}</p>
        ) : (
          <table className="brief-table">
            <thead>{head}</thead>
            <tbody>
              <FigureRows rows={brief.results} town={town} />
            </tbody>
          </table>
        )}
      </section>
      {brief.aims.length > 0 && (
        <section>
          <h2>{t.briefAims}</h2>
          <table className="brief-table">
            <thead>{head}</thead>
            <tbody>
              <FigureRows rows={brief.aims} town={town} kindColumn />
            </tbody>
          </table>
        </section>
      )}
      {brief.history && (
        <SeriesDrawing
          series={brief.history.series}
          indicator={brief.history.indicator}
          title={`${fill(t.trendTitle, { indicator: text(brief.history.indicator.name) })}${
            brief.history.series[0]?.scope ? ` (${text(brief.history.series[0].scope)})` : ''
          }`}
        />
      )}
      <section>
        <h2>{t.briefSources}</h2>
        <ol className="brief-sources">
          {brief.sources.map((article) => {
            const copy = copyNote(article, t);
            const address = article.url ?? article.readAt?.url;
            return (
              <li key={article.id}>
                <ArticleLine article={article} />
                {address ? (
                  <>
                    {' '}
                    <span className="brief-url">{address}</span>
                    {copy && <> ({copy})</>}
                  </>
                ) : (
                  <> {t.noUrl}</>
                )}
              </li>
            );
          })}
        </ol>
      </section>
      <footer className="brief-foot">
        <p>
          {fill(t.briefPrinted, { date: date(printedOn) })} · {t.briefNote}
        </p>
        <p>
          {t.briefAddress}: <span className="brief-url">{window.location.href}</span>
        </p>
      </footer>
    </article>
  );
}

/** The brief of the town shown, beside the app in <body>, for print only. */
export default function TownBrief({ town }: { town: Town }) {
  return createPortal(<Brief town={town} />, document.body);
}
