/**
 * A GeoJSON layer of divisions (counties, cities): one path per feature with a text tooltip.
 * With `onSelect`, each path is also a keyboard control: focusable, labelled, Enter or Space
 * selects it. (Leaflet itself opens the tooltip on focus, as on hover, and links it with
 * aria-describedby.)
 *
 * The paths are made once per list of features; a new style (another indicator, a selection)
 * restyles them in place, and tooltips, names and selection read the current functions, so that
 * nothing is re-created and a focused county keeps its focus.
 */
import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { timed, TIMING } from '../lib/timing';
import { actAsButton } from './act-as-button';
import { textElement, useLeafletMap } from './leaflet-map';

interface Division {
  type: 'Feature';
  properties: { code: string };
  geometry: GeoJSON.Geometry;
}

interface Drawn<F> {
  feature: F;
  layer: L.GeoJSON;
}

const classesOf = (style: L.PathOptions) => (style.className ?? '').split(/\s+/).filter(Boolean);

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
  const current = useRef({ style, tooltip, label, onSelect });
  const selectable = onSelect !== undefined;
  const [drawn, setDrawn] = useState<readonly Drawn<F>[]>([]);
  // The style's class names now on each layer's paths (Leaflet applies className only when it creates a path).
  const applied = useRef(new Map<L.GeoJSON, string[]>());

  // The paths, made once per list of features.
  useEffect(() => {
    const classes = applied.current;
    const made = features.map((feature): Drawn<F> => {
      const first = current.current.style(feature);
      const layer = L.geoJSON(feature, { style: () => first, interactive: true });
      // Written when it opens, not for every feature up front.
      layer.bindTooltip(() => textElement('span', current.current.tooltip(feature)), {
        sticky: true,
        className: 'map-tooltip',
      });
      layer.addTo(map);
      if (behind) layer.bringToBack();
      // Which boundary a path draws (tests find the county or city under a marker by it).
      eachPath(layer, (element) => element.setAttribute('data-code', feature.properties.code));
      if (!selectable)
        // Context, not a control: out of the tab order and of the accessibility tree (the tooltip
        // still answers the pointer).
        eachPath(layer, (element) => {
          element.setAttribute('tabindex', '-1');
          element.setAttribute('aria-hidden', 'true');
        });
      if (selectable) {
        const choose = () => current.current.onSelect?.(feature);
        layer.on('click', choose);
        eachPath(layer, (element) => {
          element.setAttribute('tabindex', '0');
          actAsButton(element, choose);
        });
      }
      classes.set(layer, classesOf(first));
      return { feature, layer };
    });
    setDrawn(made);
    return () => {
      for (const { layer } of made) {
        layer.remove();
        classes.delete(layer);
      }
    };
  }, [map, features, behind, selectable]);

  // The current look and names, applied to the paths already drawn.
  useEffect(() => {
    current.current = { style, tooltip, label, onSelect };
    timed(TIMING.mapRestyle, () => {
      for (const { feature, layer } of drawn) {
        const next = style(feature);
        layer.setStyle(next);
        const before = applied.current.get(layer) ?? [];
        const classes = classesOf(next);
        const name = label?.(feature);
        eachPath(layer, (element) => {
          element.classList.remove(...before);
          element.classList.add(...classes);
          if (name !== undefined) element.setAttribute('aria-label', name);
        });
        applied.current.set(layer, classes);
      }
    });
  }, [drawn, style, tooltip, label, onSelect]);
  return null;
}

function eachPath(layer: L.GeoJSON, apply: (element: Element) => void) {
  layer.eachLayer((path) => {
    const element = path instanceof L.Path ? path.getElement() : undefined;
    if (element) apply(element);
  });
}
