import { describe, expect, it } from 'vitest';
import { rankTowns } from '../../../../src/data/domain/rankings';
import { tierDesignation } from '../../../../src/data/domain/towns';
import { townBrief } from '../../../../src/features/profile/brief';
import { datasetIndexOf, realData } from '../../support/real-data';

const data = realData();
const index = datasetIndexOf(data);
const town = (id: string) => {
  const found = data.towns.towns.find((t) => t.id === id);
  if (!found) throw new Error(id);
  return found;
};
const brief = (id: string, asof: string | null = null) => townBrief(index, town(id), data.dataset, { asof });

describe("a town's brief", () => {
  it('gives the tier with the designation that made it, and that source as [1]', () => {
    const qixian = brief('qixian-glassware');
    expect(qixian.tier).toBe('provincial-key');
    expect(qixian.tierSince).toMatchObject({ level: 'provincial', status: 'designated', date: '2022-09' });
    expect(qixian.tierNote).toBe(1);
    expect(qixian.sources[0]?.id).toBe(qixian.tierSince?.source.article);
    // A town only being built up: its newest step.
    expect(tierDesignation(town('lingshi-humic-acid'))).toMatchObject({ status: 'candidate' });
  });

  it('lists, for each indicator, the figure the ranking uses, and the other reports that differ, each with its source', () => {
    const qixian = brief('qixian-glassware');
    for (const indicator of ['enterprises', 'employment', 'outputValue']) {
      const ranked = rankTowns(index, indicator, {}).find((r) => r.town.id === 'qixian-glassware');
      const row = qixian.results.find((r) => r.indicator.id === indicator);
      expect(row?.figure).toBe(ranked?.figure);
      expect(row?.others.map((o) => o.figure.id)).toEqual(ranked?.others.map((f) => f.id));
      // Each other report is numbered by its own source in the brief's list.
      for (const o of row?.others ?? []) expect(qixian.sources[o.note - 1]?.id).toBe(o.figure.source.article);
    }
    expect(qixian.results.some((r) => r.others.length > 0)).toBe(true);
    // One row an indicator, in the dataset's order.
    const order = data.dataset.indicators.map((i) => i.id);
    const ids = qixian.results.map((r) => r.indicator.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(ids);
  });

  it('keeps targets, plans and events apart from results', () => {
    const taigu = brief('taigu-malleable-iron');
    expect(taigu.results.every((r) => r.figure.kind === 'actual')).toBe(true);
    expect(taigu.aims.length).toBeGreaterThan(0);
    expect(taigu.aims.every((r) => r.figure.kind !== 'actual')).toBe(true);
  });

  it('draws the longest series of one scope, oldest first', () => {
    const history = brief('qixian-glassware').history;
    expect(history?.indicator.id).toBe('enterprises');
    expect(history?.series.map((f) => [f.period, f.value])).toEqual([
      ['1997', 35],
      ['2007', 160],
    ]);
    expect(brief('jiexiu-carbon').history).toBeNull();
  });

  it('numbers every source cited once, in the order first cited', () => {
    for (const t of data.towns.towns.filter((tw) => tw.inJinzhong)) {
      const b = brief(t.id);
      const ids = b.sources.map((a) => a.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const row of [...b.results, ...b.aims])
        expect(b.sources[row.note - 1]?.id, `${t.id} ${row.figure.id}`).toBe(row.figure.source.article);
    }
  });

  it('as of a date, gives the tier as it stood then, with the designation that made it', () => {
    // 榆次: backed for the province in February 2023, city level in June, provincial in December.
    expect(brief('yuci-textile-hydraulics', '2023-03')).toMatchObject({
      tier: 'cultivating',
      tierSince: { status: 'candidate', date: '2023-02' },
    });
    expect(brief('yuci-textile-hydraulics', '2023-07')).toMatchObject({
      tier: 'city',
      tierSince: { level: 'city', date: '2023-06' },
    });
    expect(brief('yuci-textile-hydraulics')).toMatchObject({
      tier: 'provincial-key',
      tierSince: { level: 'provincial', date: '2023-12' },
    });
  });

  it('as of a date, holds only what had been reported by then', () => {
    const yuci = brief('yuci-textile-hydraulics', '2023-03');
    expect(yuci.results.find((r) => r.indicator.id === 'outputValue')?.figure.value).toBe(1300000000);
    expect(brief('yuci-textile-hydraulics').results.find((r) => r.indicator.id === 'outputValue')?.figure.value).toBe(
      5537000000,
    );
  });
});
