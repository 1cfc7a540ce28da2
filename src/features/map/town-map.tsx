/** The map panel: 晋中's 11 county-level divisions from public/data and a marker for every town. */
import L from 'leaflet';
import { useCallback, useEffect, useMemo } from 'react';
import type { CityFeature, CountyFeature, Town } from '../../data/schema';
import { townTier, type Tier } from '../../data/select';
import { useDataset } from '../../data/use-dataset';
import { useI18n } from '../../i18n/i18n';
import { BoundaryLayer } from '../../map/boundary-layer';
import { LeafletMap, textElement, useLeafletMap } from '../../map/leaflet-map';
import { DataError, readyData } from '../../ui/data-gate';

const TIER_ORDER: Tier[] = ['provincial-key', 'city', 'county', 'cultivating', 'unstated'];
const JINZHONG_CODE = '140700';
const COUNTY_STYLE: L.PathOptions = {
  className: 'county',
  color: '#5b6b7a',
  weight: 1,
  fillColor: '#e8eef3',
  fillOpacity: 1,
};
/** 山西's other cities are faint context: where the towns the sources name outside 晋中 lie. */
const CITY_STYLE: L.PathOptions = { className: 'city', color: '#9aa5b1', weight: 1, fillColor: '#fff', fillOpacity: 1 };

/** Below this zoom the towns' names would overlap; they show in tooltips instead. */
const LABEL_MIN_ZOOM = 7;

function TownMarkers({ towns }: { towns: readonly Town[] }) {
  const map = useLeafletMap();
  useEffect(() => {
    const toggle = () => map.getContainer().classList.toggle('labels-hidden', map.getZoom() < LABEL_MIN_ZOOM);
    toggle();
    map.on('zoomend', toggle);
    return () => {
      map.off('zoomend', toggle);
    };
  }, [map]);
  const { t, text } = useI18n();
  useEffect(() => {
    const markers = towns.map((town) => {
      const tier = townTier(town);
      const name = text(town.name);
      const icon = document.createElement('span');
      icon.append(textElement('span', [], 'town-dot'), textElement('span', [name], 'town-label'));
      const place = town.inJinzhong ? '' : ' outside';
      const marker = L.marker([town.location.lat, town.location.lon], {
        icon: L.divIcon({
          html: icon,
          className: `town-marker tier-${tier}${place}`,
          iconSize: [14, 14],
          iconAnchor: [7, 7],
        }),
        keyboard: true,
        title: name,
        riseOnHover: true,
      });
      const where = town.inJinzhong ? text(town.county.name) : `${text(town.county.name)} · ${t.outsideJinzhong}`;
      marker.bindTooltip(textElement('span', [name, t.tier[tier], text(town.industry), where]), {
        direction: 'top',
        offset: [0, -8],
        className: 'map-tooltip',
      });
      // The icon element exists only once the marker is on a map that has a view: label it then.
      marker.on('add', () => {
        const element = marker.getElement();
        element?.setAttribute('aria-label', `${name}: ${t.tier[tier]}, ${where}`);
        element?.setAttribute('data-town', town.id);
      });
      marker.addTo(map);
      return marker;
    });
    return () => {
      for (const marker of markers) marker.remove();
    };
  }, [map, towns, t, text]);
  return null;
}

export default function TownMap() {
  const { files, retry } = useDataset();
  const { t, lang } = useI18n();
  const counties = readyData(files.counties);
  const towns = readyData(files.towns).towns;
  const cities = files.cities;
  const outside = useMemo(() => towns.filter((town) => !town.inJinzhong), [towns]);
  // The first view frames 晋中; the other towns are a zoom-out away, among the province's cities.
  const bounds = useMemo(() => L.geoJSON(counties).getBounds(), [counties]);
  const tiers = TIER_ORDER.filter((tier) => towns.some((town) => townTier(town) === tier));
  const otherCities = useMemo(
    () => (cities.status === 'success' ? cities.data.features.filter((f) => f.properties.code !== JINZHONG_CODE) : []),
    [cities],
  );
  const countyName = useCallback(
    (f: CountyFeature) => (lang === 'zh' ? f.properties.name : `${f.properties.nameEn} (${f.properties.name})`),
    [lang],
  );
  const cityName = useCallback((f: CityFeature) => (lang === 'zh' ? f.properties.name : f.properties.nameEn), [lang]);

  return (
    <div className="town-map">
      <LeafletMap label={t.mapLabel} bounds={bounds} className="map-canvas">
        <BoundaryLayer features={otherCities} style={CITY_STYLE} name={cityName} behind />
        <BoundaryLayer features={counties.features} style={COUNTY_STYLE} name={countyName} />
        <TownMarkers towns={towns} />
      </LeafletMap>
      {cities.status === 'error' && (
        <DataError failed={[{ key: 'cities', problems: cities.problems }]} onRetry={() => retry(['cities'])} />
      )}
      <div className="map-legend" role="group" aria-label={t.mapLegend}>
        <ul>
          {tiers.map((tier) => (
            <li key={tier}>
              <span className={`legend-dot tier-${tier}`} aria-hidden="true" /> {t.tier[tier]}
            </li>
          ))}
          {outside.length > 0 && (
            <li>
              <span className="legend-dot outside" aria-hidden="true" /> {t.legendOutside}
            </li>
          )}
        </ul>
        <p className="muted">{t.mapPrecision}</p>
        {outside.length > 0 && (
          <p className="muted">
            {t.mapOutside}{' '}
            {outside
              .map((town) =>
                lang === 'zh'
                  ? `${town.name.zh}（${town.county.name.zh}）`
                  : `${town.name.en} (${town.county.name.en})`,
              )
              .join(lang === 'zh' ? '、' : '; ')}
          </p>
        )}
        <p className="muted attribution">
          {t.footerBoundaries}: {counties.attribution}
        </p>
      </div>
    </div>
  );
}
