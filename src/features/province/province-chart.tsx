/**
 * The chart of 晋中 among 山西's cities, loaded with ECharts as its own chunk: its labels, tooltip
 * and description are made here too, from the cities the panel counted.
 */
import { useMemo } from 'react';
import { EChart } from '../../charts/echart';
import type { Unit } from '../../data/format/schema';
import { useI18n } from '../../i18n/i18n';
import { buildProvinceOption } from './build-province-option';
import { townCount, type CityCounts } from './province-counts';
import { provinceChartHeight } from './province-layout';

export default function ProvinceChart({
  cities,
  unit = 'towns',
  decal,
}: {
  cities: readonly CityCounts[];
  unit?: Unit;
  decal: boolean;
}) {
  const i18n = useI18n();
  const chart = useMemo(() => {
    const { t, text, period, list } = i18n;
    const reportedLabel = (c: CityCounts) =>
      c.reported
        ? `${i18n.value(c.reported, unit)} · ${c.reported.period ? period(c.reported.period) : t.noPeriod}`
        : '';
    const details = (c: CityCounts) => [
      `${t.provinceNamed}: ${c.named.length > 0 ? `${townCount(c.named.length, i18n)} (${list(c.named.map((n) => text(n.town.name)))})` : t.notReported}`,
      `${t.provinceReported}: ${c.reported ? reportedLabel(c) : t.notReported}`,
    ];
    return buildProvinceOption({
      cities,
      cityName: (c) => text(c.name),
      series: { named: t.provinceNamed, reported: t.provinceReported },
      namedLabel: (c) => townCount(c.named.length, i18n),
      reportedLabel,
      details,
      nothing: t.notReported,
      description: [t.provinceDescription, ...cities.map((c) => `${text(c.name)}: ${details(c).join('; ')}`)].join(' '),
      decal,
    });
  }, [cities, unit, decal, i18n]);
  return <EChart chart={chart} height={provinceChartHeight(cities.length)} />;
}
