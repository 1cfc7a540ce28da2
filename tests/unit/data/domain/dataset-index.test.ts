import { describe, expect, it } from 'vitest';
import { articlesByDate, outlets } from '../../../../src/data/domain/articles';
import { indexById } from '../../../../src/data/format/collections';
import { headlineFigures, subjectName } from '../../../../src/data/domain/figures';
import { realData } from '../../support/real-data';

const data = realData();
const { towns } = data.towns;
const { figures } = data.figures;

describe('look-ups', () => {
  it('names subjects in both languages', () => {
    const ctx = { towns: indexById(towns), groups: indexById(data.dataset.groups) };
    expect(subjectName({ type: 'group', group: 'jz-provincial-key-2022' }, ctx).zh).toBe('晋中3个省级重点专业镇');
    expect(subjectName({ type: 'town', town: 'jiexiu-carbon' }, ctx).en).toBe('Jiexiu carbon');
    expect(subjectName({ type: 'city' }, ctx)).toEqual({ zh: '晋中市', en: 'Jinzhong' });
  });

  it('lists headline figures in the dataset order', () => {
    const ids = headlineFigures(data.dataset, figures).map((f) => f.id);
    expect(ids).toEqual(data.dataset.headlines);
    expect(ids[0]).toBe('f-jz-provincial-towns-2025-10');
  });

  it('sorts articles newest first and lists each outlet once with its site', () => {
    const sorted = articlesByDate(data.articles.articles);
    expect(sorted[0]?.date).toBe('2026-02-21');
    const jzrb = outlets(data.articles.articles).filter((o) => o.name.zh === '晋中日报');
    expect(jzrb).toEqual([{ name: { zh: '晋中日报', en: 'Jinzhong Daily' }, url: 'http://www.sxjzxw.com' }]);
  });
});
