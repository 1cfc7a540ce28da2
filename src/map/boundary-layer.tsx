/** A GeoJSON layer of divisions (counties, cities): one path per feature, a text tooltip naming it. */
import L from 'leaflet';
import { useEffect } from 'react';
import { textElement, useLeafletMap } from './leaflet-map';

interface Division {
  type: 'Feature';
  properties: { code: string };
  geometry: GeoJSON.Geometry;
}

export function BoundaryLayer<F extends Division>({
  features,
  style,
  name,
  behind = false,
}: {
  features: readonly F[];
  /** Path style; its className lets tests and CSS find the paths. */
  style: L.PathOptions;
  /** The tooltip's text for a feature. */
  name: (feature: F) => string;
  /** Keep below the other layers (context outlines). */
  behind?: boolean;
}) {
  const map = useLeafletMap();
  useEffect(() => {
    const layers = features.map((feature) => {
      const layer = L.geoJSON(feature, { style: () => style });
      layer.bindTooltip(textElement('span', [name(feature)]), { sticky: true, className: 'map-tooltip' });
      layer.addTo(map);
      if (behind) layer.bringToBack();
      return layer;
    });
    return () => {
      for (const layer of layers) layer.remove();
    };
  }, [map, features, style, name, behind]);
  return null;
}
