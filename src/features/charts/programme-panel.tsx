/**
 * 晋中's specialty-town programme over time: designations by level and year (the province's first
 * batch in 2022, the city's shortlist, the first city-level towns) beside the 2023 targets.
 */
import { memo, lazy, Suspense, useMemo } from 'react';
import { ChartFrame } from '../../charts/chart-frame';
import { figureMarks } from '../../charts/figure-marks';
import { rowLabel, type FigureRow } from '../../charts/figure-rows';
import { useMarkRules } from '../../charts/figure-table';
import { indexById } from '../../data/format/collections';
import { findIndicator, subjectName } from '../../data/domain/figures';
import type { DatasetMeta, Figure } from '../../data/format/schema';
import { LEVELS } from '../../data/format/vocabulary';
import { programmeKnownAt } from '../../data/domain/towns';
import { useLoadedFiles } from '../../data/loading/use-dataset';
import { useI18n } from '../../i18n/i18n';
import { fill } from '../../i18n/messages';
import { DataGate, Loading } from '../../ui/data-gate';
import type { ProgrammeBar } from './build-programme-option';
import { PROGRAMME_CHART_HEIGHT, programmeFigures } from './programme-figures';

const ProgrammeChart = lazy(() => import('./programme-chart'));

function Programme({ meta, figures }: { meta: DatasetMeta; figures: readonly Figure[] }) {
  const i18n = useI18n();
  const { t, text, lang, date } = i18n;
  // Town names are a nicety here: the chart still shows when towns.json has failed.
  const { towns } = useLoadedFiles();
  const rules = useMarkRules(false);
  const knownAt = useMemo(() => programmeKnownAt(towns?.towns ?? [], figures), [towns, figures]);

  const { rows, bars } = useMemo(() => {
    const ctx = { towns: indexById(towns?.towns ?? []), groups: indexById(meta.groups) };
    const indicator = findIndicator(meta, 'towns');
    const items = programmeFigures(figures).sort(
      (a, b) => a.year.localeCompare(b.year) || LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level),
    );
    if (!indicator) return { rows: [], bars: [] };
    const rows: FigureRow[] = items.map(({ figure }) => ({
      key: figure.id,
      townId: null,
      subject: text(subjectName(figure.subject, ctx)),
      indicator,
      figure,
    }));
    const bars: ProgrammeBar[] = items.map(({ figure, level, status, year }, i) => {
      const row = rows[i];
      const stage = figure.kind === 'target' ? t.kind.target : t.status[status];
      return {
        level,
        series: lang === 'zh' ? `${year}年 · ${stage}` : `${year} · ${stage}`,
        figure,
        label: row ? `${rowLabel(row, i18n)}${figureMarks(figure, rules)}` : '',
        details: [row?.subject ?? '', figure.scope ? text(figure.scope) : ''],
      };
    });
    return { rows, bars };
  }, [meta, figures, towns, text, t, lang, i18n, rules]);

  const description = [
    t.programmeDescription,
    ...bars.map((b) => `${b.series}, ${t.levelTowns[b.level]}: ${b.label}`),
  ].join(' ');

  return (
    <ChartFrame
      embed="programme"
      id="programme-chart"
      title={t.programmeTitle}
      marksScope={false}
      keyWithout={['actual']}
      height={() => PROGRAMME_CHART_HEIGHT}
      rows={rows}
      fileName="jinzhong-specialty-town-programme"
      note={
        <p className="muted small">
          {knownAt && `${fill(t.programmeAsOf, { date: date(knownAt) })} `}
          {t.programmeNote}
        </p>
      }
      renderChart={(controls) => (
        <Suspense fallback={<Loading />}>
          <ProgrammeChart bars={bars} levels={LEVELS} description={description} controls={controls} />
        </Suspense>
      )}
    />
  );
}

/** Memoised: the indicator and selection do not change this chart. */
export const ProgrammePanel = memo(function ProgrammePanel() {
  return (
    <DataGate need={['dataset', 'figures']}>
      {({ dataset, figures }) => <Programme meta={dataset} figures={figures.figures} />}
    </DataGate>
  );
});
