/**
 * The Leaflet map, created once per mount and removed on unmount; layers are children that add
 * themselves in an effect and remove themselves in its cleanup (see docs/architecture.md). No tile
 * layer: the map draws only what the dataset ships, so it needs no network.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { gestureOptions, shareGestures } from './gestures';

const MapContext = createContext<L.Map | null>(null);

export function useLeafletMap(): L.Map {
  const map = useContext(MapContext);
  if (!map) throw new Error('useLeafletMap must be used inside <LeafletMap>');
  return map;
}

/** Room kept around an extent framed in the map, in pixels. */
const FIT_PADDING: L.PointTuple = [12, 12];

/** An extent framed in the map and the view that framed it (a view the reader has not moved since). */
interface Framing {
  bounds: L.LatLngBounds;
  zoom: number;
  center: L.LatLng;
}

const framing = (map: L.Map, bounds: L.LatLngBounds): Framing => ({
  bounds,
  zoom: map.getZoom(),
  center: map.getCenter(),
});

export function LeafletMap({
  label,
  bounds,
  boundsKey,
  className,
  children,
}: {
  label: string;
  bounds: L.LatLngBounds | null;
  /** Names the extent; once the map has moved to it, the container's data-fitted says so (tests wait on it). */
  boundsKey: string;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<L.Map | null>(null);
  const [hint, setHint] = useState<'wheel' | 'touch' | null>(null);
  const initialBounds = useRef(bounds);
  /** The extent last framed and the view that framed it: kept framed as the box resizes, until the reader moves the map. */
  const framed = useRef<Framing | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const touch = window.matchMedia('(pointer: coarse)').matches;
    const created = L.map(element, {
      ...gestureOptions(touch),
      attributionControl: false,
      // Added below, in the reader's language.
      zoomControl: false,
      zoomSnap: 0.25,
      zoomDelta: 0.5,
      minZoom: 5,
      maxZoom: 13,
    });
    // The towns before the counties in the order Tab and screen readers follow (the panes' z-index,
    // not their order, decides what is drawn on top): a keyboard reaches the first town in one press
    // from the map, not after every county.
    const markerPane = created.getPane('markerPane');
    if (markerPane) created.getPane('overlayPane')?.before(markerPane);
    // Give the map a view before any layer is added: Leaflet defers adding layers (and creating
    // their elements) until the map has one.
    const first = initialBounds.current;
    if (first?.isValid()) {
      created.fitBounds(first, { padding: FIT_PADDING, animate: false });
      framed.current = framing(created, first);
    } else created.setView([37.5, 112.8], 8);
    setMap(created);
    // Panels resize with the layout; Leaflet must be told. A map still showing the extent it framed
    // (an embed laid out after the map was made, a window resized) frames it again at its new size.
    const observer = new ResizeObserver(() => {
      const still = framed.current;
      const untouched = still && created.getZoom() === still.zoom && created.getCenter().equals(still.center);
      created.invalidateSize();
      if (still && untouched) {
        created.fitBounds(still.bounds, { padding: FIT_PADDING, animate: false });
        framed.current = framing(created, still.bounds);
      }
    });
    observer.observe(element);
    const unshare = shareGestures(created, touch, setHint);
    return () => {
      unshare();
      observer.disconnect();
      created.remove();
      setMap(null);
    };
  }, []);

  // The zoom buttons, named in the reader's language (Leaflet's own say "Zoom in" on any page).
  useEffect(() => {
    if (!map) return;
    const zoom = L.control.zoom({ zoomInTitle: t.zoomIn, zoomOutTitle: t.zoomOut }).addTo(map);
    return () => {
      zoom.remove();
    };
  }, [map, t]);

  useEffect(() => {
    if (!map || !bounds?.isValid()) return;
    const element = map.getContainer();
    element.removeAttribute('data-fitted');
    const fitted = () => {
      framed.current = framing(map, bounds);
      element.setAttribute('data-fitted', boundsKey);
    };
    map.once('moveend', fitted);
    map.fitBounds(bounds, { padding: FIT_PADDING });
    return () => {
      map.off('moveend', fitted);
    };
  }, [map, bounds, boundsKey]);

  return (
    <>
      <div className="map-frame">
        <div ref={container} className={className} role="region" aria-label={label} />
        <p className={`map-hint${hint ? ' shown' : ''}`} aria-hidden="true">
          {hint === 'touch' ? t.mapHintTouch : hint === 'wheel' ? t.mapHintWheel : ''}
        </p>
      </div>
      {map && <MapContext.Provider value={map}>{children}</MapContext.Provider>}
    </>
  );
}

/** Text-only content for tooltips and popups: data never reaches Leaflet as an HTML string. */
export function textElement(
  tag: keyof HTMLElementTagNameMap,
  lines: readonly string[],
  className?: string,
): HTMLElement {
  const element = document.createElement(tag);
  if (className) element.className = className;
  lines.forEach((line, i) => {
    if (i > 0) element.appendChild(document.createElement('br'));
    element.appendChild(document.createTextNode(line));
  });
  return element;
}
