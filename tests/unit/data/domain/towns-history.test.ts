import { describe, expect, it } from 'vitest';
import { tierAt, townTier } from '../../../../src/data/domain/towns';
import { realData } from '../../support/real-data';

const data = realData();
const { towns } = data.towns;

const tierOf = (id: string) => {
  const town = towns.find((t) => t.id === id);
  if (!town) throw new Error(`no town ${id}`);
  return townTier(town);
};

describe('town tiers come from the designation history', () => {
  it('gives the three provincial key towns of 2022 their tier', () => {
    expect(tierOf('taigu-malleable-iron')).toBe('provincial-key');
    expect(tierOf('qixian-glassware')).toBe('provincial-key');
    expect(tierOf('pingyao-beef-lacquer')).toBe('provincial-key');
  });
  it('gives 榆次 the provincial tier of the second batch (December 2023), and the city level before it', () => {
    expect(tierOf('yuci-textile-hydraulics')).toBe('provincial-key');
    const yuci = towns.find((t) => t.id === 'yuci-textile-hydraulics');
    expect(yuci && tierAt(yuci, '2023-06')).toBe('city');
  });
  it('gives 太谷中药康养 the city level from April 2023, and no tier before', () => {
    expect(tierOf('taigu-tcm-wellness')).toBe('city');
    const medicine = towns.find((t) => t.id === 'taigu-tcm-wellness');
    expect(medicine && tierAt(medicine, '2023-03')).toBeNull();
  });
  it('calls county initiatives and candidates "cultivating", and says so when no tier is stated', () => {
    expect(tierOf('zuoquan-latex')).toBe('cultivating');
    expect(tierOf('lingshi-humic-acid')).toBe('cultivating');
    expect(townTier({ designations: [] })).toBe('unstated');
  });
  it('gives 榆社医药 the city level once a source lists it (June 2023), a candidate before', () => {
    expect(tierOf('yushe-medicine')).toBe('city');
    const yushe = towns.find((t) => t.id === 'yushe-medicine');
    expect(yushe && tierAt(yushe, '2023-05')).toBe('cultivating');
  });
  it('gives the towns of other cities their provincial tier, with the batch where a source states it', () => {
    for (const id of [
      'zezhou-foundry',
      'yunzhou-daylily',
      'yangcheng-ceramics',
      'dingxiang-flanges',
      'shangdang-herbs',
    ])
      expect(tierOf(id)).toBe('provincial-key');
    const batchOf = (id: string) =>
      towns.find((t) => t.id === id)?.designations.find((d) => d.level === 'provincial' && d.status === 'designated')
        ?.batch;
    expect(batchOf('zezhou-foundry')).toBe(2);
    expect(batchOf('shangdang-herbs')).toBe(1);
    expect(batchOf('yangcheng-ceramics')).toBeUndefined();
  });
});
