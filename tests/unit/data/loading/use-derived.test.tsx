// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { syntheticDataset } from '../../../../scripts/synthetic';
import type { DatasetIndex } from '../../../../src/data/domain/dataset-index';
import { makeRanking, rankingSubject } from '../../../../src/data/domain/rankings';
import type { Derived, DeriveTask } from '../../../../src/data/loading/worker-messages';
import { answerDerive, holdFile } from '../../../../src/data/loading/worker/derive';
import { datasetIndexOf, realData } from '../../support/real-data';

/** What the panels see: the index, and whether a local preview is on. */
const seen: { index: DatasetIndex | undefined; preview: object | null } = { index: undefined, preview: null };
vi.mock('../../../../src/data/loading/use-dataset', () => ({
  useDataset: () => ({ ready: { index: seen.index }, preview: seen.preview }),
}));

// The data worker (which node has not) is replaced by what it runs, answering when the test says.
const asked: DeriveTask[] = [];
let answers: (() => void)[] = [];
let workerHolds = true;
vi.mock('../../../../src/data/loading/load-off-thread', () => ({
  deriveOffThread: (task: DeriveTask) =>
    new Promise<Derived | null>((resolve) => {
      asked.push(task);
      answers.push(() => {
        const answer = structuredClone(answerDerive({ type: 'derive', id: asked.length, task, ahead: false }));
        resolve(workerHolds && answer.type === 'derived' ? answer.derived : null);
      });
    }),
}));

const { useRanking } = await import('../../../../src/data/loading/use-derived');

const real = realData();
const synthetic = syntheticDataset(1000, real);
holdFile('towns', synthetic.towns);
holdFile('figures', synthetic.figures);
holdFile('articles', synthetic.articles);
const large = datasetIndexOf({ ...real, ...synthetic });

/** The worker answers every question asked so far. */
async function answer() {
  const now = answers;
  answers = [];
  await act(async () => now.forEach((reply) => reply()));
}

/** The paragraph comes to say `text` (the query's answer reaches the render a task later). */
const shows = (text: string) => waitFor(() => expect(screen.getByRole('paragraph').textContent).toBe(text));

function Shown({ indicator }: { indicator: string }) {
  const { ranking, busy } = useRanking(indicator, {});
  return (
    <p aria-busy={busy}>
      {ranking ? `${ranking.indicator}: ${ranking.rows[0]?.town.id}` : 'loading'}
      {busy ? ' (busy)' : ''}
    </p>
  );
}

function withQueries() {
  const client = new QueryClient();
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
}

const leader = (index: DatasetIndex, indicator: string) =>
  makeRanking(index, rankingSubject(indicator)).rows[0]?.town.id ?? '';

beforeEach(() => {
  asked.length = 0;
  answers = [];
  workerHolds = true;
  seen.preview = null;
});
afterEach(cleanup);

describe('the rankings the panels read', () => {
  it('ranks a small dataset on the page, in the first render', () => {
    seen.index = datasetIndexOf(real);
    render(<Shown indicator="outputValue" />, { wrapper: withQueries() });
    expect(screen.getByRole('paragraph').textContent).toBe('outputValue: yuci-textile-hydraulics');
    expect(asked).toEqual([]);
  });

  it('asks the worker to rank a large published dataset, saying it is loading until the answer is in', async () => {
    seen.index = large;
    render(<Shown indicator="outputValue" />, { wrapper: withQueries() });
    expect(screen.getByRole('paragraph').textContent).toBe('loading');
    expect(asked).toEqual([{ kind: 'ranking', subject: rankingSubject('outputValue') }]);
    await answer();
    await shows(`outputValue: ${leader(large, 'outputValue')}`);
  });

  it('keeps showing the last ranking, marked busy, until the new one is made', async () => {
    seen.index = large;
    const { rerender } = render(<Shown indicator="outputValue" />, { wrapper: withQueries() });
    await answer();
    await shows(`outputValue: ${leader(large, 'outputValue')}`);
    rerender(<Shown indicator="enterprises" />);
    // Not "loading": the last ranking stays, marked busy.
    expect(screen.getByRole('paragraph').textContent).toBe(`outputValue: ${leader(large, 'outputValue')} (busy)`);
    expect(screen.getByRole('paragraph').getAttribute('aria-busy')).toBe('true');
    await answer();
    await shows(`enterprises: ${leader(large, 'enterprises')}`);
    expect(screen.getByRole('paragraph').getAttribute('aria-busy')).toBe('false');
    // Back to the first: it is kept, shown at once without asking again.
    rerender(<Shown indicator="outputValue" />);
    expect(screen.getByRole('paragraph').textContent).toBe(`outputValue: ${leader(large, 'outputValue')}`);
    expect(asked).toHaveLength(2);
  });

  it('ranks on the page what the worker cannot (it holds no files), the same ranking', async () => {
    seen.index = large;
    workerHolds = false;
    render(<Shown indicator="employment" />, { wrapper: withQueries() });
    await answer();
    await shows(`employment: ${leader(large, 'employment')}`);
  });

  it("ranks the reader's local preview on the page, however large: the worker holds only the published files", () => {
    seen.index = large;
    seen.preview = {};
    render(<Shown indicator="outputValue" />, { wrapper: withQueries() });
    expect(screen.getByRole('paragraph').textContent).toBe(`outputValue: ${leader(large, 'outputValue')}`);
    expect(asked).toEqual([]);
  });

  it('shows a new dataset as loading, never the last dataset’s ranking as if it were the new one’s', async () => {
    seen.index = large;
    const { rerender } = render(<Shown indicator="outputValue" />, { wrapper: withQueries() });
    await answer();
    await shows(`outputValue: ${leader(large, 'outputValue')}`);
    seen.index = datasetIndexOf({ ...real, ...synthetic });
    rerender(<Shown indicator="outputValue" />);
    expect(screen.getByRole('paragraph').textContent).toBe('loading');
    await answer();
    await shows(`outputValue: ${leader(large, 'outputValue')}`);
  });
});
