/**
 * The scale of the towns' economies side by side (output value, enterprises, above-scale
 * enterprises, employment): one panel and one axis per indicator, never summed across scopes.
 */
import { memo, lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { ChartFrame, subsetNote } from '../../charts/chart-frame';
import { rowLabel, type FigureRow } from '../../charts/figure-rows';
import { findIndicator } from '../../data/domain/figures';
import type { DatasetMeta } from '../../data/format/schema';
import { useSideBySide } from '../../data/loading/use-derived';
import { useI18n } from '../../i18n/i18n';
import { useSetView, useView } from '../../state/view';
import { DataGate, Loading } from '../../ui/data-gate';
import { ScopeToggle } from '../../ui/scope-toggle';
import { indexById } from '../../data/format/collections';
import { townCity } from '../../data/domain/towns';
import { useLoadedFiles } from '../../data/loading/use-dataset';
import type { ScalePanel as Panel } from './build-scale-option';
import { scaleChartHeight, scaleColumns, scaleFitsBox } from './scale-layout';
import { ScaleOnePanel } from './scale-one-panel';

const ScaleChart = lazy(() => import('./scale-chart'));

/** The chart draws the named groups and at most this many towns (of 晋中, of 山西); the table and CSV have them all. */
export const SCALE_CHART_TOWNS = 12;
export const SCALE_CHART_TOWNS_SHANXI = 24;

/** The indicators compared, in this order. */
export const SCALE_INDICATORS = ['outputValue', 'enterprises', 'aboveScaleEnterprises', 'employment'] as const;

function Scale({ meta }: { meta: DatasetMeta }) {
  const i18n = useI18n();
  const { t, text } = i18n;
  const setView = useSetView();
  // In a box too small for all the panels, the one shown: the address's indicator if it is one of
  // them (an embed can name it), then the reader's choice.
  const { indicator: asked, scope, embed } = useView().view;
  const province = scope === 'shanxi';
  // Among the province's towns, each name is followed by its city (晋中's too).
  const { towns } = useLoadedFiles();
  const townsById = useMemo(() => indexById(towns?.towns ?? []), [towns]);
  const [oneShown, setOneShown] = useState(asked ?? SCALE_INDICATORS[0]);
  const selectTown = useCallback(
    (row: FigureRow) => {
      if (row.townId) setView({ town: row.townId });
    },
    [setView],
  );

  // With thousands of towns the data worker makes them (the panel shows it is loading).
  const found = useSideBySide(meta.groups, SCALE_INDICATORS, scope);
  const { panels, subjects, rows, total } = useMemo(() => {
    if (!found) return { panels: [], subjects: [], rows: [], total: 0 };
    const groups = found.filter((s) => s.townId === null).length;
    const drawn = found.slice(0, groups + (province ? SCALE_CHART_TOWNS_SHANXI : SCALE_CHART_TOWNS));
    const nameOf = (s: (typeof found)[number]) => {
      const town = province && s.townId ? townsById.get(s.townId) : undefined;
      return town ? `${text(s.name)} · ${text(townCity(town))}` : text(s.name);
    };
    const rowsOf = (subjects: typeof found): Panel[] =>
      SCALE_INDICATORS.flatMap((id) => {
        const indicator = findIndicator(meta, id);
        if (!indicator) return [];
        const rows: FigureRow[] = subjects.map((s) => ({
          key: `${s.key}:${id}`,
          townId: s.townId,
          subject: nameOf(s),
          indicator,
          figure: s.figures.get(id) ?? null,
        }));
        return [{ indicator, rows }];
      });
    return {
      panels: rowsOf(drawn),
      subjects: drawn.map(nameOf),
      rows: rowsOf(found).flatMap((p) => p.rows),
      total: found.length,
    };
  }, [found, meta, text, province, townsById]);

  if (!found) return <Loading />;
  const subset = subsetNote(subjects.length, total, t.chartSubset);
  const describePanel = (p: Panel) =>
    `${text(p.indicator.name)}: ${p.rows.map((r) => `${r.subject} ${rowLabel(r, i18n)}`).join(', ')}`;
  // The chart's description, for all its panels or (in a small box) the one shown.
  const describe = (shown: readonly Panel[]) =>
    [
      province ? t.scaleDescriptionShanxi : t.scaleDescription,
      ...(subset ? [subset] : []),
      ...shown.map(describePanel),
    ].join(' ');
  const onePanel = panels.find((p) => p.indicator.id === oneShown) ?? panels[0];

  return (
    <ChartFrame
      embed="scale"
      id="scale-chart"
      title={province ? `${t.scaleTitle} · ${t.extentShanxi}` : t.scaleTitle}
      rows={rows}
      drawn={panels.flatMap((p) => p.rows)}
      fileName={province ? 'shanxi-towns-scale' : 'jinzhong-towns-scale'}
      tools={embed ? undefined : <ScopeToggle />}
      showIndicator
      subset={subset}
      height={(width) => scaleChartHeight(subjects.length, panels.length, scaleColumns(width))}
      note={
        <>
          {province && <p className="small scope-note">{t.scopeShanxiNote}</p>}
          <p className="muted small">{t.scaleNote}</p>
        </>
      }
      renderChart={(controls) =>
        controls.fit && onePanel && !scaleFitsBox(controls.fit, subjects.length, panels.length) ? (
          <ScaleOnePanel
            panels={panels}
            shown={onePanel}
            onShow={setOneShown}
            describe={(p) => describe([p])}
            controls={controls}
            onSelect={selectTown}
          />
        ) : (
          <Suspense fallback={<Loading />}>
            <ScaleChart
              panels={panels}
              subjects={subjects}
              description={describe(panels)}
              controls={controls}
              onSelect={selectTown}
            />
          </Suspense>
        )
      }
    />
  );
}

/** Memoised: the indicator and selection do not change this chart. */
export const ScalePanel = memo(function ScalePanel() {
  return <DataGate need={['dataset', 'index']}>{({ dataset }) => <Scale meta={dataset} />}</DataGate>;
});
