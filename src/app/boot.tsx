/**
 * Starts the app. A page baked at build (src/bake: `data-view` on #root, the view it was baked
 * with) already shows the first view drawn from the data by these same components. The app reads
 * the first view's files (as any page does: the entry asked for them once the page painted), then
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
import { loadDataFile } from '../data/loading/load';
import { dataFileQuery } from '../data/loading/queries';
import { addressSearch, parseView, serialiseView } from '../state/url-state';
import { loadMessages } from '../i18n/i18n';
import { App } from './app';
import { loadWholeStyle } from './whole-style';
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

/**
 * The first view's files, read as the app reads them and put in its query cache; whether they all
 * arrived and agree with each other, as the baked page's did. (Read here rather than by the
 * cache's prefetch, which would bring more of the query library into the first view.)
 */
async function readFirstView(): Promise<boolean> {
  const files: Partial<DataFiles> = {};
  const read = await Promise.allSettled(
    FIRST_VIEW.map(async (key) => {
      const slice = { [key]: await loadDataFile(key) };
      Object.assign(files, slice);
      client.setQueryData(dataFileQuery(key).queryKey, slice);
    }),
  );
  return read.every((r) => r.status === 'fulfilled') && checkReferences(files).length === 0;
}

/**
 * Hydrates the baked page once the first view's files and the whole style sheet are in (what the
 * app draws next needs its rules: app/whole-style), or draws it afresh (see above); either once
 * the messages of the language asked for are in (English is a chunk of its own: i18n).
 */
async function takeOver(): Promise<void> {
  const view = parseView(addressSearch(window.location.pathname, window.location.search));
  const [whole] = await Promise.all([readFirstView(), loadWholeStyle(), loadMessages(view.lang)]);
  const asked = serialiseView(view);
  // Both as transitions: React works in slices between which the page answers a tap, and a fresh
  // render replaces the baked markup only once it is whole.
  if (asked === bakedSearch && whole) startTransition(() => void hydrateRoot(container, app));
  else startTransition(() => createRoot(container).render(app));
}

// No top-level await: the bundler would split the modules this one imports into chunks of their
// own (about 6 KB more gzipped for the first view).
if (bakedSearch === undefined) createRoot(container).render(app);
else void takeOver();
