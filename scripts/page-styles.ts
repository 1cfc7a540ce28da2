/**
 * The rules of the app's style sheet that a baked page's own markup can use, to write into the
 * page (scripts/bake-pages.ts). With the whole sheet inline (about 6.4 KB gzipped) the index and
 * its first view come to about 20 KB: past the 14.6 KB a new connection's first round trip carries
 * (TCP's initial window of 10 segments), so that a phone waits a round trip more (over half a
 * second on a slow one) for its first paint. The rest of the sheet comes after that paint
 * (src/app/whole-style.ts).
 *
 * These rules serve a browser with scripts until the whole sheet applies; one without scripts
 * loads the whole sheet before it draws (a <noscript> link). So a rule is kept when every class,
 * id, attribute and element name its selector needs (outside :not() and the like) occurs in the
 * page's markup outside <noscript>: it may keep a rule that matches nothing, never drops one that
 * matches. The rules for print and for a browser without scripts go; other at-rules keep their
 * rules that are kept; @keyframes and @font-face stay whole.
 */
import postcss, { type Root, type Rule } from 'postcss';

/** Every class, id, attribute and element name in the markup (its <noscript> parts left out). */
export function markupNames(html: string): Set<string> {
  const names = new Set(['html', 'head', 'body']);
  const drawn = html.replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
  for (const tag of drawn.matchAll(/<([a-zA-Z][\w-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g)) {
    names.add((tag[1] ?? '').toLowerCase());
    for (const attribute of (tag[2] ?? '').matchAll(/([^\s"'=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      const name = (attribute[1] ?? '').toLowerCase();
      const value = (attribute[2] ?? '').replace(/^["']|["']$/g, '');
      names.add(`[${name}`);
      if (name === 'class') for (const c of value.split(/\s+/).filter(Boolean)) names.add(`.${c}`);
      if (name === 'id') names.add(`#${value}`);
    }
  }
  return names;
}

/** A pseudo-class or -element with its argument (one level of parentheses inside). */
const PSEUDO = /::?[\w-]+(\((?:[^()]|\([^()]*\))*\))?/g;

/** Media whose rules are never needed before the whole sheet applies (see above). */
const NOT_BEFORE_THE_SHEET = new Set(['print', '(scripting:none)']);

/** The names a selector needs in the markup to match anything there. */
export function selectorNames(selector: string): string[] {
  const needed: string[] = [];
  const plain = selector.replace(PSEUDO, ' ').replace(/\[\s*([\w-]+)[^\]]*\]/g, (_, name: string) => {
    needed.push(`[${name.toLowerCase()}`);
    return ' ';
  });
  for (const match of plain.matchAll(/([.#])([\w-]+)|(?:^|[\s>+~])([a-zA-Z][\w-]*)/g)) {
    needed.push(match[1] ? `${match[1]}${match[2]}` : (match[3] ?? '').toLowerCase());
  }
  return needed;
}

/** The style sheet `css` cut to what the markup `html` can use (see above). */
export function pageStyles(css: Root | string, html: string): string {
  const names = markupNames(html);
  const root = (typeof css === 'string' ? postcss.parse(css) : css).clone();
  root.walkAtRules('media', (at) => {
    if (NOT_BEFORE_THE_SHEET.has(at.params.replace(/\s+/g, ''))) at.remove();
  });
  const used = (selector: string) => selectorNames(selector).every((name) => names.has(name));
  root.walkRules((rule: Rule) => {
    const parent = rule.parent;
    if (parent?.type === 'atrule' && 'name' in parent && /keyframes$/.test(String(parent.name))) return;
    const kept = rule.selectors.filter(used);
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  // At-rules left without rules (a @media all of whose rules went), from the innermost out.
  let emptied = true;
  while (emptied) {
    emptied = false;
    root.walkAtRules((at) => {
      if (at.nodes === undefined || at.nodes.length > 0) return;
      at.remove();
      emptied = true;
    });
  }
  return root.toString();
}

/** The sheet parsed once, for cutting to many pages. */
export const parseStyles = (css: string): Root => postcss.parse(css);
