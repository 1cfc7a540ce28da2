import { describe, expect, it } from 'vitest';
import { figureRowsToCsv, type FigureRow } from '../../../src/charts/figure-rows';
import { indexById } from '../../../src/data/format/collections';
import { makeI18n } from '../../../src/i18n/i18n';
import { article as makeArticle, figure, INDICATORS } from '../support/fixtures';

describe('sources known only from a copy', () => {
  it('say so in the CSV: where the text was read, and what kind of site it is', () => {
    const copy = makeArticle('c1', {
      outlet: { zh: '红星新闻', en: 'Red Star News' },
      date: '2024-03',
      readAt: { url: 'http://copy.example/a.html', site: 'copy.example', authority: 'mirror' },
    });
    const row: FigureRow = {
      key: 'q',
      townId: 'qixian',
      subject: '祁县玻璃器皿',
      indicator: INDICATORS.enterprises,
      figure: figure('q', { indicator: 'enterprises', value: 56, source: { article: 'c1', quote: '56戶生產企業' } }),
    };
    const [, line] = figureRowsToCsv([row], indexById([copy]), makeI18n('en'))
      .trim()
      .split('\r\n');
    expect(line?.endsWith(',Red Star News,,2024-03,,http://copy.example/a.html,a copy on an unrelated site,')).toBe(
      true,
    );
  });
});
