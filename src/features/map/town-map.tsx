/**
 * The map panel: 晋中's 11 counties coloured by the chosen indicator (a choropleth that draws
 * "no data" as its own pattern, never as the lowest class), a marker for every town whose shape
 * tells its tier and colour its industry, and 山西's other cities for context. Counties and towns
 * answer hover and keyboard focus with a tooltip and select on click or Enter.
 */
import L from 'leaflet';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { CityFeature, CountiesFile, CountyFeature, Town } from '../../data/format/schema';
import { townRegions } from '../../data/domain/geo';
import { programmeKnownAt } from '../../data/domain/towns';
import { useDataset } from '../../data/loading/use-dataset';
import { useI18n } from '../../i18n/i18n';
import { BoundaryLayer } from '../../map/boundary-layer';
import { LeafletMap } from '../../map/leaflet-map';
import { OSM_TILES, TileLayer } from '../../map/tile-layer';
import { useView } from '../../state/view';
import { landOnPanel } from '../../ui/land-on';
import { DataError } from '../../ui/data-gate';
import { classOf } from './choropleth';
import { MapLegend, NO_DATA_FILL, NoDataPattern } from './map-legend';
import { countyLabel, countyTooltip, divisionName, outsideTownsText } from './map-text';
import { MapToolbar } from './map-toolbar';
import { CountyNames } from './county-names';
import { TownMarkers } from './town-markers';
import { useMapColouring } from './use-map-colouring';

const JINZHONG_CODE = '140700';
/** 山西's other cities are faint context: where the towns the sources name outside 晋中 lie. */
const cityStyle = (): L.PathOptions => ({
  className: 'city',
  color: '#9aa5b1',
  weight: 1,
  fillColor: '#fff',
  fillOpacity: 1,
  interactive: true,
});

export default function TownMap({ counties, towns }: { counties: CountiesFile; towns: readonly Town[] }) {
  const { ready, failed, retry } = useDataset();
  const i18n = useI18n();
  const { t } = i18n;
  const { view, setView } = useView();
  const { cities, figures } = ready;
  const knownAt = useMemo(
    () => programmeKnownAt(towns, figures?.figures ?? [], view.extent === 'shanxi'),
    [towns, figures, view.extent],
  );
  const outside = useMemo(() => towns.filter((town) => !town.inJinzhong), [towns]);
  const { indicator, period, busy, colouring, rows, classes, legend, highlighted } = useMapColouring(counties, towns);

  const regions = useMemo(
    () => townRegions(towns, counties.features, cities?.features ?? []),
    [towns, counties, cities],
  );
  const otherCities = useMemo(
    () => cities?.features.filter((f) => f.properties.code !== JINZHONG_CODE) ?? [],
    [cities],
  );
  // The first view frames 晋中; "all of Shanxi" frames the province and the towns elsewhere.
  const bounds = useMemo(() => {
    const jinzhong = L.geoJSON(counties).getBounds();
    if (view.extent !== 'shanxi' || !cities) return jinzhong;
    return L.geoJSON(cities).getBounds().extend(jinzhong);
  }, [counties, cities, view.extent]);

  const countyStyle = useCallback(
    (f: CountyFeature): L.PathOptions => {
      const value = colouring?.values.get(f.properties.code);
      const cls = value?.value != null ? classOf(value.value, classes) : undefined;
      const isSelected = view.county === f.properties.code;
      return {
        className: `county ${cls ? 'has-data' : 'no-data'}${isSelected ? ' selected' : ''}`,
        color: isSelected ? '#b45309' : '#4b5563',
        weight: isSelected ? 3.5 : 1,
        fillColor: colouring ? (cls?.colour ?? NO_DATA_FILL) : '#e8eef3',
        fillOpacity: view.tiles ? 0.65 : 1,
      };
    },
    [colouring, classes, view.county, view.tiles],
  );
  const tooltip = useCallback((f: CountyFeature) => countyTooltip(f, colouring, i18n), [colouring, i18n]);
  const label = useCallback((f: CountyFeature) => countyLabel(f, colouring, i18n), [colouring, i18n]);
  const cityTooltip = useCallback((f: CityFeature) => [divisionName(f, i18n)], [i18n]);
  const nameOnMap = useCallback((f: CountyFeature) => divisionName(f, i18n), [i18n]);
  const selectCounty = useCallback((f: CountyFeature) => setView({ county: f.properties.code }), [setView]);
  // A town chosen that is open already: its profile is brought into view again. (Read through a
  // ref: a new selection must not make a new handler, which would draw every marker afresh.)
  const open = useRef(view.town);
  useEffect(() => {
    open.current = view.town;
  }, [view.town]);
  const selectTown = useCallback(
    (id: string) => (id === open.current ? void landOnPanel('profile') : setView({ town: id })),
    [setView],
  );

  return (
    // data-indicator names what the map shows, once it shows it (the benchmark waits on it).
    <div
      className={`town-map extent-${view.extent}`}
      data-indicator={indicator?.id}
      data-period={period ?? 'latest'}
      aria-busy={busy || undefined}
    >
      <MapToolbar />
      <NoDataPattern />
      <LeafletMap
        label={t.mapLabel}
        bounds={bounds}
        boundsKey={view.extent === 'shanxi' && cities ? 'shanxi' : 'jinzhong'}
        className={`map-canvas${view.tiles ? ' with-tiles' : ''}`}
      >
        {view.tiles && <TileLayer url={OSM_TILES.url} />}
        <BoundaryLayer features={otherCities} style={cityStyle} tooltip={cityTooltip} behind={!view.tiles} />
        <BoundaryLayer
          features={counties.features}
          style={countyStyle}
          tooltip={tooltip}
          label={label}
          onSelect={selectCounty}
        />
        <CountyNames counties={counties.features} name={nameOnMap} />
        <TownMarkers
          towns={towns}
          regions={regions}
          indicator={indicator}
          rows={rows}
          selected={view.town}
          highlighted={highlighted}
          asof={view.asof}
          nameFirst={view.embed === 'map'}
          onSelect={selectTown}
        />
      </LeafletMap>
      {failed.cities && (
        <DataError failed={[{ key: 'cities', problems: failed.cities }]} onRetry={() => retry(['cities'])} />
      )}
      <MapLegend
        indicator={indicator}
        period={view.period}
        legend={legend}
        towns={towns}
        asof={view.asof}
        knownAt={knownAt}
      />
      <p className="muted small">{t.mapPrecision}</p>
      {outside.length > 0 && (
        <p className="muted small">
          {view.extent === 'shanxi' ? t.mapOutsideShanxi : t.mapOutside} {outsideTownsText(outside, i18n)}
        </p>
      )}
      <p className="muted small attribution">
        {t.footerBoundaries}: {counties.attribution}
        {view.tiles && ` · ${t.tilesAttribution}`}
      </p>
    </div>
  );
}
