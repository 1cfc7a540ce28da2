/** The map's legend: the choropleth's classes and notes, the tiers' shapes, the industries' colours. */
import { useMemo } from 'react';
import type { Indicator, Town } from '../../data/format/schema';
import { TIER_ORDER, tierAt } from '../../data/domain/towns';
import { nameWithUnit } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { fill } from '../../i18n/messages';
import type { ChoroplethLegend } from './choropleth';

export function MapLegend({
  indicator,
  period,
  legend,
  towns,
  asof,
  knownAt,
}: {
  indicator: Indicator | undefined;
  period: string | null;
  legend: ChoroplethLegend | null;
  towns: readonly Town[];
  /** The month the tiers are shown as of, or null for now. */
  asof: string | null;
  /** When "now" is: the newest date the programme's state is known as of (see programmeKnownAt). */
  knownAt: string | null;
}) {
  const { t, text, lang, date } = useI18n();
  // Which marker shapes and colours occur: read from every town once per date, not on every new indicator.
  const { tiers, groups, hasOutside } = useMemo(() => {
    const shown = new Set(towns.map((town) => tierAt(town, asof)));
    return {
      tiers: TIER_ORDER.filter((tier) => shown.has(tier)),
      groups: [...new Set(towns.flatMap((town) => town.industryGroups.slice(0, 1)))],
      hasOutside: towns.some((town) => !town.inJinzhong),
    };
  }, [towns, asof]);

  return (
    <div className="map-legend" role="group" aria-label={t.mapLegend}>
      {legend && indicator ? (
        <div className="legend-block">
          <p className="legend-title">
            {nameWithUnit(text(indicator.name), indicator.unit, lang)}
            {period && ` · ${period}`}
          </p>
          <ul className="legend-classes">
            {legend.entries.map((entry) => (
              <li key={entry.label}>
                <span className="swatch" style={{ background: entry.colour }} aria-hidden="true" /> {entry.label}
              </li>
            ))}
            <li className="legend-no-data">
              <span className="swatch no-data" aria-hidden="true" /> {t.noDataLegend}
            </li>
          </ul>
          {legend.bounds && <p className="legend-note">{t.legendBoundsNote}</p>}
          {legend.plansOnly && <p className="legend-note">{t.legendPlansNote}</p>}
          {legend.scoped && <p className="legend-note">{t.legendScopeNote}</p>}
        </div>
      ) : (
        <p className="legend-note">{t.legendChoroplethOff}</p>
      )}
      <div className="legend-block">
        <p className="legend-title">
          {t.legendTiers}
          {(asof ?? knownAt) && ` · ${fill(t.asOfDate, { date: date(asof ?? knownAt ?? '') })}`}
        </p>
        <ul>
          {tiers.map((tier) => (
            <li key={tier}>
              <span className={`legend-shape tier-${tier}`} aria-hidden="true" /> {t.tier[tier]}
            </li>
          ))}
        </ul>
      </div>
      <div className="legend-block">
        <p className="legend-title">{t.legendIndustries}</p>
        <ul>
          {groups.map((g) => (
            <li key={g}>
              <span className={`legend-dot industry-${g}`} aria-hidden="true" /> {t.industryGroup[g]}
            </li>
          ))}
          {hasOutside && (
            <li>
              <span className="legend-dot outside" aria-hidden="true" /> {t.legendOutside}
            </li>
          )}
        </ul>
      </div>
    </div>
  );
}

/** The hatch drawn for "no data": defined once, referenced by the county paths' fill. */
export function NoDataPattern() {
  return (
    <svg className="pattern-defs" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern id="no-data-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#f4f5f7" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#aab3bd" strokeWidth="2" />
        </pattern>
      </defs>
    </svg>
  );
}

/** The id of the hatch, for the county paths' fill. */
export const NO_DATA_FILL = 'url(#no-data-hatch)';
