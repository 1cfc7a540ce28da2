/** Who the programme and scale charts show, and with which figures. Pure. */
import type { DatasetIndex } from '../../data/dataset-index';
import { chooseFigure } from '../../data/choice';
import { rankingJob, rankTowns, townRows } from '../../data/rankings';
import { inOrder, once, type Job } from '../../slices';
import type { Designation, Figure, Group, Text } from '../../data/schema';

export interface ProgrammeFigure {
  figure: Figure;
  level: Designation['level'];
  status: Designation['status'];
  year: string;
}

/** 晋中's specialty-town programme in figures: counts by level and stage, results and targets. */
export function programmeFigures(figures: readonly Figure[]): ProgrammeFigure[] {
  return figures.flatMap((figure) => {
    const { programme, subject, period } = figure;
    const jinzhong = subject.type === 'city' || subject.type === 'group';
    return programme && jinzhong && period
      ? [{ figure, level: programme.level, status: programme.status, year: period.slice(0, 4) }]
      : [];
  });
}

export interface ScaleSubject {
  key: string;
  /** The town, when the subject is one (groups are combined figures the sources give). */
  townId: string | null;
  name: Text;
  /** The figure standing for each indicator, or null when not reported. */
  figures: Map<string, Figure | null>;
}

/**
 * Who the "scale" chart shows: named groups of towns with the combined figures the sources give,
 * then 晋中's towns, each with its result for every indicator (never summed by us). Subjects
 * without any of the indicators are left out.
 */
export function scaleSubjects(
  index: DatasetIndex,
  groups: readonly Group[],
  indicators: readonly string[],
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
  const groupSubjects = groups.map((g) => ({
    key: `group-${g.id}`,
    townId: null,
    name: g.name,
    figures: pick(index.aboutGroup(g.id)),
  }));
  // A town's figures are those its rankings choose (by the same rule, made once and kept: see
  // data/rankings), not chosen afresh for thousands of towns.
  const ranked = indicators.map((id) => [id, townRows(rankTowns(index, id))] as const);
  const townSubjects = index.towns
    .filter((t) => t.inJinzhong)
    .map((t) => ({
      key: t.id,
      townId: t.id,
      name: t.name,
      figures: new Map(ranked.map(([id, rows]) => [id, rows.get(t.id)?.figure ?? null])),
    }));
  // How many of the indicators each subject reports, counted once (the sort compares thousands of towns).
  const reported = new Map<ScaleSubject, number>();
  for (const s of [...groupSubjects, ...townSubjects]) reported.set(s, [...s.figures.values()].filter(Boolean).length);
  const count = (s: ScaleSubject) => reported.get(s) ?? 0;
  townSubjects.sort((a, b) => count(b) - count(a) || index.nameRank(a.key) - index.nameRank(b.key));
  return [...groupSubjects, ...townSubjects].filter((s) => count(s) > 0);
}

/** The scale chart's subjects made for an index and its groups, by indicators (see scaleJob). */
const madeSubjects = new WeakMap<DatasetIndex, WeakMap<readonly Group[], Map<string, readonly ScaleSubject[]>>>();

function keptSubjects(index: DatasetIndex, groups: readonly Group[]): Map<string, readonly ScaleSubject[]> {
  let byGroups = madeSubjects.get(index);
  if (!byGroups) madeSubjects.set(index, (byGroups = new WeakMap()));
  let byIndicators = byGroups.get(groups);
  if (!byIndicators) byGroups.set(groups, (byIndicators = new Map()));
  return byIndicators;
}

/**
 * The scale chart's subjects made a slice at a time (see slices): the indicators' rankings, then
 * the subjects, kept for the index (madeScaleSubjects reads them once made).
 */
export function scaleJob(index: DatasetIndex, groups: readonly Group[], indicators: readonly string[]): Job {
  return inOrder([
    ...indicators.map((id) => rankingJob(index, id)),
    ...indicators.map((id) => once(() => townRows(rankTowns(index, id)))),
    once(() => {
      const kept = keptSubjects(index, groups);
      if (!kept.has(indicators.join())) kept.set(indicators.join(), scaleSubjects(index, groups, indicators));
    }),
  ]);
}

/** The subjects scaleJob made, or undefined before it is done. */
export function madeScaleSubjects(
  index: DatasetIndex,
  groups: readonly Group[],
  indicators: readonly string[],
): readonly ScaleSubject[] | undefined {
  return keptSubjects(index, groups).get(indicators.join());
}
