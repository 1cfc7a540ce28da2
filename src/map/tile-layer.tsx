/**
 * An opt-in background of map tiles from a tile server. Off by default: with it on, the page
 * asks that server for images, which the dashboard otherwise never does.
 */
import L from 'leaflet';
import { useEffect } from 'react';
import { useLeafletMap } from './leaflet-map';

export const OSM_TILES = {
  url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '© OpenStreetMap contributors',
  origin: 'https://tile.openstreetmap.org',
} as const;

export function TileLayer({ url }: { url: string }) {
  const map = useLeafletMap();
  useEffect(() => {
    const layer = L.tileLayer(url, { maxZoom: 18, crossOrigin: true });
    layer.addTo(map);
    layer.bringToBack();
    return () => {
      layer.remove();
    };
  }, [map, url]);
  return null;
}
