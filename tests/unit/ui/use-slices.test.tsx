// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { useMemo } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Job } from '../../../src/lib/slices';
import { useWhenMade } from '../../../src/ui/use-slices';

afterEach(cleanup);

/** A job that is done on its `calls`-th call, whatever the time. */
function slowJob(calls: number, log: string[], name: string): Job {
  let left = calls;
  return () => {
    log.push(name);
    return --left <= 0;
  };
}

function Shown({ value, calls, log }: { value: string; calls: number; log: string[] }) {
  const jobs = useMemo(() => [slowJob(calls, log, value)], [calls, log, value]);
  const { shown, busy } = useWhenMade(value, jobs);
  return (
    <p aria-busy={busy}>
      {shown ?? 'loading'}
      {busy ? ' (busy)' : ''}
    </p>
  );
}

describe('work made a slice at a time before a panel shows it', () => {
  it('shows a small job at once, in the first render', () => {
    const log: string[] = [];
    render(<Shown value="产值" calls={1} log={log} />);
    expect(screen.getByText('产值')).toBeTruthy();
    expect(log).toEqual(['产值']);
  });

  it('says it is loading, then shows the value once its job is done in the tasks that follow', async () => {
    const log: string[] = [];
    render(<Shown value="产值" calls={5} log={log} />);
    expect(screen.getByText('loading (busy)')).toBeTruthy();
    expect(await screen.findByText('产值')).toBeTruthy();
    expect(log.filter((name) => name === '产值').length).toBeGreaterThanOrEqual(5);
  });

  it('keeps showing the last value, marked busy, until the new one is made', async () => {
    const log: string[] = [];
    const { rerender } = render(<Shown value="产值" calls={1} log={log} />);
    expect(screen.getByText('产值')).toBeTruthy();
    rerender(<Shown value="企业数" calls={4} log={log} />);
    // Not "loading": the last value stays, marked busy.
    expect(screen.getByRole('paragraph').textContent).toBe('产值 (busy)');
    expect(screen.getByRole('paragraph').getAttribute('aria-busy')).toBe('true');
    expect(await screen.findByText('企业数')).toBeTruthy();
    expect(screen.getByRole('paragraph').getAttribute('aria-busy')).toBe('false');
  });
});
