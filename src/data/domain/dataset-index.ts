/**
 * The look-ups a dataset's towns, figures and articles are read through, made once per dataset and
 * passed explicitly (the dataset provider makes one for the published data and one for a local
 * preview): figures by subject, towns by id and in name order, each figure's article, and the
 * rankings already made. Without it, looking up every town would read the whole figures list once
 * per town.
 */
import type { ArticleOf } from './choice';
import { addToGroup, indexById } from '../format/collections';
import { finish, inOrder, loopUntil, sortJob, type Job } from '../../lib/slices';
import type { CountyValue, RankingRow } from './rankings';
import type { Article, Figure, Town } from '../format/schema';

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
  /**
   * The index's own look-ups (figures by subject, towns in name order) made a part at a time (see
   * slices): with thousands of towns, more than a task may take. aboutTown, aboutGroup and nameRank
   * finish it at once when asked first.
   */
  readonly preparing: Job;
}

const NONE: readonly Figure[] = [];

export function createDatasetIndex(
  towns: readonly Town[],
  figures: readonly Figure[],
  articles: readonly Article[],
): DatasetIndex {
  const articleById = indexById(articles);
  // Built on first use (a panel that never asks pays nothing), or ahead a part at a time.
  const town = new Map<string, Figure[]>();
  const group = new Map<string, Figure[]>();
  const grouped = { next: 0 };
  const bySubject: Job = (deadline) =>
    loopUntil(figures, grouped, deadline, (figure) => {
      const { subject } = figure;
      if (subject.type === 'town') addToGroup(town, subject.town, figure);
      else if (subject.type === 'group') addToGroup(group, subject.group, figure);
    });
  const order = new Map<string, number>();
  const collator = new Intl.Collator('zh-CN');
  const byName = sortJob(
    towns,
    (a, b) => collator.compare(a.name.zh, b.name.zh),
    (sorted) => sorted.forEach((t, i) => order.set(t.id, i)),
  );
  return {
    towns,
    figures,
    townById: indexById(towns),
    articleById,
    articleOf: (figure) => articleById.get(figure.source.article),
    aboutTown: (id) => {
      finish(bySubject);
      return town.get(id) ?? NONE;
    },
    aboutGroup: (id) => {
      finish(bySubject);
      return group.get(id) ?? NONE;
    },
    nameRank: (id) => {
      finish(byName);
      return order.get(id) ?? 0;
    },
    rankings: new Map(),
    countyGroups: new Map(),
    preparing: inOrder([bySubject, byName]),
  };
}
