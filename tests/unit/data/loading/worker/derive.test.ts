import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../../../../scripts/synthetic';
import type { FigureChoice } from '../../../../../src/data/domain/choice';
import { createDatasetIndex } from '../../../../../src/data/domain/dataset-index';
import { rankingIndicators } from '../../../../../src/data/domain/figures';
import { makeRanking, rankingFrom, rankingSubject, unpackRanking } from '../../../../../src/data/domain/rankings';
import { sideBySide, unpackSideBySide } from '../../../../../src/data/domain/side-by-side';
import type { DeriveResponse, DeriveTask } from '../../../../../src/data/loading/worker-messages';
import { answerDerive, holdFile, queueDerive } from '../../../../../src/data/loading/worker/derive';
import { SCALE_INDICATORS } from '../../../../../src/features/charts/scale-panel';
import { realData } from '../../../support/real-data';

const real = realData();
const synthetic = syntheticDataset(1000, real);
/** The page's own index: records of its own, made from the same files as the worker's. */
const pageIndex = () =>
  createDatasetIndex(synthetic.towns.towns, synthetic.figures.figures, synthetic.articles.articles);
const CHOICES: FigureChoice[] = [{}, { year: '2022' }, { asof: '2023-06' }];

let nextId = 0;
/** What the worker answers, after a round trip through the structured clone a message makes. */
const ask = (task: DeriveTask): DeriveResponse =>
  structuredClone(answerDerive({ type: 'derive', id: nextId++, task, ahead: false }));

describe('what the data worker derives from the files it read', () => {
  it('says it cannot before it holds the towns, figures and articles, so that the page makes it itself', () => {
    const answer = ask({ kind: 'ranking', subject: rankingSubject('outputValue') });
    expect(answer).toMatchObject({ type: 'underived' });
    holdFile('towns', structuredClone(synthetic.towns));
    holdFile('figures', structuredClone(synthetic.figures));
    expect(ask({ kind: 'ranking', subject: rankingSubject('outputValue') }).type).toBe('underived');
  });

  it("ranks a thousand towns, for every indicator and choice, as the page would: the page's own records, in the same order", () => {
    holdFile('towns', structuredClone(synthetic.towns));
    holdFile('figures', structuredClone(synthetic.figures));
    holdFile('articles', structuredClone(synthetic.articles));
    const index = pageIndex();
    for (const choice of CHOICES)
      for (const indicator of rankingIndicators(real.dataset)) {
        const subject = rankingSubject(indicator.id, choice);
        const answer = ask({ kind: 'ranking', subject });
        if (answer.type !== 'derived' || answer.derived.kind !== 'ranking')
          throw new Error(`no ranking: ${indicator.id}`);
        const rows = unpackRanking(index, answer.derived.ranking);
        expect(rows, `${indicator.id} ${JSON.stringify(choice)}`).not.toBeNull();
        const onPage = makeRanking(index, subject);
        expect(rankingFrom(subject, rows ?? [])).toEqual(onPage);
        // Not copies: the very towns and figures the page holds.
        expect(rows?.[0]?.town).toBe(onPage.rows[0]?.town);
        expect(rows?.[0]?.figure).toBe(onPage.rows[0]?.figure);
        expect(onPage.rows.length).toBeGreaterThan(1000);
      }
  });

  it("puts the towns side by side as the page would, once it holds dataset.json's groups", () => {
    holdFile('towns', structuredClone(synthetic.towns));
    holdFile('figures', structuredClone(synthetic.figures));
    holdFile('articles', structuredClone(synthetic.articles));
    const task: DeriveTask = { kind: 'sideBySide', indicators: [...SCALE_INDICATORS], scope: 'jinzhong' };
    // Another dataset.json than the worker's: the answer is made from the groups the worker holds.
    const dataset = structuredClone(real.dataset);
    holdFile('dataset', dataset);
    const answer = ask(task);
    if (answer.type !== 'derived' || answer.derived.kind !== 'sideBySide') throw new Error('no subjects');
    const index = pageIndex();
    const subjects = unpackSideBySide(index, real.dataset.groups, SCALE_INDICATORS, answer.derived.subjects);
    expect(subjects).toEqual(sideBySide(index, real.dataset.groups, SCALE_INDICATORS));
    expect(subjects?.length).toBeGreaterThan(100);
  });

  it('leaves a ranking that names a town or figure the page does not hold to the page (null, never a row short)', () => {
    holdFile('towns', structuredClone(synthetic.towns));
    holdFile('figures', structuredClone(synthetic.figures));
    holdFile('articles', structuredClone(synthetic.articles));
    const answer = ask({ kind: 'ranking', subject: rankingSubject('outputValue') });
    if (answer.type !== 'derived' || answer.derived.kind !== 'ranking') throw new Error('no ranking');
    const packed = answer.derived.ranking;
    const top = { town: packed.towns[0], figure: packed.figures[0] };
    expect(top.figure).not.toBeNull();
    const without = (towns: typeof synthetic.towns.towns, figures: typeof synthetic.figures.figures) =>
      unpackRanking(createDatasetIndex(towns, figures, synthetic.articles.articles), packed);
    expect(without(synthetic.towns.towns, synthetic.figures.figures)).not.toBeNull();
    expect(
      without(
        synthetic.towns.towns,
        synthetic.figures.figures.filter((f) => f.id !== top.figure),
      ),
    ).toBeNull();
    expect(
      without(
        synthetic.towns.towns.filter((t) => t.id !== top.town),
        synthetic.figures.figures,
      ),
    ).toBeNull();
  });

  it('ranks anew from a file read again, never from the rankings it kept of the last one', () => {
    holdFile('towns', structuredClone(synthetic.towns));
    holdFile('figures', structuredClone(synthetic.figures));
    holdFile('articles', structuredClone(synthetic.articles));
    const subject = rankingSubject('outputValue');
    const first = ask({ kind: 'ranking', subject });
    if (first.type !== 'derived' || first.derived.kind !== 'ranking') throw new Error('no ranking');
    const top = first.derived.ranking.figures[0];
    const figures = structuredClone(synthetic.figures);
    figures.figures = figures.figures.filter((f) => f.id !== top);
    holdFile('figures', figures);
    const again = ask({ kind: 'ranking', subject });
    if (again.type !== 'derived' || again.derived.kind !== 'ranking') throw new Error('no ranking');
    expect(again.derived.ranking.figures).not.toContain(top);
    expect(again.derived.ranking.towns).toHaveLength(first.derived.ranking.towns.length);
  });

  it('answers what a reader waits for before what is made ahead, and makes the towns side by side a ranking at a time', async () => {
    holdFile('towns', structuredClone(synthetic.towns));
    holdFile('figures', structuredClone(synthetic.figures));
    holdFile('articles', structuredClone(synthetic.articles));
    holdFile('dataset', structuredClone(real.dataset));
    const answered: string[] = [];
    const all: Promise<void>[] = [];
    const request = (name: string, task: DeriveTask, ahead: boolean) =>
      all.push(
        new Promise((resolve) =>
          queueDerive({ type: 'derive', id: nextId++, task, ahead }, (response) => {
            expect(response.type, name).toBe('derived');
            answered.push(name);
            resolve();
          }),
        ),
      );
    request('side by side', { kind: 'sideBySide', indicators: [...SCALE_INDICATORS], scope: 'jinzhong' }, true);
    request('prepared', { kind: 'ranking', subject: rankingSubject('employment', { year: '2022' }) }, true);
    // The reader chooses once the worker has made the first of the four rankings side by side needs.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(answered).toEqual([]);
    request('chosen', { kind: 'ranking', subject: rankingSubject('funding', { year: '2022' }) }, false);
    await Promise.all(all);
    expect(answered).toEqual(['chosen', 'side by side', 'prepared']);
  });
});
