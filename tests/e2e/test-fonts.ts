/**
 * The fonts the test browser draws with: Noto Sans SC (Chinese and Latin), from an npm package,
 * and nothing of the machine's. The browser tests measure laid-out text (how many town names fit
 * on the map, button and cell widths, targets of 24 px), and a newcomer's machine may have no
 * Chinese font at all (Debian's default has only DejaVu), so the test browser is given its own
 * fonts through fontconfig: `FONTCONFIG_FILE` names a fontconfig file whose only folder is these.
 * Readers never get this font: it goes to the test browser's process, not into the page.
 *
 * The package ships WOFF2 only, which this Chromium's font library does not read from disk, so
 * the files are decompressed to TrueType once (about 0.2 s) into node_modules/.cache.
 * `JZ_TEST_FONTS=system` runs the tests with the machine's own fonts instead (to check that they
 * also pass there).
 */
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const FONT_PACKAGE = '@fontsource-variable/noto-sans-sc';

/** wawoff2's WOFF2 decoder (CommonJS, without types). */
type Decompress = (woff2: Uint8Array) => Promise<Uint8Array>;

/** The fontconfig file for the test browser, made on first use; undefined with JZ_TEST_FONTS=system. */
export async function testFontConfig(): Promise<string | undefined> {
  if (process.env.JZ_TEST_FONTS === 'system') return undefined;
  const sourceDir = join(dirname(require.resolve(`${FONT_PACKAGE}/package.json`)), 'files');
  const version: unknown = JSON.parse(readFileSync(require.resolve(`${FONT_PACKAGE}/package.json`), 'utf8')).version;
  const cache = join(process.cwd(), 'node_modules', '.cache', 'jz-test-fonts', String(version));
  const config = join(cache, 'fonts.conf');
  if (existsSync(config)) return config;
  // Made in a folder of its own, then renamed into place: the config is read by every worker.
  const making = `${cache}.${process.pid}`;
  mkdirSync(join(making, 'fonts'), { recursive: true });
  const decompress: Decompress = require('wawoff2').decompress;
  for (const name of readdirSync(sourceDir).filter((file) => file.endsWith('.woff2'))) {
    const ttf = await decompress(readFileSync(join(sourceDir, name)));
    writeFileSync(join(making, 'fonts', name.replace(/\.woff2$/, '.ttf')), ttf);
  }
  writeFileSync(
    join(making, 'fonts.conf'),
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
      '<fontconfig>',
      `  <dir>${join(cache, 'fonts')}</dir>`,
      `  <cachedir>${join(cache, 'fontconfig-cache')}</cachedir>`,
      '</fontconfig>',
      '',
    ].join('\n'),
  );
  try {
    renameSync(making, cache);
  } catch (error) {
    // Another process made it first: use theirs.
    if (!existsSync(config)) throw error;
  }
  return config;
}
