/**
 * A GeoJSON layer of divisions (counties, cities): one path per feature with a text tooltip.
 * With `onSelect`, each path is also a keyboard control: focusable, labelled, Enter or Space
 * selects it. (Leaflet itself opens the tooltip on focus, as on hover, and links it with
 * aria-describedby.)
 */
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
  tooltip,
  label,
  onSelect,
  behind = false,
}: {
  features: readonly F[];
  /** Path style per feature; its className lets tests and CSS find the paths. */
  style: (feature: F) => L.PathOptions;
  /** Tooltip lines for a feature (plain text). */
  tooltip: (feature: F) => string[];
  /** Accessible name of a selectable feature. */
  label?: (feature: F) => string;
  onSelect?: (feature: F) => void;
  /** Keep below the other layers (context outlines). */
  behind?: boolean;
}) {
  const map = useLeafletMap();
  useEffect(() => {
    const layers = features.map((feature) => {
      const layer = L.geoJSON(feature, { style: () => style(feature), interactive: true });
      // Written when it opens, not for every feature up front.
      layer.bindTooltip(() => textElement('span', tooltip(feature)), { sticky: true, className: 'map-tooltip' });
      layer.addTo(map);
      if (behind) layer.bringToBack();
      if (onSelect) {
        layer.on('click', () => onSelect(feature));
        layer.eachLayer((path) => {
          const element = path instanceof L.Path ? path.getElement() : undefined;
          if (!element) return;
          element.setAttribute('tabindex', '0');
          element.setAttribute('role', 'button');
          element.setAttribute('data-code', feature.properties.code);
          if (label) element.setAttribute('aria-label', label(feature));
          element.addEventListener('keydown', (event) => {
            if (event instanceof KeyboardEvent && (event.key === 'Enter' || event.key === ' ')) {
              event.preventDefault();
              onSelect(feature);
            }
          });
        });
      }
      return layer;
    });
    return () => {
      for (const layer of layers) layer.remove();
    };
  }, [map, features, style, tooltip, label, onSelect, behind]);
  return null;
}
