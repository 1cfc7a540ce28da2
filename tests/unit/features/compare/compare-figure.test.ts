import { describe, expect, it } from 'vitest';
import { compareFigure } from '../../../../src/features/compare/compare-figure';
import { datasetIndexOf, realData } from '../../support/real-data';

const data = realData();
const index = datasetIndexOf(data);

describe('comparing towns', () => {
  it('takes a result, else a plan, else nothing', () => {
    expect(compareFigure(index, 'yuci-textile-hydraulics', 'outputValue')?.figure.id).toBe('f-yuci-output-2022');
    expect(compareFigure(index, 'zuoquan-latex', 'outputValue')?.figure.kind).toBe('plan');
    expect(compareFigure(index, 'yushe-medicine', 'outputValue')).toBeNull();
  });
});
