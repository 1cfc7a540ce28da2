/**
 * Starts the app. A page baked at build (src/bake: `data-view` on #root, the view it was baked
 * with) already shows the first view drawn from the data by these same components. The app reads
 * the first view's files (as any page does: index.html asked for them as it was read), then
 * hydrates that markup in place: React takes over the elements on screen, nothing is drawn twice
 * and nothing moves. Its first render is the baked one (the same data and view), so that it
 * matches. When the address asks for another view (`?lang=en`, `?town=…` on index.html), or a file
 * failed, the baked markup is not what the reader asked for: React draws the page afresh in its
 * place, once it is whole. A page without baked markup (the dev server) is drawn at once.
 * Until React has taken over, the page's controls take no clicks (base.css); its links work.
 */
import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { FIRST_VIEW, type DataFiles } from '../data/format/files';
import { checkReferences } from '../data/format/references';
import { dataFileQuery } from '../data/loading/queries';
import { addressSearch, parseView, serialiseView } from '../state/url-state';
import { App } from './app';
import { newQueryClient, Providers } from './providers';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const container = root;
const client = newQueryClient();
const bakedSearch = container.dataset['view'];

/** Marks the page live once React has taken it over: until then its controls take no clicks (base.css). */
function Live() {
  useEffect(() => {
    container.dataset['live'] = '';
  }, []);
  return null;
}

const app = (
  <StrictMode>
    <Providers client={client} bakedSearch={bakedSearch ?? ''}>
      <App />
      <Live />
    </Providers>
  </StrictMode>
);

/** Whether the first view's files arrived whole and agree with each other, as the baked page's did. */
function asBaked(): boolean {
  const files: Partial<DataFiles> = {};
  for (const key of FIRST_VIEW) {
    const state = client.getQueryState<Partial<DataFiles>>(dataFileQuery(key).queryKey);
    if (state?.status !== 'success' || !state.data) return false;
    Object.assign(files, state.data);
  }
  return checkReferences(files).length === 0;
}

if (bakedSearch === undefined) createRoot(container).render(app);
else {
  await Promise.all(FIRST_VIEW.map((key) => client.prefetchQuery(dataFileQuery(key))));
  const asked = serialiseView(parseView(addressSearch(window.location.pathname, window.location.search)));
  // Both as transitions: React works in slices between which the page answers a tap, and a fresh
  // render replaces the baked markup only once it is whole.
  if (asked === bakedSearch && asBaked()) startTransition(() => void hydrateRoot(container, app));
  else startTransition(() => createRoot(container).render(app));
}
