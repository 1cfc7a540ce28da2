/** The map panel: 晋中's 11 county-level divisions from public/data and a marker for every town. */
import L from 'leaflet';
import { useEffect, useMemo } from 'react';
import type { CountiesFile, Town } from '../../data/schema';
import { townTier, type Tier } from '../../data/select';
import { useDataset } from '../../data/use-dataset';
import { useI18n } from '../../i18n/i18n';
import { LeafletMap, textElement, useLeafletMap } from '../../map/leaflet-map';
import { readyData } from '../../ui/data-gate';

const TIER_ORDER: Tier[] = ['provincial-key', 'city', 'county', 'cultivating', 'unstated'];

function CountyLayer({ counties }: { counties: CountiesFile }) {
  const map = useLeafletMap();
  const { lang } = useI18n();
  useEffect(() => {
    const layer = L.geoJSON(counties, {
      style: () => ({ className: 'county', color: '#5b6b7a', weight: 1, fillColor: '#e8eef3', fillOpacity: 1 }),
      onEachFeature: (feature, path) => {
        const props = counties.features.find((f) => f === feature)?.properties;
        if (!props) return;
        const name = lang === 'zh' ? props.name : `${props.nameEn} (${props.name})`;
        path.bindTooltip(textElement('span', [name]), { sticky: true, className: 'map-tooltip' });
      },
    });
    layer.addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, counties, lang]);
  return null;
}

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
  const { lang, t, text } = useI18n();
  useEffect(() => {
    const markers = towns.map((town) => {
      const tier = townTier(town);
      const name = text(town.name);
      const icon = document.createElement('span');
      icon.append(textElement('span', [], 'town-dot'), textElement('span', [name], 'town-label'));
      const marker = L.marker([town.location.lat, town.location.lon], {
        icon: L.divIcon({ html: icon, className: `town-marker tier-${tier}`, iconSize: [14, 14], iconAnchor: [7, 7] }),
        keyboard: true,
        title: name,
        riseOnHover: true,
      });
      marker.bindTooltip(textElement('span', [name, t.tier[tier], text(town.industry)]), {
        direction: 'top',
        offset: [0, -8],
        className: 'map-tooltip',
      });
      // The icon element exists only once the marker is on a map that has a view: label it then.
      marker.on('add', () => {
        const element = marker.getElement();
        element?.setAttribute('aria-label', `${name}: ${t.tier[tier]}, ${text(town.county.name)}`);
        element?.setAttribute('data-town', town.id);
      });
      marker.addTo(map);
      return marker;
    });
    return () => {
      for (const marker of markers) marker.remove();
    };
  }, [map, towns, lang, t, text]);
  return null;
}

export default function TownMap() {
  const { files } = useDataset();
  const { t, lang } = useI18n();
  const counties = readyData(files.counties);
  const allTowns = readyData(files.towns).towns;
  const towns = useMemo(() => allTowns.filter((town) => town.inJinzhong), [allTowns]);
  const outside = useMemo(() => allTowns.filter((town) => !town.inJinzhong), [allTowns]);
  const bounds = useMemo(() => L.geoJSON(counties).getBounds(), [counties]);
  const tiers = TIER_ORDER.filter((tier) => towns.some((town) => townTier(town) === tier));

  return (
    <div className="town-map">
      <LeafletMap label={t.mapLabel} bounds={bounds} className="map-canvas">
        <CountyLayer counties={counties} />
        <TownMarkers towns={towns} />
      </LeafletMap>
      <div className="map-legend" aria-label={t.mapLegend}>
        <ul>
          {tiers.map((tier) => (
            <li key={tier}>
              <span className={`legend-dot tier-${tier}`} aria-hidden="true" /> {t.tier[tier]}
            </li>
          ))}
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
