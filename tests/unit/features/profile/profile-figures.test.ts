import { describe, expect, it } from 'vitest';
import { disagreements, townFiguresByKind } from '../../../../src/features/profile/profile-figures';
import { datasetIndexOf, realData } from '../../support/real-data';

const data = realData();
const { towns } = data.towns;
const { figures } = data.figures;
const index = datasetIndexOf(data);

describe('a town profile', () => {
  const town = (id: string) => {
    const found = towns.find((t) => t.id === id);
    if (!found) throw new Error(id);
    return found;
  };

  it('puts the figures where sources differ side by side, the one used first', () => {
    const yuci = disagreements(index, town('yuci-textile-hydraulics'));
    expect(yuci.map((c) => [c.indicator, c.figures.map((f) => f.id)])).toEqual([
      [
        'enterprises',
        [
          'f-yuci-enterprises',
          'f-yuci-leading-enterprises',
          'f-yuci-supplier-enterprises',
          'f-yuci-devzone-enterprises',
        ],
      ],
      ['outputValue', ['f-yuci-output-2022', 'f-yuci-devzone-output-2022']],
    ]);
    const qixian = disagreements(index, town('qixian-glassware'));
    expect(qixian.map((c) => [c.indicator, c.figures.map((f) => f.value)])).toEqual([
      ['enterprises', [53, 50, 230, 56, 50]],
      ['employment', [20000, 25000, 20000]],
      ['outputValue', [2300000000, 2300000000]],
    ]);
    expect(disagreements(index, town('jiexiu-carbon'))).toEqual([]);
  });

  it("groups a town's and its enterprises' figures by kind", () => {
    const groups = townFiguresByKind(town('taigu-malleable-iron'), figures, data.dataset);
    expect(groups.map((g) => [g.kind, g.figures.length])).toEqual([
      ['actual', 4],
      ['plan', 1],
      ['event', 6],
    ]);
    expect(groups[2]?.figures.some((f) => f.subject.type === 'enterprise')).toBe(true);
  });
});
