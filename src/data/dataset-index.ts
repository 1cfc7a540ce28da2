/**
 * The look-ups a dataset's towns, figures and articles are read through, made once per dataset and
 * passed explicitly (the dataset provider makes one for the published data and one for a local
 * preview): figures by subject, towns by id and in name order, each figure's article, and the
 * rankings already made. Without it, looking up every town would read the whole figures list once
 * per town.
 */
import type { ArticleOf } from './choice';
import { groupBy, indexById } from './collections';
import type { CountyValue, RankingRow } from './rankings';
import type { Article, Figure, Town } from './schema';

export interface DatasetIndex {
  readonly towns: readonly Town[];
  readonly figures: readonly Figure[];
  readonly townById: ReadonlyMap<string, Town>;
  readonly articleById: ReadonlyMap<string, Article>;
  /** The article a figure comes from (its date and where it was read decide which figure stands for a town). */
  readonly articleOf: ArticleOf;
  /** Figures about a town itself (not its enterprises). */
  aboutTown(id: string): readonly Figure[];
  /** Figures about a named group of towns. */
  aboutGroup(id: string): readonly Figure[];
  /**
   * Each town's place when the towns are in dictionary order of their Chinese names, so that
   * orderings by name cost integer comparisons (a collator's are slow).
   */
  nameRank(id: string): number;
  /** Rankings made for this dataset, by indicator, year and date (rankTowns fills it; do not mutate). */
  readonly rankings: Map<string, readonly RankingRow[]>;
  /** The rankings summed by county, by the same key (countyGroups fills it). */
  readonly countyGroups: Map<string, ReadonlyMap<string, CountyValue>>;
}

const NONE: readonly Figure[] = [];

export function createDatasetIndex(
  towns: readonly Town[],
  figures: readonly Figure[],
  articles: readonly Article[],
): DatasetIndex {
  const articleById = indexById(articles);
  // Built on first use: a panel that never asks pays nothing.
  let bySubject: { town: Map<string, Figure[]>; group: Map<string, Figure[]> } | null = null;
  const subjects = () =>
    (bySubject ??= {
      town: groupBy(figures, ({ subject }) => (subject.type === 'town' ? subject.town : null)),
      group: groupBy(figures, ({ subject }) => (subject.type === 'group' ? subject.group : null)),
    });
  let order: Map<string, number> | null = null;
  const names = () => {
    if (!order) {
      const collator = new Intl.Collator('zh-CN');
      const sorted = [...towns].sort((a, b) => collator.compare(a.name.zh, b.name.zh));
      order = new Map(sorted.map((town, i) => [town.id, i]));
    }
    return order;
  };
  return {
    towns,
    figures,
    townById: indexById(towns),
    articleById,
    articleOf: (figure) => articleById.get(figure.source.article),
    aboutTown: (id) => subjects().town.get(id) ?? NONE,
    aboutGroup: (id) => subjects().group.get(id) ?? NONE,
    nameRank: (id) => names().get(id) ?? 0,
    rankings: new Map(),
    countyGroups: new Map(),
  };
}
