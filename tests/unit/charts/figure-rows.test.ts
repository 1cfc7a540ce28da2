import { describe, expect, it } from 'vitest';
import { CSV_HEADER, figureRowsToCsv, rowLabel, type FigureRow } from '../../../src/charts/figure-rows';
import { indexById } from '../../../src/data/format/collections';
import { toCsv } from '../../../src/data/exchange/csv';
import { makeI18n } from '../../../src/i18n/i18n';
import { article as makeArticle, figure, INDICATORS } from '../support/fixtures';

const zh = makeI18n('zh');

describe('CSV downloads', () => {
  it('quotes fields that need it and starts with a byte-order mark', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 'line\nbreak']])).toBe('\uFEFFa,"b,c","say ""hi""","line\nbreak"\r\n');
  });

  it('carries each shown figure with its unit, qualifier, kind and source address', () => {
    const indicator = INDICATORS.outputValue;
    const article = makeArticle('a1', {
      outlet: { zh: '晋中晚报', en: 'Jinzhong Evening News' },
      date: '2023-06-13',
      url: 'http://jzxww.com.cn/conn/2023-06/13/content_165571.htm',
    });
    const rows: FigureRow[] = [
      {
        key: 'a',
        townId: 'yuci',
        subject: '榆次纺机液压',
        indicator,
        figure: figure('yuci-output', {
          value: 5537000000,
          source: { article: 'a1', quote: '2022年,纺机液压产业总产值达55.37亿元' },
        }),
        others: [figure('zone-output', { value: 1300000000, scope: { zh: '开发区企业', en: 'zone firms' } })],
      },
      { key: 'b', townId: 'yushe', subject: '榆社医药', indicator, figure: null },
    ];
    const csv = figureRowsToCsv(rows, indexById([article]), zh);
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines[1]).toBe(
      '榆次纺机液压,产值,outputValue,5537000000,,exact,actual,yuan,2022,,55.37亿元,"2022年,纺机液压产业总产值达55.37亿元",晋中晚报,,2023-06-13,http://jzxww.com.cn/conn/2023-06/13/content_165571.htm,,,1',
    );
    expect(lines[2]).toBe('榆社医药,产值,outputValue,,,,not reported,yuan,,,未报告,,,,,,,,');
    expect(lines).toHaveLength(3);
    expect(rowLabel(rows[1] as FigureRow, zh)).toBe('未报告');
  });
});
