import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../../scripts/synthetic';
import type { FigureChoice } from '../../../src/data/domain/choice';
import { createDatasetIndex } from '../../../src/data/domain/dataset-index';
import { rankingIndicators } from '../../../src/data/domain/figures';
import {
  countyGroups,
  countyGroupsJob,
  madeRanking,
  rankingJob,
  rankTowns,
  townRows,
  townRowsJob,
} from '../../../src/data/domain/rankings';
import { madeScaleSubjects, scaleJob, scaleSubjects } from '../../../src/features/charts/chart-subjects';
import { SCALE_INDICATORS } from '../../../src/features/charts/scale-panel';
import { inOrder, loopUntil, once, runInSlices, sortJob } from '../../../src/lib/slices';
import { realData } from '../support/real-data';

const real = realData();
const synthetic = syntheticDataset(1000, real);
const indexOf = () => createDatasetIndex(synthetic.towns.towns, synthetic.figures.figures, synthetic.articles.articles);
const CHOICES: FigureChoice[] = [{}, { year: '2022' }, { asof: '2023-06' }];

describe('work done a slice at a time', () => {
  it('goes through a list in parts, each call going on where the last stopped', () => {
    const items = Array.from({ length: 1000 }, (_, i) => i);
    const seen: number[] = [];
    const state = { next: 0 };
    let calls = 0;
    // A deadline already past: each call still moves on by a few items.
    while (!loopUntil(items, state, 0, (i) => seen.push(i))) calls++;
    expect(seen).toEqual(items);
    expect(calls).toBeGreaterThan(5);
    // With time to spare it goes to the end in one call.
    const all: number[] = [];
    expect(loopUntil(items, { next: 0 }, Infinity, (i) => all.push(i))).toBe(true);
    expect(all).toEqual(items);
  });

  it('runs jobs in order, each call going on with the first not done while time is left', () => {
    const done: string[] = [];
    let left = 2;
    const slow = () => (done.push('slow'), --left === 0);
    const jobs = inOrder([once(() => done.push('first')), slow, once(() => done.push('last'))]);
    expect(jobs(Infinity)).toBe(false);
    expect(done).toEqual(['first', 'slow']);
    // With the time up, a call still moves the first job not done on, and stops after it.
    expect(jobs(0)).toBe(false);
    expect(done).toEqual(['first', 'slow', 'slow']);
    expect(jobs(0)).toBe(true);
    expect(done).toEqual(['first', 'slow', 'slow', 'last']);
    // Done jobs are not done again.
    expect(jobs(0)).toBe(true);
    expect(done).toHaveLength(4);
  });

  it('runs a job in tasks of its own until it is done, then says so once; stopped, it runs no more', async () => {
    const calls: string[] = [];
    let left = 3;
    const finished = new Promise<void>((resolve) => {
      runInSlices(
        () => (calls.push('slice'), --left === 0),
        () => {
          calls.push('done');
          resolve();
        },
      );
      // Nothing runs before the task that posted it has ended.
      expect(calls).toEqual([]);
    });
    await finished;
    expect(calls).toEqual(['slice', 'slice', 'slice', 'done']);

    let slices = 0;
    let stop = () => undefined as unknown;
    await new Promise<void>((resolve) => {
      stop = runInSlices(() => {
        if (++slices === 3) resolve();
        return false;
      });
    });
    stop();
    // Five more tasks go by (another job's slices): the stopped job has none of them.
    let other = 5;
    await new Promise<void>((resolve) => runInSlices(() => --other === 0, resolve));
    expect(slices).toBe(3);
  });

  it('sorts in many slices into the order a sort at once gives, equal items keeping their order', () => {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (const count of [0, 1, 255, 256, 257, 1000, 5000]) {
      // Few distinct keys, so that many items are equal and their order shows whether it is stable.
      const items = Array.from({ length: count }, (_, i) => ({ key: Math.floor(random() * 50), i }));
      const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
      let sorted: typeof items | undefined;
      const job = sortJob(items, byKey, (result) => (sorted = result));
      let calls = 1;
      while (!job(0)) calls++;
      expect(sorted, `${count} items`).toEqual([...items].sort(byKey));
      if (count >= 1000) expect(calls).toBeGreaterThan(5);
    }
  });

  it('makes a ranking of a thousand towns in many slices, the same as made at once', () => {
    for (const choice of CHOICES)
      for (const indicator of rankingIndicators(real.dataset)) {
        const sliced = indexOf();
        const job = rankingJob(sliced, indicator.id, choice);
        let calls = 1;
        while (!job(0)) calls++;
        expect(calls).toBeGreaterThan(10);
        expect(madeRanking(sliced, indicator.id, choice)).toEqual(rankTowns(indexOf(), indicator.id, choice));
      }
  });

  it('makes the county sums and the rows by town in many slices, the same as made at once', () => {
    for (const indicator of rankingIndicators(real.dataset)) {
      const sliced = indexOf();
      const counties = countyGroupsJob(sliced, indicator.id);
      const rows = townRowsJob(sliced, indicator.id);
      let calls = 1;
      // Both move the one ranking on, then each its own work.
      while (!(counties(0) && rows(0))) calls++;
      expect(calls).toBeGreaterThan(10);
      const fresh = indexOf();
      expect(countyGroups(sliced, indicator.id)).toEqual(countyGroups(fresh, indicator.id));
      expect(townRows(sliced, indicator.id)).toEqual(townRows(fresh, indicator.id));
    }
  });

  it("makes the index's figures by town and names in order in many slices, the same as asked at once", () => {
    const sliced = indexOf();
    let calls = 1;
    while (!sliced.preparing(0)) calls++;
    expect(calls).toBeGreaterThan(10);
    const fresh = indexOf();
    for (const town of synthetic.towns.towns) {
      expect(sliced.aboutTown(town.id)).toEqual(fresh.aboutTown(town.id));
      expect(sliced.nameRank(town.id)).toBe(fresh.nameRank(town.id));
    }
    const names = [...synthetic.towns.towns]
      .sort((a, b) => sliced.nameRank(a.id) - sliced.nameRank(b.id))
      .map((town) => town.name.zh);
    expect(names).toEqual(synthetic.towns.towns.map((town) => town.name.zh).sort(new Intl.Collator('zh-CN').compare));
  });

  it('shares a ranking in the making between jobs, and rankTowns finishes it', () => {
    const index = indexOf();
    const first = rankingJob(index, 'outputValue');
    for (let i = 0; i < 5; i++) first(0);
    expect(madeRanking(index, 'outputValue')).toBeUndefined();
    const ranked = rankTowns(index, 'outputValue');
    expect(ranked).toEqual(rankTowns(indexOf(), 'outputValue'));
    expect(ranked.length).toBeGreaterThan(1000);
    // The first job finds it made, and the ranking is the one kept.
    expect(first(0)).toBe(true);
    expect(madeRanking(index, 'outputValue')).toBe(ranked);
  });

  it("makes the scale chart's subjects of a thousand towns in many slices, the same as made at once", () => {
    const sliced = indexOf();
    const groups = real.dataset.groups;
    const job = scaleJob(sliced, groups, SCALE_INDICATORS);
    let calls = 1;
    while (!job(0)) calls++;
    expect(calls).toBeGreaterThan(10);
    const subjects = madeScaleSubjects(sliced, groups, SCALE_INDICATORS);
    expect(subjects).toEqual(scaleSubjects(indexOf(), groups, SCALE_INDICATORS));
    expect(subjects?.length).toBeGreaterThan(100);
  });
});
