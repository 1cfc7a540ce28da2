/**
 * Cross-file checks: every id one file uses must exist in the file that defines it.
 * Works on whatever files have loaded; a reference into a file that failed is not judged.
 * The problem is reported against the file holding the dangling reference.
 *
 * The check runs each time a file arrives, on tens of thousands of figures with a large dataset.
 * So each file's references are first gathered once, each distinct id once (`referencesOf`: the data
 * worker does it as it parses a file, and the page keeps them beside the file); when every id a
 * file uses is among those the files define, as in a published dataset, that is the whole check.
 * Only when one is not are the files gone through again, to tell where each dangling reference is.
 */
import { cityCodeOf } from './cities';
import { keptIn } from './collections';
import { DATA_KEYS, FILE_NAMES, type DataFiles, type DataKey } from './files';
import { closest, type DataProblem } from './problems';

/** The kinds of id one file defines and another uses ('counting': indicators that count towns, the only ones with a programme). */
type IdKind = 'town' | 'article' | 'group' | 'indicator' | 'counting' | 'figure' | 'county' | 'city';

/** The ids a file uses, by kind, each once. */
export type FileReferences = Partial<Record<IdKind, Set<string>>>;

/** Each item's id, read as they are gone through (a check may stop early). */
function* idsIn<T>(items: readonly T[], id: (item: T) => string): Generator<string> {
  for (const item of items) yield id(item);
}

/** The ids of each kind the loaded files define, or undefined while the file defining them has not loaded. */
function defined(
  kind: IdKind,
  { dataset, towns, figures, articles, counties, cities }: Partial<DataFiles>,
): Iterable<string> | undefined {
  switch (kind) {
    case 'town':
      return towns && idsIn(towns.towns, (t) => t.id);
    case 'article':
      return articles && idsIn(articles.articles, (a) => a.id);
    case 'group':
      return dataset && idsIn(dataset.groups, (g) => g.id);
    case 'indicator':
      return dataset && idsIn(dataset.indicators, (i) => i.id);
    case 'counting':
      return dataset?.indicators.filter((i) => i.unit === 'towns').map((i) => i.id);
    case 'figure':
      return figures && idsIn(figures.figures, (f) => f.id);
    case 'county':
      return counties && idsIn(counties.features, (f) => f.properties.code);
    case 'city':
      return cities && idsIn(cities.features, (f) => f.properties.code);
  }
}

/** The ids data file `key` uses. */
export function referencesOf<K extends DataKey>(key: K, data: DataFiles[K]): FileReferences {
  const uses: FileReferences = {};
  const refer = (kind: IdKind, id: string) => (uses[kind] ??= new Set()).add(id);
  const { dataset, towns, figures }: Partial<DataFiles> = { [key]: data };
  if (dataset) {
    for (const g of dataset.groups) for (const m of g.members) refer('town', m);
    for (const h of dataset.headlines) refer('figure', h);
  }
  if (towns)
    for (const t of towns.towns) {
      if (t.inJinzhong) refer('county', t.county.code);
      else refer('city', cityCodeOf(t.county.code));
      for (const f of t.facts) refer('article', f.source.article);
      for (const d of t.designations) refer('article', d.source.article);
    }
  if (figures)
    for (const f of figures.figures) {
      const s = f.subject;
      if (s.type === 'town' || s.type === 'enterprise') refer('town', s.town);
      if (s.type === 'group') refer('group', s.group);
      if (s.type === 'city' && s.code) refer('city', s.code);
      refer('indicator', f.indicator);
      if (f.programme) refer('counting', f.indicator);
      refer('article', f.source.article);
    }
  return uses;
}

/** Each file's references, kept beside it: gathered by the data worker (see load-off-thread) or here on first need. */
const KEPT = new WeakMap<object, FileReferences>();

/** Keeps the references the data worker gathered for a file it parsed. */
export function keepReferences(data: object, uses: FileReferences): void {
  KEPT.set(data, uses);
}

/** Whether every id the loaded files use is defined (where the file defining it has loaded). */
function allDefined(files: Partial<DataFiles>): boolean {
  const wanted = new Map<IdKind, Set<string>>();
  for (const key of DATA_KEYS) {
    const data = files[key];
    if (!data) continue;
    const uses = keptIn(KEPT, data, () => referencesOf(key, data));
    for (const [kind, ids] of Object.entries(uses) as [IdKind, Set<string>][]) {
      const all = wanted.get(kind);
      if (all) for (const id of ids) all.add(id);
      else wanted.set(kind, new Set(ids));
    }
  }
  for (const [kind, ids] of wanted) {
    const known = defined(kind, files);
    if (!known) continue;
    // Stops as soon as all are found (a few headlines among thousands of figures).
    for (const id of known) if (ids.delete(id) && ids.size === 0) break;
    if (ids.size > 0) return false;
  }
  return true;
}

export function checkReferences(files: Partial<DataFiles>): DataProblem[] {
  return allDefined(files) ? [] : findProblems(files);
}

/** Every dangling reference with where it is. */
function findProblems(files: Partial<DataFiles>): DataProblem[] {
  const problems: DataProblem[] = [];
  const { dataset, towns, figures, articles, counties, cities } = files;
  const townIds = towns && new Set(towns.towns.map((t) => t.id));
  const articleIds = articles && new Set(articles.articles.map((a) => a.id));
  const groupIds = dataset && new Set(dataset.groups.map((g) => g.id));
  const indicatorIds = dataset && new Set(dataset.indicators.map((i) => i.id));
  const units = dataset && new Map(dataset.indicators.map((i) => [i.id, i.unit]));
  const figureIds = figures && new Set(figures.figures.map((f) => f.id));
  const countyCodes = counties && new Set(counties.features.map((f) => f.properties.code));
  const cityCodes = cities && new Set(cities.features.map((f) => f.properties.code));

  const expect = (
    known: Set<string> | undefined,
    value: string,
    file: string,
    /** Where the reference is: made only for a problem (thousands of references are fine). */
    at: () => string,
    what: string,
    where: string,
  ) => {
    if (!known || known.has(value)) return;
    const path = at();
    problems.push({
      kind: 'reference',
      file,
      path,
      message: `unknown ${what} "${value}" (not in ${where})`,
      detail: {
        what: 'unknown-ref',
        found: value,
        expected: where,
        suggestion: closest(value, known),
        field: path
          .split('.')
          .at(-1)
          ?.replace(/\[\d+\]$/, ''),
      },
    });
  };

  if (dataset) {
    dataset.groups.forEach((g, gi) =>
      g.members.forEach((m, mi) =>
        expect(townIds, m, FILE_NAMES.dataset, () => `groups[${gi}].members[${mi}]`, 'town', FILE_NAMES.towns),
      ),
    );
    dataset.headlines.forEach((h, hi) =>
      expect(figureIds, h, FILE_NAMES.dataset, () => `headlines[${hi}]`, 'figure', FILE_NAMES.figures),
    );
  }
  if (towns) {
    towns.towns.forEach((t, ti) => {
      if (t.inJinzhong)
        expect(
          countyCodes,
          t.county.code,
          FILE_NAMES.towns,
          () => `towns[${ti}].county.code`,
          'county',
          FILE_NAMES.counties,
        );
      else
        expect(
          cityCodes,
          cityCodeOf(t.county.code),
          FILE_NAMES.towns,
          () => `towns[${ti}].county.code`,
          'city',
          FILE_NAMES.cities,
        );
      t.facts.forEach((f, fi) =>
        expect(
          articleIds,
          f.source.article,
          FILE_NAMES.towns,
          () => `towns[${ti}].facts[${fi}].source.article`,
          'article',
          FILE_NAMES.articles,
        ),
      );
      t.designations.forEach((d, di) =>
        expect(
          articleIds,
          d.source.article,
          FILE_NAMES.towns,
          () => `towns[${ti}].designations[${di}].source.article`,
          'article',
          FILE_NAMES.articles,
        ),
      );
    });
  }
  if (figures) {
    figures.figures.forEach((f, fi) => {
      const at = () => `figures[${fi}]`;
      const s = f.subject;
      if (s.type === 'town' || s.type === 'enterprise')
        expect(townIds, s.town, FILE_NAMES.figures, () => `${at()}.subject.town`, 'town', FILE_NAMES.towns);
      if (s.type === 'group')
        expect(groupIds, s.group, FILE_NAMES.figures, () => `${at()}.subject.group`, 'group', FILE_NAMES.dataset);
      if (s.type === 'city' && s.code)
        expect(cityCodes, s.code, FILE_NAMES.figures, () => `${at()}.subject.code`, 'city', FILE_NAMES.cities);
      expect(indicatorIds, f.indicator, FILE_NAMES.figures, () => `${at()}.indicator`, 'indicator', FILE_NAMES.dataset);
      const unit = units?.get(f.indicator);
      if (f.programme && unit && unit !== 'towns')
        problems.push({
          kind: 'reference',
          file: FILE_NAMES.figures,
          path: `${at()}.programme`,
          message: `"programme" is only for counts of towns, not for "${f.indicator}"`,
        });
      expect(
        articleIds,
        f.source.article,
        FILE_NAMES.figures,
        () => `${at()}.source.article`,
        'article',
        FILE_NAMES.articles,
      );
    });
  }
  return problems;
}
