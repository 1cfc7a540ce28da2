/**
 * A town's or a cluster's marker as Leaflet draws it: its symbol and name, its classes (tier,
 * industry, outside 晋中), its tooltip, and the roles and keys that make it a button. What it says
 * (its accessible name, pressed state) is applied apart (decorate), as the view changes.
 */
import L from 'leaflet';
import type { Town } from '../../data/format/schema';
import { townTier } from '../../data/domain/towns';
import { textElement } from '../../map/leaflet-map';
import { actAsButton } from '../../map/act-as-button';
import { twoLines } from './label-layout';
import type { MarkerDescription } from './map-text';
import type { MarkerItem } from './marker-layout';

/** A marker's size: the 24-pixel target WCAG 2.5.8 asks for, around a 16-pixel symbol. */
export const MARKER_SIZE = 24;
export const CLUSTER_SIZE = 32;

export interface MarkerContext {
  map: L.Map;
  byId: ReadonlyMap<string, Town>;
  /** The month whose tiers the markers show, or null for now. */
  asof: string | null;
  /** A town's name in the reader's language. */
  name: (town: Town) => string;
  /** What the marker says now (read when its tooltip opens). */
  describe: (item: MarkerItem) => MarkerDescription | null;
  onSelect: (id: string) => void;
  /** A cluster chosen (the map zooms in to part it). */
  onCluster: (cluster: Extract<MarkerItem, { kind: 'cluster' }>) => void;
}

/** The marker for `item`, added to the map: a town's opens it, a cluster's zooms in to part its towns. */
export function createMarker(
  item: MarkerItem,
  { map, byId, asof, name: nameOf, describe, onSelect, onCluster }: MarkerContext,
): L.Marker {
  const latLng = map.unproject([item.x, item.y], map.getZoom());
  const icon = document.createElement('span');
  let marker: L.Marker;
  if (item.kind === 'town') {
    const town = byId.get(item.id);
    const name = town ? nameOf(town) : item.id;
    const group = town?.industryGroups[0];
    const label = textElement('span', [], 'town-label');
    writeLabel(label, name);
    icon.append(textElement('span', [], 'town-dot'), label);
    const classes = [
      'town-marker',
      town ? `tier-${townTier(town, asof)}` : '',
      group ? `industry-${group}` : '',
      town?.inJinzhong === false ? 'outside' : '',
    ];
    marker = L.marker(town ? [town.location.lat, town.location.lon] : latLng, {
      icon: L.divIcon({
        html: icon,
        className: classes.filter(Boolean).join(' '),
        iconSize: [MARKER_SIZE, MARKER_SIZE],
        iconAnchor: [MARKER_SIZE / 2, MARKER_SIZE / 2],
      }),
      keyboard: true,
      title: name,
      riseOnHover: true,
    });
  } else {
    icon.append(textElement('span', [String(item.ids.length)], 'cluster-count'));
    marker = L.marker(latLng, {
      icon: L.divIcon({
        html: icon,
        className: 'town-cluster',
        iconSize: [CLUSTER_SIZE, CLUSTER_SIZE],
        iconAnchor: [CLUSTER_SIZE / 2, CLUSTER_SIZE / 2],
      }),
      keyboard: true,
      riseOnHover: true,
    });
  }
  const choose = () => (item.kind === 'town' ? onSelect(item.id) : onCluster(item));
  marker.bindTooltip(() => textElement('span', describe(item)?.lines ?? []), {
    direction: 'top',
    offset: [0, -10],
    className: 'map-tooltip',
  });
  marker.on('click', choose);
  marker.addTo(map);
  const element = marker.getElement();
  if (element) {
    // Which towns a marker stands for (tests and the benchmark find markers by them).
    if (item.kind === 'town') element.setAttribute('data-town', item.id);
    else element.setAttribute('data-towns', item.ids.join(' '));
    // Leaflet opens the tooltip on focus; Enter or Space chooses, as on any button.
    actAsButton(element, choose);
  }
  return marker;
}

/**
 * Writes a town's name into its marker's label: a name of several words as its two halves, which
 * stand on one line or, with the marker's class `label-wrapped`, on two (see placeTownLabels).
 */
export function writeLabel(label: HTMLElement, name: string): void {
  const lines = twoLines(name);
  if (!lines) label.textContent = name;
  else
    label.replaceChildren(
      textElement('span', [lines[0]], 'label-line'),
      document.createTextNode(' '),
      textElement('span', [lines[1]], 'label-line'),
    );
}

/** Applies a description to a drawn marker: its accessible name, pressed state and classes. */
export function decorate(marker: L.Marker, description: MarkerDescription | null): void {
  const element = marker.getElement();
  if (!element || !description) return;
  element.setAttribute('aria-label', description.label);
  if (description.selected) element.setAttribute('aria-pressed', 'true');
  else element.removeAttribute('aria-pressed');
  element.classList.toggle('selected', description.selected);
  element.classList.toggle('highlighted', description.highlighted);
  marker.setZIndexOffset(description.selected ? 1000 : 0);
}
