/**
 * A shared link lands on what it shows: a comparison link on the comparison, an article link or
 * a filtered source list on the sources, a month (`?asof=`) on the map. (A town or county is landed on by its profile, a figure
 * by app/pointed-figure.) Once, when the dashboard first shows.
 */
import { useEffect, useRef } from 'react';
import type { ViewState } from '../state/url-state';
import { useView } from '../state/view';
import { landOnPanel } from '../ui/land-on';

/** The panel a view points at on arrival, or null for the top of the page. */
function arrivalPanel(view: ViewState): string | null {
  if (view.figure || view.town || view.county) return null;
  if (view.compare.length > 0) return 'compare';
  if (view.article || view.sourceTown || view.outlet || view.year) return 'articles';
  // The dashboard at a month (the chronicle's "map at the time"): the map as it stood then.
  if (view.asof) return 'map';
  return null;
}

export function useLandOnArrival() {
  const { view } = useView();
  const arrived = useRef(false);
  useEffect(() => {
    if (arrived.current) return;
    arrived.current = true;
    const panel = arrivalPanel(view);
    if (panel) return landOnPanel(panel);
  }, [view]);
}
