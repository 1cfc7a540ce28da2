/**
 * Where the towns' names stand beside their markers, and which show: the most important first,
 * each on one line or, where that finds no place, on two (a name of several words; see
 * writeLabel), clear of the markers, the map's controls and the names already placed (see
 * fitLabels); the others are named by their tooltips. Sets each marker's classes (`label-<side>`,
 * `label-wrapped`, `label-hidden`), by which the stylesheet places its name. All sizes are read
 * before the classes are set.
 */
import type L from 'leaflet';
import { fitLabels, labelPlaces, LABEL_SIDES, type Box } from './label-layout';
import { MARKER_SIZE } from './marker-element';
import type { MarkerItem } from './marker-layout';

/** How far a name beside its marker stands below the marker's top (map.css, `.town-label`). */
const LABEL_DROP = 3;

/** An element's box on screen (the boxes fitLabels compares; CountyNames reads them too). */
export const boxOf = (element: Element): Box => {
  const r = element.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
};

const size = (label: HTMLElement) => ({ width: label.offsetWidth, height: label.offsetHeight });

/** Places the names of the markers drawn on `map`, in the order of `rank` (lowest first). */
export function placeTownLabels(
  map: L.Map,
  entries: readonly { item: MarkerItem; marker: L.Marker }[],
  rank: (item: MarkerItem) => number,
): void {
  // What a name may not cover: the markers and the map's controls (its zoom buttons).
  const markers = [
    ...entries.flatMap(({ item, marker }) => {
      const element = marker.getElement();
      const dot = element?.querySelector('.town-dot') ?? element;
      return dot ? [{ id: item.key, box: boxOf(dot) }] : [];
    }),
    ...[...map.getContainer().querySelectorAll('.leaflet-control')].map((control, i) => ({
      id: `control:${i}`,
      box: boxOf(control),
    })),
  ];
  const named = entries
    .filter(({ item }) => item.kind === 'town')
    .sort((a, b) => rank(a.item) - rank(b.item))
    .flatMap(({ item, marker }) => {
      const element = marker.getElement();
      const label = element?.querySelector<HTMLElement>('.town-label');
      return element && label ? [{ key: item.key, element, label, lines: label.querySelector('.label-line') }] : [];
    });
  // Each name's size on one line and, for a name of several words, on two: read with every name
  // on one line, then with those of several words on two.
  for (const { element } of named) element.classList.remove('label-wrapped');
  const measured = named.map((entry) => ({ ...entry, oneLine: size(entry.label) }));
  for (const { element, lines } of named) if (lines) element.classList.add('label-wrapped');
  const labels = measured.map(({ key, element, label, lines, oneLine }) => {
    const icon = boxOf(element);
    const twoLines = lines ? labelPlaces(icon, size(label), MARKER_SIZE, LABEL_DROP) : [];
    return { id: key, places: [...labelPlaces(icon, oneLine, MARKER_SIZE, LABEL_DROP), ...twoLines] };
  });
  const places = fitLabels(labels, markers, boxOf(map.getContainer()));
  for (const { item, marker } of entries) {
    const element = marker.getElement();
    const index = places.get(item.key);
    const side = index === undefined ? undefined : LABEL_SIDES[index % LABEL_SIDES.length];
    element?.classList.toggle('label-hidden', item.kind === 'town' && !side);
    element?.classList.toggle('label-wrapped', index !== undefined && index >= LABEL_SIDES.length);
    for (const other of LABEL_SIDES) element?.classList.toggle(`label-${other}`, other === side);
  }
}
