/**
 * The app's whole style sheet, on a page baked at build. Its <head> carries, inline, only the rules
 * its own markup uses (scripts/page-styles.ts), so that the page with its style fits in the first
 * round trip of a connection; a <meta> names the whole sheet, which the entry asks for once the
 * page has painted (main.tsx). The app takes the page over once the sheet is in, as what it draws
 * next (the source list, a profile, a dialog) needs rules the baked markup did not. Without
 * scripts, a <noscript> link in the <head> brings the whole sheet.
 * On a page not baked (the dev server), the sheet came with the entry: nothing to wait for.
 */

import { pageAddress } from '../lib/page-address';

/** The <meta> that names the whole style sheet (scripts/bake-pages.ts writes it). */
export const WHOLE_STYLE_META = 'jz-style';

let asked: Promise<void> | null = null;

/** Asks for the whole style sheet (once); resolves when it applies, or failed (the page still works). */
export function loadWholeStyle(): Promise<void> {
  if (asked) return asked;
  const href = document.querySelector<HTMLMetaElement>(`meta[name="${WHOLE_STYLE_META}"]`)?.content;
  if (!href) return (asked = Promise.resolve());
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = pageAddress(href);
  asked = new Promise((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
  document.head.append(link);
  return asked;
}
