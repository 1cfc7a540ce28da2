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
  it('by pinyin and the usual English spellings, spaces, case and accents ignored', () => {
    for (const [query, id] of [
      ['Qixian', 'qixian-glassware'],
      ['qi xian', 'qixian-glassware'],
      ['QI COUNTY', 'qixian-glassware'],
      ['Qi County glassware', 'qixian-glassware'],
      ['qixian glass', 'qixian-glassware'],
      ['Pingyao', 'pingyao-beef-lacquer'],
      ['pingyaoxian', 'pingyao-beef-lacquer'],
      ['Yuci', 'yuci-textile-hydraulics'],
      ['yuciqu', 'yuci-textile-hydraulics'],
      ['Jiexiu', 'jiexiu-carbon'],
      ['jiexiu shi', 'jiexiu-carbon'],
      ['Lingshi', 'lingshi-humic-acid'],
      ['ZuoQuan', 'zuoquan-latex'],
      ['Yushe', 'yushe-medicine'],
      ['Daixian', 'daizhou-rice-wine'],
    ] as const) {
      expect(ids(query), query).toEqual([id]);
    }
    // 太谷 has two towns: both, the one whose name it is first among equals.
    expect(ids('Taigu')).toEqual(['taigu-malleable-iron', 'taigu-tcm-wellness']);
    expect(ids('taiguqu')).toEqual(['taigu-malleable-iron', 'taigu-tcm-wellness']);
    expect(ids('Lüliang')).toEqual(['xinghuacun-fenjiu']);
    expect(ids('lvliang')).toEqual(['xinghuacun-fenjiu']);
  });
  it('takes several words, each found somewhere, only when nothing matches the whole', () => {
    expect(ids('太谷 中药')).toEqual(['taigu-tcm-wellness']);
    // "Qi County" matches one town whole: the many that hold "qi" and "county" apart are not listed.
    expect(ids('Qi County')).toEqual(['qixian-glassware']);
    expect(ids('glass nowhere')).toEqual([]);
  });
  it('puts name matches before industry and county matches', () => {
    expect(ids('平遥')[0]).toBe('pingyao-beef-lacquer');
  });
});
