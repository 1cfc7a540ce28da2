/**
 * What the data worker derives from the published files it read (read-file hands each one here):
 * a large dataset's rankings and its towns side by side, made with the same pure functions the
 * page uses for a small one, and sent back as ids, so that no ranking of thousands of towns ever
 * runs on the page's main thread.
 */
import { createDatasetIndex, type DatasetIndex } from '../../domain/dataset-index';
import { makeRanking, packRanking, rankingSubject, type Ranking, type RankingSubject } from '../../domain/rankings';
import { keptIn } from '../../format/collections';
import { packSideBySide, sideBySide } from '../../domain/side-by-side';
import type { DataFiles, DataKey } from '../../format/files';
import type { DeriveRequest, DeriveResponse, Derived, DeriveTask } from '../worker-messages';

/**
 * The published files read so far; the index of their towns, figures and articles once all three
 * are; and the rankings made from it, kept (the scale chart's, the idle preparation's and the
 * reader's choices ask for the same ones).
 */
const held: Partial<DataFiles> = {};
let index: DatasetIndex | null = null;
const rankings = new Map<string, Ranking>();

/** Keeps a published file the worker has read and checked (a file read again replaces it). */
export function holdFile<K extends DataKey>(key: K, data: DataFiles[K]): void {
  held[key] = data;
  if (key === 'towns' || key === 'figures' || key === 'articles') {
    index = null;
    rankings.clear();
  }
}

function heldIndex(): DatasetIndex | null {
  const { towns, figures, articles } = held;
  if (!towns || !figures || !articles) return null;
  return (index ??= createDatasetIndex(towns.towns, figures.figures, articles.articles));
}

const keyOf = (subject: RankingSubject) =>
  JSON.stringify([subject.indicator, subject.year, subject.asof, subject.scope]);

function rankingOf(made: DatasetIndex, subject: RankingSubject): Ranking {
  return keptIn(rankings, keyOf(subject), () => makeRanking(made, subject));
}

/**
 * One step towards `task`'s answer: the answer, what stops it (a string), or null when a step was
 * made and more are needed (the towns side by side are made one ranking per step, so that a
 * reader's question never waits behind all four).
 */
function step(task: DeriveTask, whole: boolean): Derived | string | null {
  const made = heldIndex();
  if (!made) return 'the worker holds no towns, figures and articles';
  if (task.kind === 'ranking') return { kind: 'ranking', ranking: packRanking(rankingOf(made, task.subject).rows) };
  const groups = held.dataset?.groups;
  if (!groups) return 'the worker holds no dataset.json';
  const subjectOf = (id: string) => rankingSubject(id, {}, task.scope);
  const missing = task.indicators.map(subjectOf).filter((subject) => !rankings.has(keyOf(subject)));
  if (!whole && missing[0]) {
    rankingOf(made, missing[0]);
    return null;
  }
  const subjects = sideBySide(made, groups, task.indicators, task.scope, (id) => rankingOf(made, subjectOf(id)));
  return { kind: 'sideBySide', subjects: packSideBySide(subjects, task.indicators) };
}

const response = (id: number, derived: Derived | string): DeriveResponse =>
  typeof derived === 'string' ? { type: 'underived', id, reason: derived } : { type: 'derived', id, derived };

/** The answer to a request, made at once. */
export function answerDerive({ id, task }: DeriveRequest): DeriveResponse {
  return response(id, step(task, true) ?? 'unfinished');
}

/**
 * The requests waiting, answered one step per task of the worker (so that a new request is read
 * between two steps), the first a reader is waiting for before any made ahead.
 */
const waiting: { request: DeriveRequest; answer: (response: DeriveResponse) => void }[] = [];
let stepping = false;

export function queueDerive(request: DeriveRequest, answer: (response: DeriveResponse) => void): void {
  waiting.push({ request, answer });
  goOn();
}

function goOn() {
  if (stepping || waiting.length === 0) return;
  stepping = true;
  setTimeout(() => {
    stepping = false;
    const urgent = waiting.findIndex((w) => !w.request.ahead);
    const at = urgent === -1 ? 0 : urgent;
    const next = waiting[at];
    if (next) {
      const made = step(next.request.task, false);
      if (made !== null) {
        waiting.splice(at, 1);
        next.answer(response(next.request.id, made));
      }
    }
    goOn();
  }, 0);
}
