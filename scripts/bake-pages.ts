/**
 * The Vite plugin that bakes the site once the app is built (src/bake/bake-site.tsx says what and
 * why): it builds the baking module for Node (React's server renderer, the app's components),
 * reads and checks the data the app is built for (public/data, or JZ_DATA_DIR) as `data:check`
 * does, and writes into the build:
 * - index.html, its #root holding the dashboard's first view, the rules of the style sheet that its
 *   markup uses written into it (scripts/page-styles.ts);
 * - town/<id>.html for every town (or the first JZ_TOWN_PAGES of towns.json), its profile open,
 *   with the town's title, description, canonical address and Open Graph tags, and a <base> so
 *   that the page's addresses (scripts, data, links) are those of index.html's folder.
 * JZ_SITE_URL (e.g. https://example.org/towns/), when set, makes the canonical and og:url
 * addresses absolute, as link previews want them. Bad data fails the build with the file and field.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';
import type { Root } from 'postcss';
import { WHOLE_STYLE_META } from '../src/app/whole-style';
import { parseDataFiles } from '../src/data/format/parse';
import { pageStyles, parseStyles } from './page-styles';
import type * as BakeSite from '../src/bake/bake-site';

const ENTRY = 'src/bake/bake-site.tsx';
const MODULE_DIR = 'node_modules/.cache/jz-bake';

/** The building of the baking module: for Node, its packages imported from node_modules. */
async function loadBakeModule(root: string): Promise<typeof BakeSite> {
  const outDir = resolve(root, MODULE_DIR);
  rmSync(outDir, { recursive: true, force: true });
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { ssr: ENTRY, outDir, emptyOutDir: true, target: 'node20', copyPublicDir: false },
  });
  return import(pathToFileURL(join(outDir, 'bake-site.js')).href);
}

const SLOT = /<div id="root">[\s\S]*?<\/div>(?=\s*<noscript>|\s*<\/body>)/;

/** The page `template` with #root holding `markup`, baked for the view `search`. */
function withRoot(template: string, markup: string, search: string): string {
  if (!SLOT.test(template)) throw new Error('the built index.html has no <div id="root"> to bake into');
  // Attribute values: the view is one of the app's own serialised views (letters, digits, ?=&-).
  if (!/^[?=&\w-]*$/.test(search)) throw new Error(`unexpected view to bake: ${search}`);
  return template.replace(SLOT, () => `<div id="root" data-view="${search}">${markup}</div>`);
}

const STYLESHEET = /<link rel="stylesheet" crossorigin href="\.\/(assets\/[\w.-]+\.css)">/;
/** Where each page's own rules go in the template (stylesFor). */
const STYLE_SLOT = '<!--jz-page-styles-->';

/**
 * The template's style sheet link replaced: a slot for each page's own rules (`<style>`, which the
 * CSP's style-src 'unsafe-inline' allows), the whole sheet named for the entry to ask for once the
 * page has painted (src/app/whole-style.ts), and linked for a browser without scripts.
 */
function styleSlot(html: string, outDir: string): { template: string; sheet: Root } {
  const link = STYLESHEET.exec(html);
  const file = link?.[1];
  if (!link || !file) throw new Error('the built index.html links no style sheet to bake into it');
  const css = readFileSync(join(outDir, file), 'utf8');
  if (/url\((?!["']?(data:|#))/.test(css)) throw new Error(`${file} has a relative url(): it cannot be inlined`);
  if (css.includes('</style')) throw new Error(`${file} cannot be written inside <style>`);
  const href = `./${file}`;
  const head = [
    STYLE_SLOT,
    `<meta name="${WHOLE_STYLE_META}" content="${href}" />`,
    `<noscript><link rel="stylesheet" href="${href}" /></noscript>`,
  ].join('\n    ');
  return { template: html.replace(link[0], () => head), sheet: parseStyles(css) };
}

/** The page with its own rules of the sheet written into it (scripts/page-styles.ts). */
const stylesFor = (page: string, sheet: Root) =>
  page.replace(STYLE_SLOT, () => `<style>${pageStyles(sheet, page)}</style>`);

export function bakePages(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  return {
    name: 'bake-pages',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const started = performance.now();
      const dataDir = resolve(root, process.env.JZ_DATA_DIR ?? 'public/data');
      const files = parseDataFiles((file) => readFileSync(join(dataDir, file), 'utf8'));
      const bake = await loadBakeModule(root);
      await bake.loadMessages('en');
      const { template, sheet } = styleSlot(readFileSync(join(outDir, 'index.html'), 'utf8'), outDir);
      const cache = bake.bakingCache(files);
      const index = withRoot(template, await bake.renderRoot(cache, ''), '');
      writeFileSync(join(outDir, 'index.html'), stylesFor(index, sheet));

      const limit = Number(process.env.JZ_TOWN_PAGES ?? Infinity);
      const towns = files.towns.towns.slice(0, Number.isFinite(limit) ? Math.max(0, limit) : undefined);
      const site = process.env.JZ_SITE_URL || undefined;
      const townDir = join(outDir, 'town');
      rmSync(townDir, { recursive: true, force: true });
      mkdirSync(townDir, { recursive: true });
      let bytes = 0;
      for (const town of towns) {
        const search = bake.townSearch(town);
        const head = bake.townHead(town, site);
        const page = stylesFor(
          withRoot(template, await bake.renderRoot(cache, search), search)
            .replace(/<title>[\s\S]*?<\/title>/, '')
            .replace(/<meta\s+name="description"[\s\S]*?\/>/, '')
            .replace('<meta charset="UTF-8" />', () => `<meta charset="UTF-8" />\n    ${head}`),
          sheet,
        );
        bytes += Buffer.byteLength(page);
        writeFileSync(join(townDir, `${town.id}.html`), page);
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      this.info(`baked index.html and ${towns.length} town pages (${(bytes / 1e6).toFixed(1)} MB) in ${seconds} s`);
    },
  };
}
