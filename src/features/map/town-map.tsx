/**
 * The map panel: 晋中's 11 counties coloured by the chosen indicator (a choropleth that draws
 * "no data" as its own pattern, never as the lowest class), a marker for every town whose shape
 * tells its tier and colour its industry, and 山西's other cities for context. Counties and towns
 * answer hover and keyboard focus with a tooltip and select on click or Enter.
 */
import L from 'leaflet';
import { useCallback, useMemo } from 'react';
import type { CityFeature, CountyFeature, Indicator, Town } from '../../data/schema';
import {
  articleCoverage,
  countyValues,
  resolveIndicator,
  townTier,
  type CountyValue,
  type Tier,
} from '../../data/select';
import { useDataset } from '../../data/use-dataset';
import { useI18n, type I18n } from '../../i18n/i18n';
import { fill } from '../../i18n/messages';
import { unitLabel } from '../../i18n/format';
import { BoundaryLayer } from '../../map/boundary-layer';
import { LeafletMap } from '../../map/leaflet-map';
import { OSM_TILES, TileLayer } from '../../map/tile-layer';
import type { SetView, ViewState } from '../../state/url-state';
import { DataError, readyData } from '../../ui/data-gate';
import { EmbedCode } from '../../ui/embed-code';
import { buildLegend, classBreaks, classOf, type ChoroplethLegend } from './choropleth';
import { TownMarkers } from './town-markers';

const TIER_ORDER: Tier[] = ['provincial-key', 'city', 'county', 'cultivating', 'unstated'];
const JINZHONG_CODE = '140700';
const NO_DATA_FILL = 'url(#no-data-hatch)';
/** A county's tooltip lists at most this many of its towns (the profile lists them all). */
const TOOLTIP_TOWNS = 10;
/** 山西's other cities are faint context: where the towns the sources name outside 晋中 lie. */
const cityStyle = (): L.PathOptions => ({
  className: 'city',
  color: '#9aa5b1',
  weight: 1,
  fillColor: '#fff',
  fillOpacity: 1,
  interactive: true,
});

/** The value of a county as a reader sees it, or "no data". */
function countyValueText(value: CountyValue | undefined, indicator: Indicator, i18n: I18n): string {
  if (!value || value.value === null) return i18n.t.noData;
  return i18n.value({ value: value.value, upper: value.upper, qualifier: value.qualifier }, indicator.unit);
}

/** One tooltip line per town of a county: its figure (and scope), or its plan, or "not reported". */
function townLines(value: CountyValue | undefined, indicator: Indicator, i18n: I18n): string[] {
  const { t, text } = i18n;
  return (value?.rows ?? []).map(({ town, figure, planned }) => {
    const name = text(town.name);
    if (figure) {
      const scope = figure.scope ? ` (${text(figure.scope)})` : '';
      return `${name}: ${i18n.value(figure, indicator.unit)}${scope}`;
    }
    const plan = planned[0];
    return plan
      ? `${name}: ${t.notReported} (${t.kind[plan.kind]}: ${i18n.value(plan, indicator.unit)})`
      : `${name}: ${t.notReported}`;
  });
}

function Legend({
  indicator,
  period,
  legend,
  towns,
}: {
  indicator: Indicator | undefined;
  period: string | null;
  legend: ChoroplethLegend | null;
  towns: readonly Town[];
}) {
  const { t, text, lang } = useI18n();
  const tiers = TIER_ORDER.filter((tier) => towns.some((town) => townTier(town) === tier));
  const groups = [...new Set(towns.flatMap((town) => town.industryGroups.slice(0, 1)))];
  const hasOutside = towns.some((town) => !town.inJinzhong);

  return (
    <div className="map-legend" role="group" aria-label={t.mapLegend}>
      {legend && indicator ? (
        <div className="legend-block">
          <p className="legend-title">
            {fill(t.legendTitle, { indicator: text(indicator.name), unit: unitLabel(indicator.unit, lang) })}
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
        <p className="legend-title">{t.legendTiers}</p>
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
function NoDataPattern() {
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

export default function TownMap({ view, setView }: { view: ViewState; setView: SetView }) {
  const { files, retry } = useDataset();
  const i18n = useI18n();
  const { t, text, lang } = i18n;
  const counties = readyData(files.counties);
  const towns = readyData(files.towns).towns;
  const { cities, dataset, figures, articles } = files;
  const outside = useMemo(() => towns.filter((town) => !town.inJinzhong), [towns]);

  // The choropleth needs the indicators and figures; without them the map still draws.
  const indicator = dataset.status === 'success' ? resolveIndicator(dataset.data, view.indicator) : undefined;
  const figureList = figures.status === 'success' ? figures.data.figures : null;
  const values = useMemo(
    () =>
      indicator && figureList
        ? countyValues(
            counties.features.map((f) => f.properties.code),
            towns,
            figureList,
            indicator.id,
            view.period,
          )
        : null,
    [counties, towns, figureList, indicator, view.period],
  );
  // The towns of the article picked in the articles list.
  const highlighted = useMemo(() => {
    if (!view.article || articles.status !== 'success') return new Set<string>();
    const article = articles.data.articles.filter((a) => a.id === view.article);
    const groups = dataset.status === 'success' ? dataset.data.groups : [];
    return articleCoverage(article, towns, groups, figureList ?? []).get(view.article)?.towns ?? new Set<string>();
  }, [view.article, articles, dataset, towns, figureList]);
  const classes = useMemo(
    () => classBreaks([...(values?.values() ?? [])].flatMap((v) => (v.value === null ? [] : [v.value]))),
    [values],
  );

  const legend = useMemo(
    () => (values && indicator ? buildLegend(classes, values.values(), (v) => i18n.value(v, indicator.unit)) : null),
    [classes, values, indicator, i18n],
  );

  const otherCities = useMemo(
    () => (cities.status === 'success' ? cities.data.features.filter((f) => f.properties.code !== JINZHONG_CODE) : []),
    [cities],
  );
  // The first view frames 晋中; "all of Shanxi" frames the province and the towns elsewhere.
  const bounds = useMemo(() => {
    const jinzhong = L.geoJSON(counties).getBounds();
    if (view.extent !== 'shanxi' || cities.status !== 'success') return jinzhong;
    return L.geoJSON(cities.data).getBounds().extend(jinzhong);
  }, [counties, cities, view.extent]);

  const countyName = useCallback(
    (f: CountyFeature) => (lang === 'zh' ? f.properties.name : `${f.properties.nameEn} (${f.properties.name})`),
    [lang],
  );
  const countyStyle = useCallback(
    (f: CountyFeature): L.PathOptions => {
      const value = values?.get(f.properties.code);
      const cls = value?.value != null ? classOf(value.value, classes) : undefined;
      const isSelected = view.county === f.properties.code;
      return {
        className: `county ${cls ? 'has-data' : 'no-data'}${isSelected ? ' selected' : ''}`,
        color: isSelected ? '#b45309' : '#4b5563',
        weight: isSelected ? 3.5 : 1,
        fillColor: values ? (cls?.colour ?? NO_DATA_FILL) : '#e8eef3',
        fillOpacity: view.tiles ? 0.65 : 1,
      };
    },
    [values, classes, view.county, view.tiles],
  );
  const countyTooltip = useCallback(
    (f: CountyFeature) => {
      const value = values?.get(f.properties.code);
      if (!indicator || !values) return [countyName(f)];
      const lines = townLines(value, indicator, i18n);
      const listed = lines.slice(0, TOOLTIP_TOWNS);
      return [
        countyName(f),
        `${text(indicator.name)}: ${countyValueText(value, indicator, i18n)}`,
        ...(lines.length > 0 ? listed : [t.noTownsInCounty]),
        ...(lines.length > listed.length ? [fill(t.andMore, { count: lines.length - listed.length })] : []),
      ];
    },
    [values, indicator, i18n, countyName, text, t],
  );
  const countyLabel = useCallback(
    (f: CountyFeature) => {
      const value = values?.get(f.properties.code);
      return indicator && values
        ? `${countyName(f)}: ${text(indicator.name)} ${countyValueText(value, indicator, i18n)}`
        : countyName(f);
    },
    [values, indicator, i18n, countyName, text],
  );
  const cityTooltip = useCallback(
    (f: CityFeature) => [lang === 'zh' ? f.properties.name : f.properties.nameEn],
    [lang],
  );
  const selectCounty = useCallback((f: CountyFeature) => setView({ county: f.properties.code }), [setView]);
  const selectTown = useCallback((id: string) => setView({ town: id }), [setView]);

  return (
    // data-indicator names what the map shows, once it shows it (the benchmark waits on it).
    <div className="town-map" data-indicator={indicator?.id} data-period={view.period ?? 'latest'}>
      <div className="map-toolbar">
        <div role="group" aria-label={t.extentLabel} className="segmented">
          {(['jinzhong', 'shanxi'] as const).map((extent) => (
            <button
              key={extent}
              type="button"
              aria-pressed={view.extent === extent}
              onClick={() => setView({ extent })}
            >
              {extent === 'jinzhong' ? t.extentJinzhong : t.extentShanxi}
            </button>
          ))}
        </div>
        {!view.embed && <EmbedCode kind="map" title={t.mapTitle} />}
        <label className="check">
          <input type="checkbox" checked={view.tiles} onChange={(e) => setView({ tiles: e.target.checked })} />{' '}
          {t.tilesToggle}
        </label>
      </div>
      {view.tiles && <p className="muted small">{t.tilesNote}</p>}
      <NoDataPattern />
      <LeafletMap
        label={t.mapLabel}
        bounds={bounds}
        boundsKey={view.extent === 'shanxi' && cities.status === 'success' ? 'shanxi' : 'jinzhong'}
        className={`map-canvas${view.tiles ? ' with-tiles' : ''}`}
      >
        {view.tiles && <TileLayer url={OSM_TILES.url} />}
        <BoundaryLayer features={otherCities} style={cityStyle} tooltip={cityTooltip} behind={!view.tiles} />
        <BoundaryLayer
          features={counties.features}
          style={countyStyle}
          tooltip={countyTooltip}
          label={countyLabel}
          onSelect={selectCounty}
        />
        <TownMarkers
          towns={towns}
          indicator={indicator}
          values={values}
          selected={view.town}
          highlighted={highlighted}
          onSelect={selectTown}
        />
      </LeafletMap>
      {cities.status === 'error' && (
        <DataError failed={[{ key: 'cities', problems: cities.problems }]} onRetry={() => retry(['cities'])} />
      )}
      <Legend indicator={indicator} period={view.period} legend={legend} towns={towns} />
      <p className="muted small">{t.mapPrecision}</p>
      {outside.length > 0 && (
        <p className="muted small">
          {t.mapOutside}{' '}
          {outside
            .map((town) =>
              lang === 'zh' ? `${town.name.zh}（${town.county.name.zh}）` : `${town.name.en} (${town.county.name.en})`,
            )
            .join(lang === 'zh' ? '、' : '; ')}
        </p>
      )}
      <p className="muted small attribution">
        {t.footerBoundaries}: {counties.attribution}
        {view.tiles && ` · ${t.tilesAttribution}`}
      </p>
    </div>
  );
}
