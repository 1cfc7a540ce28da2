/**
 * The map, once its boundaries and towns are in, loaded as its own chunk when scrolled near: the
 * chunk is asked for then, so that it loads while the boundaries and towns do.
 */
import { Suspense } from 'react';
import { DataGate, Placeholder } from '../ui/data-gate';
import { useView } from '../state/view';
import { preloadable } from '../ui/preloadable';
import { WhenVisible } from '../ui/when-visible';

const { Component: TownMap, preload: loadTownMap } = preloadable(() => import('../features/map/town-map'));

export function MapSection() {
  const { view } = useView();
  // Below an open profile the map is drawn at once, while the reader reads the profile: drawn when
  // scrolled near, it would grow (its legend) under the eyes of a reader scrolling down past it.
  const profileAbove = Boolean(view.town || view.county || view.figure);
  return (
    <WhenVisible placeholder="map-placeholder" onNear={loadTownMap} now={profileAbove}>
      <DataGate need={['counties', 'towns']} loading={<Placeholder className="map-placeholder" />}>
        {({ counties, towns }) => (
          <Suspense fallback={<Placeholder className="map-placeholder" />}>
            <TownMap counties={counties} towns={towns.towns} />
          </Suspense>
        )}
      </DataGate>
    </WhenVisible>
  );
}
