/**
 * A component loaded as its own chunk (React.lazy) whose loading can start before it is first
 * drawn. The map's chunk (Leaflet and the map panel) is asked for when the map's place comes near
 * the screen, while its data files still load, rather than once they are in and the panel is
 * rendered: on a slow phone the chunk's fetch and evaluation took seconds after the data arrived.
 */
import { lazy, type ComponentType } from 'react';

export function preloadable<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  /** Starts loading the chunk (once; later calls return the same promise). */
  const preload = () => {
    if (!loading) {
      loading = load();
      // A chunk that fails to load is reported where the component is drawn (React.lazy throws
      // its error to the panel's boundary), not as an unhandled rejection while the data loads.
      loading.catch(() => {});
    }
    return loading;
  };
  return { Component: lazy(preload), preload };
}
