/** A figure much older than the newest of its indicator is marked as older, never hidden. */
import { describe, expect, it } from 'vitest';
import { isOlder, newestPeriods } from '../../../../src/data/domain/figures';
import { figure } from '../../support/fixtures';

const figures = [
  figure('count-2022', { indicator: 'towns', period: '2022-12' }),
  figure('target-2023', { indicator: 'towns', period: '2023', kind: 'target' }),
  figure('count-2025', { indicator: 'towns', period: '2025-10' }),
  figure('output-2021', { period: '2021' }),
  figure('output-2023', { period: '2023' }),
  figure('output-undated', { period: null }),
];
const newest = newestPeriods(figures);
const older = (id: string) => {
  const found = figures.find((f) => f.id === id);
  if (!found) throw new Error(id);
  return isOlder(found, newest);
};

describe('older figures', () => {
  it('takes the newest period of each indicator', () => {
    expect(newest).toEqual(
      new Map([
        ['towns', '2025-10'],
        ['outputValue', '2023'],
      ]),
    );
  });

  it('marks a figure more than two years older than the newest of its indicator', () => {
    expect(older('count-2022')).toBe(true);
    expect(older('target-2023')).toBe(false);
    expect(older('count-2025')).toBe(false);
    // Two years older is not more than two.
    expect(older('output-2021')).toBe(false);
    expect(older('output-undated')).toBe(false);
  });
});
