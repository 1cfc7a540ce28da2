/**
 * The counties' names on the map, where they fit: each at the point of its county farthest from
 * its edges (or a little beside it), wholly inside the county and the map, covering no marker, no
 * town's name and no other county's name; towns come first (their names are placed before, see
 * TownMarkers, which says when on the map's "markersplaced"). Text only, out of the accessibility
 * tree (the county shapes carry the names as their labels) and of the pointer's way.
 */
import L from 'leaflet';
import { useEffect, useMemo } from 'react';
import type { CountyFeature } from '../../data/format/schema';
import { contains, labelPoint } from '../../data/domain/geo';
import { useLeafletMap } from '../../map/leaflet-map';
import { fitLabels } from './label-layout';
import { boxOf } from './town-labels';

const PANE = 'county-names';
/** Places tried around a county's point, in pixels: the point itself, then above, below, left, right. */
const TRIES: readonly (readonly [number, number])[] = [
  [0, 0],
  [0, -16],
  [0, 16],
  [-28, 0],
  [28, 0],
];

export function CountyNames({
  counties,
  name,
}: {
  counties: readonly CountyFeature[];
  /** A county's name in the reader's language. */
  name: (feature: CountyFeature) => string;
}) {
  const map = useLeafletMap();
  const points = useMemo(
    () => counties.map((f) => L.latLng(labelPoint(f.geometry).reverse() as [number, number])),
    [counties],
  );

  useEffect(() => {
    const pane = map.getPane(PANE) ?? map.createPane(PANE);
    pane.setAttribute('aria-hidden', 'true');
    const elements = counties.map((f) => {
      const element = L.DomUtil.create('span', 'county-name', pane);
      element.textContent = name(f);
      return element;
    });
    const container = map.getContainer();
    const place = () => {
      const frame = boxOf(container);
      const origin = { x: frame.left, y: frame.top };
      // What the towns already take (their markers, clusters and the names shown beside them) and
      // the map's controls.
      const taken = [
        ...container.querySelectorAll(
          '.town-dot, .town-cluster, .town-marker:not(.label-hidden) .town-label, .leaflet-control',
        ),
      ].map((element, i) => ({ id: `taken:${i}`, box: boxOf(element) }));
      const candidates = elements.flatMap((element, i) => {
        const feature = counties[i];
        const at = points[i];
        if (!feature || !at) return [];
        const width = element.offsetWidth;
        const height = element.offsetHeight;
        const centre = map.latLngToContainerPoint(at);
        // The first place tried around the point that lies wholly inside the county.
        for (const [dx, dy] of TRIES) {
          const left = centre.x + dx - width / 2;
          const top = centre.y + dy - height / 2;
          const corners = [
            [left, top],
            [left + width, top],
            [left, top + height],
            [left + width, top + height],
          ];
          const inside = corners.every(([x = 0, y = 0]) => {
            const { lng, lat } = map.containerPointToLatLng([x, y]);
            return contains(feature.geometry, lng, lat);
          });
          if (!inside) continue;
          const box = {
            left: origin.x + left,
            top: origin.y + top,
            right: origin.x + left + width,
            bottom: origin.y + top + height,
          };
          return [{ id: String(i), places: [box], layer: map.containerPointToLayerPoint([left, top]) }];
        }
        return [];
      });
      // fitLabels keeps the names off the towns' boxes and off each other, in the map's frame.
      const fits = fitLabels(candidates, taken, frame);
      elements.forEach((element, i) => {
        const spot = candidates.find((c) => c.id === String(i));
        const shown = spot !== undefined && fits.has(spot.id);
        element.classList.toggle('hidden', !shown);
        if (spot && shown) L.DomUtil.setPosition(element, spot.layer);
      });
    };
    const hide = () => elements.forEach((element) => element.classList.add('hidden'));
    place();
    map.on('markersplaced', place);
    map.on('zoomstart', hide);
    return () => {
      map.off('markersplaced', place);
      map.off('zoomstart', hide);
      for (const element of elements) element.remove();
    };
  }, [map, counties, points, name]);
  return null;
}
