import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../../../../src/data/domain/dataset-index';
import { resultYearCounts } from '../../../../src/data/domain/figures';
import { rankTowns } from '../../../../src/data/domain/rankings';
import { townHistory } from '../../../../src/features/profile/profile-figures';
import { realData } from '../../support/real-data';

describe('results over several years', () => {
  // A second year for 介休碳素's output, same scope: a test edit, not a real figure.
  const data = realData();
  const [real2022] = data.figures.figures.filter((f) => f.id === 'f-jiexiu-carbon-output-2022');
  if (!real2022) throw new Error('the bundled data has no 2022 output for 介休碳素');
  const figures = [...data.figures.figures, { ...real2022, id: 'test-jiexiu-2023', value: 4200000000, period: '2023' }];
  const towns = data.towns.towns;
  const index = createDatasetIndex(towns, figures, data.articles.articles);
  const jiexiu = towns.find((t) => t.id === 'jiexiu-carbon');
  const years = (list: typeof figures) => resultYearCounts(list, 'outputValue').map((y) => y.year);
  const outputOf = (year: string | null) =>
    rankTowns(index, 'outputValue', { year }).find((r) => r.town.id === 'jiexiu-carbon')?.figure?.value;

  it('lists the years with results for an indicator', () => {
    expect(years(figures)).toEqual(['1997', '2022', '2023', '2024']);
    expect(years(data.figures.figures)).toEqual(['1997', '2022', '2023', '2024']);
  });

  it('ranks by the year chosen, or by each town’s latest result', () => {
    expect(outputOf(null)).toBe(4200000000);
    expect(outputOf('2023')).toBe(4200000000);
    expect(outputOf('2022')).toBe(3850000000);
    // A town without a result for the year chosen is not reported, never 0.
    expect(
      rankTowns(index, 'outputValue', { year: '2023' }).find((r) => r.town.id === 'yuci-textile-hydraulics')?.figure,
    ).toBeNull();
  });

  it('gives a town its series per indicator and scope, oldest first', () => {
    if (!jiexiu) throw new Error('no 介休碳素');
    expect(townHistory(index, jiexiu).map((h) => [h.indicator, h.series.map((s) => s.map((f) => f.period))])).toEqual([
      ['outputValue', [['2022', '2023']]],
    ]);
    // Scopes side by side (榆次) are not a history: one year.
    const yuci = towns.find((t) => t.id === 'yuci-textile-hydraulics');
    expect(yuci && townHistory(index, yuci)).toEqual([]);
  });
});
