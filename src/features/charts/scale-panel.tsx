/**
 * The scale of the towns' economies side by side (output value, enterprises, above-scale
 * enterprises, employment): one panel and one axis per indicator, never summed across scopes.
 */
import { lazy, Suspense, useMemo } from 'react';
import { ChartFrame } from '../../charts/chart-frame';
import { rowLabel, type FigureRow } from '../../charts/figure-rows';
import { scaleSubjects } from '../../data/select';
import { useDataset } from '../../data/use-dataset';
import { useI18n } from '../../i18n/i18n';
import { DataGate, Loading, readyData } from '../../ui/data-gate';
import type { ScalePanel as Panel } from './build-scale-option';

const ScaleChart = lazy(() => import('./scale-chart'));

/** The indicators compared, in this order. */
export const SCALE_INDICATORS = ['outputValue', 'enterprises', 'aboveScaleEnterprises', 'employment'] as const;

function Scale({ onSelectTown }: { onSelectTown: (id: string) => void }) {
  const { files } = useDataset();
  const i18n = useI18n();
  const { t, text } = i18n;
  const meta = readyData(files.dataset);
  const towns = readyData(files.towns).towns;
  const figures = readyData(files.figures).figures;

  const { panels, subjects, rows } = useMemo(() => {
    const found = scaleSubjects(towns, meta.groups, figures, SCALE_INDICATORS);
    const panels: Panel[] = SCALE_INDICATORS.flatMap((id) => {
      const indicator = meta.indicators.find((i) => i.id === id);
      if (!indicator) return [];
      const rows: FigureRow[] = found.map((s) => ({
        key: `${s.key}:${id}`,
        townId: s.townId,
        subject: text(s.name),
        indicator,
        figure: s.figures.get(id) ?? null,
      }));
      return [{ indicator, rows }];
    });
    return { panels, subjects: found.map((s) => text(s.name)), rows: panels.flatMap((p) => p.rows) };
  }, [towns, meta, figures, text]);

  const description = [
    t.scaleDescription,
    ...panels.map(
      (p) => `${text(p.indicator.name)}: ${p.rows.map((r) => `${r.subject} ${rowLabel(r, i18n)}`).join(', ')}`,
    ),
  ].join(' ');

  return (
    <ChartFrame
      embed="scale"
      id="scale-chart"
      title={t.scaleTitle}
      rows={rows}
      fileName="jinzhong-towns-scale"
      showIndicator
      note={<p className="muted small">{t.scaleNote}</p>}
      renderChart={(controls) => (
        <Suspense fallback={<Loading />}>
          <ScaleChart
            panels={panels}
            subjects={subjects}
            description={description}
            controls={controls}
            onSelectTown={onSelectTown}
          />
        </Suspense>
      )}
    />
  );
}

export function ScalePanel(props: { onSelectTown: (id: string) => void }) {
  return <DataGate need={['dataset', 'towns', 'figures']}>{() => <Scale {...props} />}</DataGate>;
}
