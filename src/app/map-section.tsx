/** The map, once its boundaries and towns are in, loaded as its own chunk when scrolled near. */
import { lazy, Suspense } from 'react';
import { DataGate, Placeholder } from '../ui/data-gate';
import { WhenVisible } from '../ui/when-visible';

const TownMap = lazy(() => import('../features/map/town-map'));

export function MapSection() {
  return (
    <WhenVisible placeholder="map-placeholder">
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
