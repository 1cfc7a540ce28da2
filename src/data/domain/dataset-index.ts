/**
 * The look-ups a dataset's towns, figures and articles are read through, made once per dataset and
 * passed explicitly (the dataset provider makes one for the published data and one for a local
 * preview): figures by id and by subject, towns by id and in name order, each figure's article.
 * Without it, looking up every town would read the whole figures list once per town. Each look-up
 * is made on its first use: a page that never asks for one pays nothing for it.
 */
import type { ArticleOf } from './choice';
import { groupBy, indexById } from '../format/collections';
import type { Article, Figure, Town } from '../format/schema';

export interface DatasetIndex {
  readonly towns: readonly Town[];
  readonly figures: readonly Figure[];
  readonly townById: ReadonlyMap<string, Town>;
  readonly articleById: ReadonlyMap<string, Article>;
  /** The article a figure comes from (its date and where it was read decide which figure stands for a town). */
  readonly articleOf: ArticleOf;
  figureById(id: string): Figure | undefined;
  /** Figures about a town itself (not its enterprises). */
  aboutTown(id: string): readonly Figure[];
  /** Figures about a named group of towns. */
  aboutGroup(id: string): readonly Figure[];
  /**
   * Each town's place when the towns are in dictionary order of their Chinese names, so that
   * orderings by name cost integer comparisons (a collator's are slow).
   */
  nameRank(id: string): number;
}

const NONE: readonly Figure[] = [];

/** `make`'s result, made on the first call and kept. */
function onFirstUse<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

export function createDatasetIndex(
  towns: readonly Town[],
  figures: readonly Figure[],
  articles: readonly Article[],
): DatasetIndex {
  const articleById = indexById(articles);
  const figureById = onFirstUse(() => indexById(figures));
  const byTown = onFirstUse(() => groupBy(figures, (f) => (f.subject.type === 'town' ? f.subject.town : null)));
  const byGroup = onFirstUse(() => groupBy(figures, (f) => (f.subject.type === 'group' ? f.subject.group : null)));
  const nameOrder = onFirstUse(() => {
    const collator = new Intl.Collator('zh-CN');
    const sorted = [...towns].sort((a, b) => collator.compare(a.name.zh, b.name.zh));
    return new Map(sorted.map((t, i) => [t.id, i]));
  });
  return {
    towns,
    figures,
    townById: indexById(towns),
    articleById,
    articleOf: (figure) => articleById.get(figure.source.article),
    figureById: (id) => figureById().get(id),
    aboutTown: (id) => byTown().get(id) ?? NONE,
    aboutGroup: (id) => byGroup().get(id) ?? NONE,
    nameRank: (id) => nameOrder().get(id) ?? 0,
  };
}
