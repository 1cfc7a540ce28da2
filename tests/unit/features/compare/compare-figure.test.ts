import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../../../../src/data/domain/dataset-index';
import { compareFigure } from '../../../../src/features/compare/compare-figure';
import { realData } from '../../support/real-data';

const data = realData();
const { towns } = data.towns;
const { figures } = data.figures;
const index = createDatasetIndex(towns, figures, data.articles.articles);

describe('comparing towns', () => {
  it('takes a result, else a plan, else nothing', () => {
    expect(compareFigure(index, 'yuci-textile-hydraulics', 'outputValue')?.figure.id).toBe('f-yuci-output-2022');
    expect(compareFigure(index, 'zuoquan-latex', 'outputValue')?.figure.kind).toBe('plan');
    expect(compareFigure(index, 'yushe-medicine', 'outputValue')).toBeNull();
  });
});
