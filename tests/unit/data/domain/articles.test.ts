import { describe, expect, it } from 'vitest';
import { articleCoverage } from '../../../../src/data/domain/articles';
import { realData } from '../../support/real-data';

const data = realData();
const { towns } = data.towns;
const { figures } = data.figures;

describe('what each article covers', () => {
  const coverage = articleCoverage(data.articles.articles, towns, data.dataset.groups, figures);

  it('counts the towns of its figures, of its groups’ members, of designations and of facts', () => {
    const seed = coverage.get('jzrb-2023-02-specialty-towns');
    // The group figures (200户以上, …) cover the three provincial towns.
    for (const id of ['taigu-malleable-iron', 'qixian-glassware', 'pingyao-beef-lacquer', 'lingshi-humic-acid'])
      expect(seed?.towns.has(id), id).toBe(true);
    expect(coverage.get('xinhuanet-2023-10-08-qixian-glass')?.towns).toEqual(new Set(['qixian-glassware']));
    expect(coverage.get('jzrb-2023-02-pingyao-lacquer-photo')?.towns).toEqual(new Set(['pingyao-beef-lacquer']));
  });

  it('lists the figures each article supplied, and every figure exactly once', () => {
    expect(coverage.get('jzwb-2023-06-13-yuci-hydraulics')?.figures).toHaveLength(8);
    const total = [...coverage.values()].reduce((n, c) => n + c.figures.length, 0);
    expect(total).toBe(figures.length);
  });
});
