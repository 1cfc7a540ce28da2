/**
 * What the panels derive from the dataset, read as queries (one per dataset and question, kept in
 * the query cache, so the map, the ranking chart and the profiles share one ranking):
 * - a ranking per (indicator, year, date): useRanking; the towns side by side: useSideBySide;
 * - a small dataset, and the reader's local preview, are ranked on the page by the pure functions
 *   of data/domain, in the render that first asks (nothing waits a frame for them);
 * - a large published dataset is ranked by the data worker, which holds the files it read (see
 *   worker/derive), so that ranking thousands of towns never blocks the page; until the new
 *   ranking arrives the panels keep the last one, marked busy.
 */
import { keepPreviousData, queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { FigureChoice } from '../domain/choice';
import type { DatasetIndex } from '../domain/dataset-index';
import {
  makeRanking,
  rankingFrom,
  rankingSubject,
  unpackRanking,
  type Ranking,
  type RankingScope,
  type RankingSubject,
} from '../domain/rankings';
import { sideBySide, unpackSideBySide, type ScaleSubject } from '../domain/side-by-side';
import { keptIn } from '../format/collections';
import type { Group } from '../format/schema';
import { measureSince, timed, TIMING } from '../../lib/timing';
import { deriveOffThread } from './load-off-thread';
import { useDataset } from './use-dataset';

/** A published dataset of this many towns or more is ranked by the data worker. */
export const OFF_THREAD_TOWNS = 500;

/** The dataset the panels derive from, and whether the data worker derives for it. */
export interface DeriveSource {
  index: DatasetIndex;
  offThread: boolean;
}

/** The dataset the panels see now, or null before its towns, figures and articles are in. */
export function useDeriveSource(): DeriveSource | null {
  const { ready, preview } = useDataset();
  const { index } = ready;
  return useMemo(
    () => (index ? { index, offThread: preview === null && index.towns.length >= OFF_THREAD_TOWNS } : null),
    [index, preview],
  );
}

/** A number for each dataset (and groups list) in the queries' keys. */
const identities = new WeakMap<object, number>();
let nextIdentity = 0;
const identity = (of: object) => keptIn(identities, of, () => nextIdentity++);

/**
 * The query of a ranking: made on the page (at once, as the query's first data), or asked of the
 * worker; `ahead` when no reader waits for it yet (the worker answers those last).
 */
export function rankingQuery(source: DeriveSource, subject: RankingSubject, ahead = false) {
  const { index, offThread } = source;
  const onPage = () => {
    const rows = timed(TIMING.ranking, () => makeRanking(index, subject).rows);
    return timed(TIMING.countyGrouping, () => rankingFrom(subject, rows));
  };
  return queryOptions<Ranking>({
    queryKey: ['derived', identity(index), 'ranking', subject.indicator, subject.year, subject.asof, subject.scope],
    queryFn: async () => {
      if (!offThread) return onPage();
      const start = performance.now();
      const derived = await deriveOffThread({ kind: 'ranking', subject }, ahead);
      measureSince(TIMING.ranking, start);
      const rows = derived?.kind === 'ranking' ? unpackRanking(index, derived.ranking) : null;
      return rows ? timed(TIMING.countyGrouping, () => rankingFrom(subject, rows)) : onPage();
    },
    initialData: offThread ? undefined : onPage,
    staleTime: Infinity,
  });
}

/** The query of the towns side by side (the scale chart's subjects), like rankingQuery's. */
export function sideBySideQuery(
  source: DeriveSource,
  groups: readonly Group[],
  indicators: readonly string[],
  scope: RankingScope = 'jinzhong',
) {
  const { index, offThread } = source;
  const onPage = () => sideBySide(index, groups, indicators, scope);
  return queryOptions<ScaleSubject[]>({
    queryKey: ['derived', identity(index), 'sideBySide', identity(groups), scope, ...indicators],
    queryFn: async () => {
      if (!offThread) return onPage();
      // The scale chart is below the first view: a reader's choice of indicator goes first.
      const derived = await deriveOffThread({ kind: 'sideBySide', indicators: [...indicators], scope }, true);
      const subjects =
        derived?.kind === 'sideBySide' ? unpackSideBySide(index, groups, indicators, derived.subjects) : null;
      return subjects ?? onPage();
    },
    initialData: offThread ? undefined : onPage,
    staleTime: Infinity,
  });
}

/** Nothing to ask yet (no dataset, or no indicator): a query that never runs. */
const NOTHING = { queryKey: ['derived', 'nothing'], queryFn: skipToken } as const;

/**
 * What `options` answer, or undefined before the first answer is in; `busy` while the answer
 * shown is the last question's (about the same dataset), the new one's being made.
 */
function useDerived<T>(options: ReturnType<typeof queryOptions<T>> | typeof NOTHING): {
  data: T | undefined;
  busy: boolean;
} {
  const key = options.queryKey;
  const { data, isPlaceholderData } = useQuery<T>({
    ...options,
    placeholderData: (previous, query) => (query?.queryKey[1] === key[1] ? keepPreviousData(previous) : undefined),
  });
  return { data, busy: isPlaceholderData };
}

/**
 * The ranking by `indicator` with the figures `choice` picks, or undefined before the first is in;
 * `busy` while the ranking shown is the last one asked for, the new one being made.
 */
export function useRanking(
  indicator: string | undefined,
  choice: FigureChoice,
  scope: RankingScope = 'jinzhong',
): { ranking: Ranking | undefined; busy: boolean } {
  const source = useDeriveSource();
  const { year = null, asof = null } = choice;
  const subject = useMemo(
    () => (indicator ? rankingSubject(indicator, { year, asof }, scope) : null),
    [indicator, year, asof, scope],
  );
  const { data, busy } = useDerived(source && subject ? rankingQuery(source, subject) : NOTHING);
  return { ranking: data, busy };
}

/** The towns of `scope` side by side by `indicators` (see domain/side-by-side), or undefined before they are in. */
export function useSideBySide(
  groups: readonly Group[],
  indicators: readonly string[],
  scope: RankingScope = 'jinzhong',
): ScaleSubject[] | undefined {
  const source = useDeriveSource();
  return useDerived(source ? sideBySideQuery(source, groups, indicators, scope) : NOTHING).data;
}
