/** The ranking chart itself, loaded as its own chunk with ECharts. */
import { useMemo } from 'react';
import { EChart } from '../../charts/echart';
import type { Unit } from '../../data/schema';
import { useI18n } from '../../i18n/i18n';
import { buildRankingOption } from './build-ranking-option';
import type { RankingTextRow } from './ranking-rows';

export default function RankingChart({
  rows,
  unit,
  description,
}: {
  rows: readonly RankingTextRow[];
  unit: Unit;
  description: string;
}) {
  const { lang, t } = useI18n();
  const option = useMemo(
    () => buildRankingOption({ rows, unit, lang, notReported: t.notReported, description }),
    [rows, unit, lang, t, description],
  );
  return <EChart option={option} height={Math.max(240, rows.length * 48 + 40)} />;
}
