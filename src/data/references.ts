/**
 * Cross-file checks: every id one file uses must exist in the file that defines it.
 * Works on whatever files have loaded; a reference into a file that failed is not judged.
 * The problem is reported against the file holding the dangling reference.
 */
import { FILE_NAMES, type DataFiles } from './files';
import { closest, type DataProblem } from './problems';

export function checkReferences(files: Partial<DataFiles>): DataProblem[] {
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
      // A county code's first four digits name its city (1401xx → 140100).
      else
        expect(
          cityCodes,
          `${t.county.code.slice(0, 4)}00`,
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
