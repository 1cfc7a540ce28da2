/** The span the data covers is derived from the articles' dates and the results' periods. */
import { describe, expect, it } from 'vitest';
import { datasetCoverage } from '../../../../src/data/domain/articles';
import { article as makeArticle, figure } from '../../support/fixtures';

const article = (id: string, date: string) => makeArticle(id, { date });

describe('the coverage of the data', () => {
  it('runs from the oldest to the newest article, and results up to the latest period of a town’s result', () => {
    const coverage = datasetCoverage(
      [article('b', '2023-10-08'), article('a', '2015-12-29'), article('c', '2026-02')],
      [
        figure('old', { period: '1997' }),
        figure('new', { period: '2024' }),
        // Targets and plans are not results: a 2025 target does not make the data reach 2025.
        figure('target', { period: '2025', kind: 'target' }),
        figure('undated', { period: null }),
        // A count of the city's towns is not a town's result.
        figure('count', { period: '2025-10', subject: { type: 'city' }, indicator: 'towns' }),
      ],
    );
    expect(coverage).toEqual({ sources: { from: '2015-12-29', to: '2026-02' }, resultsTo: '2024' });
  });

  it('says nothing it cannot derive', () => {
    expect(datasetCoverage([], [figure('plan', { kind: 'plan' })])).toEqual({ sources: null, resultsTo: null });
  });
});
