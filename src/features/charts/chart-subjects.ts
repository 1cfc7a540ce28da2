/** Who the programme and scale charts show, and with which figures. Pure. */
import type { DatasetIndex } from '../../data/domain/dataset-index';
import { chooseFigure } from '../../data/domain/choice';
import { keptIn } from '../../data/format/collections';
import { townRows, townRowsJob, type RankingRow } from '../../data/domain/rankings';
import { finish, inOrder, later, loopUntil, once, sortJob, type Job } from '../../lib/slices';
import type { Designation, Figure, Group, Text, Town } from '../../data/format/schema';

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
  let made: ScaleSubject[] = [];
  finish(newScaleSubjects(index, groups, indicators, (subjects) => (made = subjects)));
  return made;
}

/** The steps of making the scale chart's subjects (see scaleSubjects), as one job that hands them to `keep`. */
function newScaleSubjects(
  index: DatasetIndex,
  groups: readonly Group[],
  indicators: readonly string[],
  keep: (subjects: ScaleSubject[]) => void,
): Job {
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
  // How many of the indicators each subject reports, counted once (the sort compares thousands of towns).
  const reported = new Map<ScaleSubject, number>();
  const count = (s: ScaleSubject) => reported.get(s) ?? 0;
  const counted = (s: ScaleSubject) => {
    let n = 0;
    for (const figure of s.figures.values()) if (figure) n++;
    reported.set(s, n);
    return s;
  };
  let groupSubjects: ScaleSubject[] = [];
  let ranked: (readonly [string, ReadonlyMap<string, RankingRow>])[] = [];
  const townSubjects: ScaleSubject[] = [];
  const towns = { next: 0 };
  // A town's figures are those its rankings choose (by the same rule, made once and kept: see
  // data/rankings), not chosen afresh for thousands of towns.
  const add = (t: Town) => {
    if (!t.inJinzhong) return;
    const figures = new Map(ranked.map(([id, rows]) => [id, rows.get(t.id)?.figure ?? null]));
    townSubjects.push(counted({ key: t.id, townId: t.id, name: t.name, figures }));
  };
  return inOrder([
    once(() => {
      groupSubjects = groups.map((g) =>
        counted({ key: `group-${g.id}`, townId: null, name: g.name, figures: pick(index.aboutGroup(g.id)) }),
      );
      ranked = indicators.map((id) => [id, townRows(index, id)] as const);
    }),
    (deadline) => loopUntil(index.towns, towns, deadline, add),
    index.preparing,
    later(() =>
      sortJob(
        townSubjects,
        (a, b) => count(b) - count(a) || index.nameRank(a.key) - index.nameRank(b.key),
        (sorted) => keep([...groupSubjects, ...sorted].filter((s) => count(s) > 0)),
      ),
    ),
  ]);
}

/** The scale chart's subjects made for an index and its groups, by indicators (see scaleJob). */
const madeSubjects = new WeakMap<DatasetIndex, WeakMap<readonly Group[], Map<string, readonly ScaleSubject[]>>>();

function keptSubjects(index: DatasetIndex, groups: readonly Group[]): Map<string, readonly ScaleSubject[]> {
  const byGroups = keptIn(
    madeSubjects,
    index,
    () => new WeakMap<readonly Group[], Map<string, readonly ScaleSubject[]>>(),
  );
  return keptIn(byGroups, groups, () => new Map<string, readonly ScaleSubject[]>());
}

/**
 * The scale chart's subjects made a slice at a time (see slices): the indicators' rankings and
 * rows by town, then the subjects, kept for the index (madeScaleSubjects reads them once made).
 */
export function scaleJob(index: DatasetIndex, groups: readonly Group[], indicators: readonly string[]): Job {
  const kept = keptSubjects(index, groups);
  const key = indicators.join();
  const subjects = newScaleSubjects(index, groups, indicators, (made) => kept.set(key, made));
  return inOrder([
    // Each indicator's rows by town, after its ranking (townRowsJob makes that first).
    ...indicators.map((id) => townRowsJob(index, id)),
    (deadline) => kept.has(key) || subjects(deadline),
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
