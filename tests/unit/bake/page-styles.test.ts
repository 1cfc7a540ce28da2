// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss, { type Rule } from 'postcss';
import { describe, expect, it } from 'vitest';
import { bakingCache, renderRoot, townSearch } from '../../../src/bake/bake-site';
import { parseDataFiles } from '../../../src/data/format/parse';
import { pageStyles, selectorNames } from '../../../scripts/page-styles';

const root = join(import.meta.dirname, '../../..');
const files = parseDataFiles((file) => readFileSync(join(root, 'public/data', file), 'utf8'));

/** The app's style sheet as the build joins it: app.css with its @imports in place. */
const appSheet = readFileSync(join(root, 'src/app/app.css'), 'utf8').replace(
  /@import '\.\/(styles\/[\w-]+\.css)';/g,
  (_, file: string) => readFileSync(join(root, 'src/app', file), 'utf8'),
);

const qixian = files.towns.towns.find((t) => t.id === 'qixian-glassware');
if (!qixian) throw new Error('no qixian-glassware in towns.json');

const page = (body: string) => `<!doctype html><html><head></head><body>${body}</body></html>`;
const rulesOf = (css: string) => {
  const rules: string[] = [];
  postcss.parse(css).walkRules((rule) => void rules.push(rule.selector));
  return rules;
};

describe("a baked page's own rules of the style sheet", () => {
  it('keep the rules whose names are all in the markup, and drop the others', () => {
    const css = '.a .b{color:red}.a .c{color:blue}#x{margin:0}p.b{top:0}div>p{left:0}';
    const kept = pageStyles(css, page('<div class="a"><p class="b">x</p></div>'));
    expect(rulesOf(kept)).toEqual(['.a .b', 'p.b', 'div>p']);
  });

  it('keep a rule for a state of an element that is there, and what :not() excludes', () => {
    const css = '.a:hover{color:red}.a::before{content:""}:not(.gone) .a{top:0}.b:focus-visible{top:1px}';
    expect(rulesOf(pageStyles(css, page('<p class="a">x</p>')))).toEqual(['.a:hover', '.a::before', ':not(.gone) .a']);
  });

  it('need the attributes a selector names: the live page is not the baked one', () => {
    const css = '#root[data-live] button{cursor:pointer}#root:not([data-live]) button{pointer-events:none}';
    const baked = page('<div id="root" data-view=""><button type="button">x</button></div>');
    expect(rulesOf(pageStyles(css, baked))).toEqual(['#root:not([data-live]) button']);
    expect(selectorNames('a[href^="http"].x')).toEqual(['[href', 'a', '.x']);
  });

  it('cut a selector list to its used selectors, and leave out media left empty, print and no-script rules', () => {
    const css =
      '.a,.zz{color:red}@media (min-width:60rem){.zz{top:0}}@media (min-width:60rem){.a{top:1px}}' +
      '@media print{.a{display:none}}@media (scripting:none){.a{display:none}}@keyframes spin{to{rotate:1turn}}';
    expect(pageStyles(css, page('<p class="a">x</p>'))).toBe(
      '.a{color:red}@media (min-width:60rem){.a{top:1px}}@keyframes spin{to{rotate:1turn}}',
    );
  });

  it('do not count what only a browser without scripts draws (it loads the whole sheet)', () => {
    const css = '.note{color:red}.table{top:0}';
    expect(
      rulesOf(pageStyles(css, page('<p class="note">x</p><noscript><table class="table"></table></noscript>'))),
    ).toEqual(['.note']);
  });

  for (const [name, search] of [
    ['index.html', ''],
    ["a town's page", townSearch(qixian)],
  ] as const)
    it(`never drop a rule of the app's sheet that matches an element of ${name}`, async () => {
      const markup = page(`<div id="root" data-view="${search}">${await renderRoot(bakingCache(files), search)}</div>`);
      const kept = new Set(rulesOf(pageStyles(appSheet, markup)));
      const document = new DOMParser().parseFromString(
        markup.replace(/<noscript>[\s\S]*?<\/noscript>/g, ''),
        'text/html',
      );
      const dropped: string[] = [];
      postcss.parse(appSheet).walkRules((rule: Rule) => {
        const media = rule.parent?.type === 'atrule' && 'params' in rule.parent ? String(rule.parent.params) : '';
        if (/print|scripting/.test(media) || /keyframes/.test(String((rule.parent as { name?: string })?.name))) return;
        for (const selector of rule.selectors) {
          // The element the selector styles, in any of its states.
          const element = selector.replace(/::?[\w-]+(\((?:[^()]|\([^()]*\))*\))?/g, (pseudo) =>
            pseudo.startsWith(':not(') || pseudo.startsWith(':is(') || pseudo.startsWith(':has(') ? pseudo : '',
          );
          let matches = false;
          try {
            matches = document.querySelector(element.trim() || '*') !== null;
          } catch {
            matches = false;
          }
          if (matches && !kept.has(rule.selector) && ![...kept].some((k) => k.split(',').includes(selector)))
            dropped.push(selector);
        }
      });
      expect(dropped).toEqual([]);
      // And it is a cut: the rules of pages this one is not (the Data page's, the method page's) go.
      expect(kept.size).toBeLessThan(rulesOf(appSheet).length * 0.8);
    });
});
