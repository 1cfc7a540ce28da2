/**
 * Who the "scale" chart shows side by side: named groups of towns with the combined figures the
 * sources give, then 晋中's towns, each with its result for every indicator (never summed by us).
 * Pure: like the rankings (see rankings), made on the page for a small dataset and in the data
 * worker for a large one, which sends it back as ids (packSideBySide).
 */
import { chooseFigure } from './choice';
import type { DatasetIndex } from './dataset-index';
import { inScope, makeRanking, rankingSubject, type Ranking, type RankingScope } from './rankings';
import type { Figure, Group, Text } from '../format/schema';

export interface ScaleSubject {
  key: string;
  /** The town, when the subject is one (groups are combined figures the sources give). */
  townId: string | null;
  name: Text;
  /** The figure standing for each indicator, or null when not reported. */
  figures: Map<string, Figure | null>;
}

const reportedCount = (s: ScaleSubject) => {
  let n = 0;
  for (const figure of s.figures.values()) if (figure) n++;
  return n;
};

/**
 * The groups, then the towns (of 晋中, or of all 山西 with scope "shanxi") that report the most of
 * the indicators first (by name among equals). A town's figures are those its rankings choose (one
 * rule: chooseFigure); subjects without any of the indicators are left out.
 */
export function sideBySide(
  index: DatasetIndex,
  groups: readonly Group[],
  indicators: readonly string[],
  scope: RankingScope = 'jinzhong',
  rankingOf: (indicator: string) => Ranking = (indicator) => makeRanking(index, rankingSubject(indicator, {}, scope)),
): ScaleSubject[] {
  const pick = (own: readonly Figure[]) =>
    new Map(
      indicators.map((id) => [
        id,
        chooseFigure(
          own.filter((f) => f.indicator === id),
          index.articleOf,
        )?.figure ?? null,
      ]),
    );
  const groupSubjects = groups.map((g): ScaleSubject => ({
    key: `group-${g.id}`,
    townId: null,
    name: g.name,
    figures: pick(index.aboutGroup(g.id)),
  }));
  const rankings = indicators.map(rankingOf);
  const towns = index.towns.flatMap((t): { subject: ScaleSubject; count: number }[] => {
    if (!inScope(t, scope)) return [];
    const figures = new Map(rankings.map((r) => [r.indicator, r.byTown.get(t.id)?.figure ?? null]));
    const subject = { key: t.id, townId: t.id, name: t.name, figures };
    return [{ subject, count: reportedCount(subject) }];
  });
  towns.sort((a, b) => b.count - a.count || index.nameRank(a.subject.key) - index.nameRank(b.subject.key));
  return [...groupSubjects, ...towns.map((t) => t.subject)].filter((s) => reportedCount(s) > 0);
}

/**
 * The subjects as ids, for a message between the data worker and the page, in flat lists (see
 * PackedRanking): each subject's town or group id, which of them are groups, and their figures,
 * indicator by indicator.
 */
export interface PackedSideBySide {
  ids: string[];
  /** The positions in `ids` of the groups (the rest are towns). */
  groups: number[];
  /** Subject by subject, each indicator's figure id or null (ids.length × indicators.length). */
  figures: (string | null)[];
}

export function packSideBySide(subjects: readonly ScaleSubject[], indicators: readonly string[]): PackedSideBySide {
  const packed: PackedSideBySide = { ids: [], groups: [], figures: [] };
  for (const [i, s] of subjects.entries()) {
    if (s.townId === null) packed.groups.push(i);
    packed.ids.push(s.townId ?? s.key.slice('group-'.length));
    for (const id of indicators) packed.figures.push(s.figures.get(id)?.id ?? null);
  }
  return packed;
}

/** The subjects back with the page's own towns, groups and figures; null when one is missing. */
export function unpackSideBySide(
  index: DatasetIndex,
  groups: readonly Group[],
  indicators: readonly string[],
  packed: PackedSideBySide,
): ScaleSubject[] | null {
  const groupAt = new Set(packed.groups);
  const subjects: ScaleSubject[] = [];
  for (const [i, id] of packed.ids.entries()) {
    const figures = new Map<string, Figure | null>();
    for (const [j, indicator] of indicators.entries()) {
      const figureId = packed.figures[i * indicators.length + j] ?? null;
      const figure = figureId === null ? null : index.figureById(figureId);
      if (figure === undefined) return null;
      figures.set(indicator, figure);
    }
    const group = groupAt.has(i) ? groups.find((g) => g.id === id) : undefined;
    const town = groupAt.has(i) ? undefined : index.townById.get(id);
    if (town) subjects.push({ key: town.id, townId: town.id, name: town.name, figures });
    else if (group) subjects.push({ key: `group-${group.id}`, townId: null, name: group.name, figures });
    else return null;
  }
  return subjects;
}
