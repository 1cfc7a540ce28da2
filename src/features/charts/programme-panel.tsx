/**
 * 晋中's specialty-town programme over time: designations by level and year (the province's first
 * batch in 2022, the city's shortlist, the first city-level towns) beside the 2023 targets.
 */
import { memo, lazy, Suspense, useMemo } from 'react';
import { ChartFrame } from '../../charts/chart-frame';
import { rowLabel, type FigureRow } from '../../charts/figure-rows';
import { LEVELS } from '../../data/schema';
import { indexById, programmeFigures, subjectName } from '../../data/select';
import { useDataset } from '../../data/use-dataset';
import { useI18n } from '../../i18n/i18n';
import { DataGate, Loading, readyData } from '../../ui/data-gate';
import type { ProgrammeBar } from './build-programme-option';

const ProgrammeChart = lazy(() => import('./programme-chart'));

function Programme() {
  const { files } = useDataset();
  const i18n = useI18n();
  const { t, text, lang } = i18n;
  const meta = readyData(files.dataset);
  const figures = readyData(files.figures).figures;
  const townsState = files.towns;

  const { rows, bars } = useMemo(() => {
    const towns = indexById(townsState.status === 'success' ? townsState.data.towns : []);
    const ctx = { towns, groups: indexById(meta.groups) };
    const indicator = meta.indicators.find((i) => i.id === 'towns');
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
        label: row ? rowLabel(row, i18n) : '',
        details: [row?.subject ?? '', figure.scope ? text(figure.scope) : ''],
      };
    });
    return { rows, bars };
  }, [meta, figures, townsState, text, t, lang, i18n]);

  const description = [
    t.programmeDescription,
    ...bars.map((b) => `${b.series}, ${t.levelTowns[b.level]}: ${b.label}`),
  ].join(' ');

  return (
    <ChartFrame
      embed="programme"
      id="programme-chart"
      title={t.programmeTitle}
      rows={rows}
      fileName="jinzhong-specialty-town-programme"
      note={<p className="muted small">{t.programmeNote}</p>}
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
  return <DataGate need={['dataset', 'figures']}>{() => <Programme />}</DataGate>;
});
