/**
 * The site baked at build (vite.config.ts runs it once the app is built): index.html with the
 * dashboard's first view drawn into it, and a page for every town (town/<id>.html) with its
 * profile open, so that both read without a script (search engines, reader modes, chat apps'
 * previews, office browsers with scripts off) and show their figures the moment the HTML arrives.
 * The markup is the app's own: its components rendered by React's server renderer (which escapes
 * every text), from the same checked data the page reads, in the default language; in the
 * browser the app hydrates it (src/app/boot.tsx). The data files are given only to the first view
 * (src/data/format/files' FIRST_VIEW): the boundaries load with the map, in the page as here.
 */
import type { QueryClient } from '@tanstack/react-query';
import { prerender } from 'react-dom/static';
import { renderToStaticMarkup } from 'react-dom/server';
import { App } from '../app/app';
import { newQueryClient, Providers } from '../app/providers';
import { townTier } from '../data/domain/towns';
import { FIRST_VIEW, type DataFiles } from '../data/format/files';
import type { Town } from '../data/format/schema';
import { dataFileQuery } from '../data/loading/queries';
import { makeI18n } from '../i18n/i18n';

/** Brings in the English messages (a chunk of their own in the app), which the town pages' heads use. */
export { loadMessages } from '../i18n/i18n';
import { fill } from '../i18n/messages';
import { serialiseView, DEFAULT_VIEW, townPagePath } from '../state/url-state';

/**
 * The query cache the pages of one build are drawn with, holding the first view's files: one for
 * all of them, so that what the app derives from the data and keeps there (the rankings) is made
 * once, not once a page (with 10,000 towns, about a sixth of a page's 40 ms).
 */
export function bakingCache(files: DataFiles): QueryClient {
  const client = newQueryClient();
  for (const key of FIRST_VIEW) client.setQueryData(dataFileQuery(key).queryKey, { [key]: files[key] });
  return client;
}

/** The app drawn for the view `search` from the cache's files: the markup inside #root. */
export async function renderRoot(client: QueryClient, search: string): Promise<string> {
  const { prelude } = await prerender(
    <Providers client={client} bakedSearch={search}>
      <App />
    </Providers>,
  );
  return new Response(prelude).text();
}

/** What a town's page says of itself: the title and description its <head> and link previews show. */
export function townSummary(town: Town): { title: string; description: string } {
  const zh = makeI18n('zh');
  const en = makeI18n('en');
  const describe = ({ t, text }: typeof zh) =>
    fill(t.townPageDescription, {
      name: text(town.name),
      tier: t.tier[townTier(town)],
      industry: text(town.industry),
      county: text(town.county.name),
    });
  return { title: `${town.name.zh} · ${zh.t.appTitle}`, description: `${describe(zh)} ${describe(en)}` };
}

/**
 * The <head> of a town's page (React writes it, escaped): title, description, the page's own
 * address as its canonical one, and Open Graph tags for link previews. Addresses are relative to
 * the site's root (the page's <base>), absolute when the build knows the site's address.
 */
export function townHead(town: Town, site: string | undefined): string {
  const { title, description } = townSummary(town);
  const address = site ? new URL(townPagePath(town.id), site).href : townPagePath(town.id);
  return renderToStaticMarkup(
    <>
      <base href="../" />
      <title>{title}</title>
      <meta name="description" content={description} />
      <link rel="canonical" href={address} />
      <meta property="og:type" content="website" />
      <meta property="og:site_name" content={makeI18n('zh').t.appTitle} />
      <meta property="og:locale" content="zh_CN" />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      {site && <meta property="og:url" content={address} />}
    </>,
  );
}

/** The view a town's page is baked with: the dashboard with that town open. */
export const townSearch = (town: Town) => serialiseView({ ...DEFAULT_VIEW, town: town.id });
