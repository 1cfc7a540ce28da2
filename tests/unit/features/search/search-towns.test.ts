import { describe, expect, it } from 'vitest';
import { searchTowns } from '../../../../src/features/search/search-towns';
import { realData } from '../../support/real-data';

const data = realData();
const { towns } = data.towns;

describe('finding a town', () => {
  const ids = (q: string) => searchTowns(towns, q).map((t) => t.id);
  it('by Chinese or English name, industry or county', () => {
    expect(ids('玻璃')).toEqual(['qixian-glassware']);
    expect(ids('Qi County')).toEqual(['qixian-glassware']);
    expect(ids('latex')).toEqual(['zuoquan-latex']);
    expect(ids('介休')).toEqual(['jiexiu-carbon']);
    expect(ids('榆次区')).toEqual(['yuci-textile-hydraulics']);
    expect(ids('hydraulics')).toEqual(['yuci-textile-hydraulics']);
    expect(ids('  ')).toEqual([]);
    expect(ids('nothing like this')).toEqual([]);
  });
  it('puts name matches before industry and county matches', () => {
    expect(ids('平遥')[0]).toBe('pingyao-beef-lacquer');
  });
});
