/** The indicator the map and the ranking show; kept in the address. */
import { useId, useLayoutEffect, useMemo, useRef } from 'react';
import { rankingIndicators, resolveIndicator, resultYearCounts } from '../../data/domain/figures';
import { useLoadedFiles } from '../../data/loading/use-dataset';
import { useI18n } from '../../i18n/i18n';
import { formatMonth } from '../../i18n/format';
import { fill } from '../../i18n/messages';
import type { Article } from '../../data/format/schema';
import { useKeepInPlace } from '../../ui/keep-in-place';
import { viewHref } from '../../state/url-state';
import { useView } from '../../state/view';
import { follow } from '../../ui/follow';
import { mark, measureSince, TIMING } from '../../lib/timing';

export function IndicatorPicker() {
  const { dataset: meta } = useLoadedFiles();
  const { view, setView } = useView();
  const { t, text } = useI18n();
  const id = useId();
  // A choice is timed from the change to React's commit of the view that shows it (see timing.ts).
  const chosen = useRef(false);
  useLayoutEffect(() => {
    if (!chosen.current) return;
    chosen.current = false;
    measureSince(TIMING.reactRender, TIMING.indicatorChosen);
  }, [view.indicator]);
  if (!meta) return null;
  const current = resolveIndicator(meta, view.indicator);
  const choose = (indicator: string) => {
    mark(TIMING.indicatorChosen);
    chosen.current = true;
    setView({ indicator });
  };
  return (
    <div className="picker">
      <label htmlFor={id}>{t.indicator}</label>
      <select id={id} value={current?.id} onChange={(e) => choose(e.target.value)}>
        {rankingIndicators(meta).map((i) => (
          <option key={i.id} value={i.id}>
            {text(i.name)}
          </option>
        ))}
      </select>
      {current && <span className="muted small picker-description">{text(current.description)}</span>}
    </div>
  );
}

/**
 * The years the date control offers, oldest first (so that typing a year's digits passes through
 * none later than it): from the oldest article's year to the data's last update.
 */
function asofYears(updated: string, articles: readonly Article[] | undefined, chosen: string | null): string[] {
  const years = new Set([updated.slice(0, 4)]);
  if (chosen) years.add(chosen);
  const first = articles?.reduce((min, a) => (a.date < min ? a.date : min), updated).slice(0, 4);
  for (let y = Number(first ?? updated.slice(0, 4)); y <= Number(updated.slice(0, 4)); y++) years.add(String(y));
  return [...years].sort();
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/**
 * The month the dashboard stands at (`?asof=2023-06`): the designations made and the figures
 * reported by the end of that month (tiers on the map; figures on the map, in the ranking, the
 * comparison and the headline figures). Two selects, a year (its first choice "latest": now, the
 * newest the sources give) and a month, each typed or stepped with the keys like any select; their
 * widths are fixed, so that a change moves nothing beside them, and the page keeps them in place
 * when the headline figures above them change height.
 */
export function AsOfPicker() {
  const { dataset: meta, articles } = useLoadedFiles();
  const { view, setView } = useView();
  const { t, lang, date } = useI18n();
  const id = useId();
  const { ref, hold } = useKeepInPlace<HTMLDivElement>();
  const [year, month] = view.asof ? view.asof.split('-') : [null, null];
  const years = useMemo(() => (meta ? asofYears(meta.updated, articles?.articles, year) : []), [meta, articles, year]);
  if (!meta) return null;
  const pick = (asof: string | null) => {
    hold();
    setView({ asof });
  };
  const pickYear = (next: string) => {
    if (!next) return pick(null);
    // A month already chosen stays; else the year's end, or the data's last month for its last year.
    const last = meta.updated.startsWith(next) ? meta.updated.slice(5, 7) : '12';
    pick(`${next}-${month ?? last}`);
  };
  return (
    <div ref={ref} className="picker asof-picker" role="group" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={id}>
        {t.asofPicker}
      </label>
      <select id={id} aria-label={t.asofYear} value={year ?? ''} onChange={(e) => pickYear(e.target.value)}>
        <option value="">{t.asofLatest}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {date(y)}
          </option>
        ))}
      </select>
      <select
        aria-label={t.asofMonth}
        value={month ?? ''}
        disabled={year === null}
        onChange={(e) => pick(`${year}-${e.target.value}`)}
      >
        {year === null && <option value="">—</option>}
        {MONTHS.map((m) => (
          <option key={m} value={String(m).padStart(2, '0')}>
            {formatMonth(m, lang)}
          </option>
        ))}
      </select>
      {/* From the month the map stands at to what happened around it. */}
      {view.asof && (
        <a
          className="asof-chronicle"
          href={viewHref({ ...view, page: 'chronicle' })}
          onClick={follow(() => setView({ page: 'chronicle' }))}
        >
          {t.asofChronicle}
        </a>
      )}
    </div>
  );
}

/**
 * The year the map and the ranking show, when the sources give results for more than one year
 * (kept in the address as `?period=`); by default each town's latest result.
 */
export function PeriodPicker() {
  const { figures, towns } = useLoadedFiles();
  const { view, setView } = useView();
  const { indicator, period: value, scope } = view;
  const { t } = useI18n();
  const id = useId();
  // The towns counted are those the ranking shows: 晋中's (the map's too), or the province's.
  const years = useMemo(() => {
    if (!figures) return [];
    if (scope === 'shanxi' || !towns) return resultYearCounts(figures.figures, indicator);
    const jinzhong = new Set(towns.towns.filter((town) => town.inJinzhong).map((town) => town.id));
    return resultYearCounts(figures.figures, indicator, (town) => jinzhong.has(town));
  }, [figures, towns, indicator, scope]);
  if (years.length < 2 && value === null) return null;
  // A year chosen for another indicator stays selectable: its towns show as not reported.
  const options =
    value === null || years.some((y) => y.year === value)
      ? years
      : [...years, { year: value, towns: 0 }].sort((a, b) => a.year.localeCompare(b.year));
  return (
    <div className="picker">
      <label htmlFor={id}>{t.periodPicker}</label>
      <select id={id} value={value ?? ''} onChange={(e) => setView({ period: e.target.value || null })}>
        <option value="">{t.periodLatest}</option>
        {options.map(({ year, towns }) => (
          <option key={year} value={year}>
            {fill(t.periodTowns, { year, count: towns })}
          </option>
        ))}
      </select>
    </div>
  );
}
