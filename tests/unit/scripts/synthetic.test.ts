import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../../scripts/synthetic';
import { FILE_NAMES } from '../../../src/data/format/files';
import { formatProblem } from '../../../src/data/format/problems';
import { readDataset } from '../../../src/data/exchange/read-dataset';
import { readDataText, realData } from '../support/real-data';

describe('synthetic datasets for the benchmark', () => {
  it('are valid under the real schema and references, and repeatable', () => {
    const real = realData();
    const synthetic = syntheticDataset(1000, real);
    expect(synthetic.towns.towns).toHaveLength(1000 + real.towns.towns.length);
    const texts: Record<string, string> = {
      [FILE_NAMES.towns]: JSON.stringify(synthetic.towns),
      [FILE_NAMES.figures]: JSON.stringify(synthetic.figures),
      [FILE_NAMES.articles]: JSON.stringify(synthetic.articles),
      [FILE_NAMES.dataset]: readDataText('dataset'),
      [FILE_NAMES.counties]: readDataText('counties'),
      [FILE_NAMES.cities]: readDataText('cities'),
    };
    expect(readDataset(new Map(Object.entries(texts))).problems.map(formatProblem)).toEqual([]);
    expect(syntheticDataset(1000, real)).toEqual(synthetic);
  });
});
