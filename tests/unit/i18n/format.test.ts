import { describe, expect, it } from 'vitest';
import {
  formatCompact,
  formatDate,
  formatFigureValue,
  formatPeriod,
  nameWithUnit,
  unitLabel,
} from '../../../src/i18n/format';
import { DATA_MESSAGES } from '../../../src/features/data/data-messages';
import { fill } from '../../../src/i18n/messages';
import { en } from '../../../src/i18n/messages-en';
import { makeI18n } from '../../../src/i18n/i18n';

describe('Chinese figures use 万/亿 and keep the qualifier words', () => {
  it.each([
    [{ value: 3850000000, qualifier: 'exact' }, 'yuan', '38.5亿元'],
    [{ value: 5537000000, qualifier: 'exact' }, 'yuan', '55.37亿元'],
    [{ value: 150000000, qualifier: 'exact' }, 'yuan', '1.5亿元'],
    [{ value: 5000000, qualifier: 'exact' }, 'yuan', '500万元'],
    [{ value: 200000, qualifier: 'nearly' }, 'persons', '近20万人'],
    [{ value: 200, qualifier: 'over' }, 'enterprises', '200户以上'],
    [{ value: 348000000, qualifier: 'nearly' }, 'yuan', '近3.48亿元'],
    [{ value: 2000000000, upper: 4000000000, qualifier: 'range' }, 'yuan', '20亿至40亿元'],
    [{ value: 8841, qualifier: 'exact' }, 'persons', '8841人'],
    [{ value: 10000, qualifier: 'over' }, 'persons', '1万人以上'],
    [{ value: 52000, qualifier: 'about' }, 'tonnes', '约5.2万吨'],
    [{ value: 50, qualifier: 'over' }, 'percent', '50%以上'],
    [{ value: 3, qualifier: 'atMost' }, 'rank', '前3'],
    [{ value: 5, qualifier: 'atMost' }, 'towns', '不超过5个'],
  ] as const)('%o %s → %s', (figure, unit, expected) => {
    expect(formatFigureValue(figure, unit, 'zh')).toBe(expected);
  });
});

describe('English figures use thousand/million/billion and words for qualifiers', () => {
  it.each([
    [{ value: 3850000000, qualifier: 'exact' }, 'yuan', 'CNY 3.85 billion'],
    // The precision the source gave (55.37亿, 41.85亿, 3.71万), never rounded away.
    [{ value: 5537000000, qualifier: 'exact' }, 'yuan', 'CNY 5.537 billion'],
    [{ value: 4185000000, qualifier: 'exact' }, 'yuan', 'CNY 4.185 billion'],
    [{ value: 37100, qualifier: 'exact' }, 'persons', '37.1 thousand people'],
    [{ value: 150000000, qualifier: 'exact' }, 'yuan', 'CNY 150 million'],
    [{ value: 200000, qualifier: 'nearly' }, 'persons', 'nearly 200 thousand people'],
    [{ value: 200, qualifier: 'over' }, 'enterprises', 'over 200 enterprises'],
    [{ value: 52000, qualifier: 'about' }, 'tonnes', 'about 52 thousand tonnes'],
    [{ value: 2000000000, upper: 4000000000, qualifier: 'range' }, 'yuan', 'CNY 2 to 4 billion'],
    [{ value: 500000000, upper: 2000000000, qualifier: 'range' }, 'yuan', 'CNY 500 million to 2 billion'],
    [{ value: 8841, qualifier: 'exact' }, 'persons', '8,841 people'],
    [{ value: 1, qualifier: 'exact' }, 'enterprises', '1 enterprise'],
    [{ value: 30, qualifier: 'exact' }, 'percent', '30%'],
    [{ value: 3, qualifier: 'atMost' }, 'rank', 'top 3'],
    [{ value: 5, qualifier: 'atMost' }, 'towns', 'at most 5 towns'],
  ] as const)('%o %s → %s', (figure, unit, expected) => {
    expect(formatFigureValue(figure, unit, 'en')).toBe(expected);
  });
});

describe('the short style of a small box: same digits and qualifier, shorter words', () => {
  it.each([
    [{ value: 5537000000, qualifier: 'exact' }, 'yuan', 'CNY 5.537bn'],
    [{ value: 60000000, qualifier: 'over' }, 'yuan', 'over CNY 60m'],
    [{ value: 37100, qualifier: 'nearly' }, 'persons', 'nearly 37.1k people'],
    [{ value: 2000000000, upper: 4000000000, qualifier: 'range' }, 'yuan', 'CNY 2–4bn'],
    [{ value: 500000000, upper: 2000000000, qualifier: 'range' }, 'yuan', 'CNY 500m–2bn'],
    [{ value: 8841, qualifier: 'exact' }, 'persons', '8,841 people'],
  ] as const)('%o %s → %s', (figure, unit, expected) => {
    expect(formatFigureValue(figure, unit, 'en', 'short')).toBe(expected);
  });
  it('leaves Chinese as it is', () => {
    expect(formatFigureValue({ value: 6e7, qualifier: 'over' }, 'yuan', 'zh', 'short')).toBe('6000万元以上');
    expect(formatPeriod('2023-01/2023-06', 'zh', 'short')).toBe('2023年1–6月');
  });
  it.each([
    ['2023-01/2023-06', 'H1 2023'],
    ['2023-07/2023-12', 'H2 2023'],
    ['2023-10/2023-12', 'Q4 2023'],
    ['2023-01/2023-09', 'Jan–Sep 2023'],
    ['2022', '2022'],
  ] as const)('writes the period %s as %s', (period, expected) => {
    expect(formatPeriod(period, 'en', 'short')).toBe(expected);
  });
});

describe('axis numbers and units', () => {
  it('scales without a unit', () => {
    expect(formatCompact(6e9, 'zh')).toBe('60亿');
    expect(formatCompact(6e9, 'en')).toBe('6 billion');
    // Axes round: their ticks are not figures.
    expect(formatCompact(5537000000, 'en')).toBe('5.54 billion');
    expect(formatCompact(0, 'zh')).toBe('0');
  });
  it('names units', () => {
    expect(unitLabel('yuan', 'zh')).toBe('元');
    expect(unitLabel('yuan', 'en')).toBe('CNY');
    expect(unitLabel('enterprises', 'en')).toBe('enterprises');
  });
});

describe('dates keep the precision they were given', () => {
  it.each([
    ['2023', 'zh', '2023年'],
    ['2023-02', 'zh', '2023年2月'],
    ['2023-06-13', 'zh', '2023年6月13日'],
    ['2023', 'en', '2023'],
    ['2023-02', 'en', 'February 2023'],
    ['2023-06-13', 'en', '13 June 2023'],
  ] as const)('%s (%s) → %s', (date, lang, expected) => {
    expect(formatDate(date, lang)).toBe(expected);
  });
});

describe('periods: a date, or months of one year', () => {
  it.each([
    ['2023', 'zh', '2023年'],
    ['2023-01/2023-06', 'zh', '2023年1–6月'],
    ['2023-01/2023-06', 'en', 'January–June 2023'],
    ['2023-10/2023-12', 'en', 'October–December 2023'],
    ['2023-06-13', 'en', '13 June 2023'],
  ] as const)('%s (%s) → %s', (period, lang, expected) => {
    expect(formatPeriod(period, lang)).toBe(expected);
  });
});

describe('messages with a count', () => {
  it('say "1 problem" and "2 problems" in English, and need no plural in Chinese', () => {
    expect(fill(DATA_MESSAGES.en.dataInvalid, { count: 1 })).toBe('1 problem found; this data was not loaded');
    expect(fill(DATA_MESSAGES.en.dataInvalid, { count: 2 })).toBe('2 problems found; this data was not loaded');
    expect(fill(en.errorMore, { count: 1 })).toBe('1 more problem');
    expect(fill(en.clusterCount, { count: 1 })).toBe('1 town');
    expect(fill(DATA_MESSAGES.en.dataValid, { towns: 1, figures: 2, articles: 1 })).toBe(
      'Checked: 1 town, 2 figures, 1 article.',
    );
    expect(fill(DATA_MESSAGES.zh.dataInvalid, { count: 1 })).toBe('发现 1 个问题，这份数据没有载入');
  });

  it('leaves a placeholder without a value as it is', () => {
    expect(fill('{count} {count|item|items}', {})).toBe('{count} {count|item|items}');
  });
});

describe('running lists', () => {
  it('take the enumeration comma in Chinese and a comma in English', () => {
    expect(makeI18n('zh').list(['材料与化工', '工艺品'])).toBe('材料与化工、工艺品');
    expect(makeI18n('en').list(['Materials and chemicals', 'Crafts'])).toBe('Materials and chemicals, Crafts');
  });
});

describe("an indicator's name with its unit", () => {
  it('adds the unit in the language’s brackets', () => {
    expect(nameWithUnit('产值', 'yuan', 'zh')).toBe('产值（元）');
    expect(nameWithUnit('Output value', 'yuan', 'en')).toBe('Output value (CNY)');
    expect(nameWithUnit('企业数', 'enterprises', 'zh')).toBe('企业数（户）');
    expect(nameWithUnit('就业人员', 'persons', 'zh')).toBe('就业人员（人）');
  });

  it('leaves the unit out where the name says it already, or there is none', () => {
    expect(nameWithUnit('Enterprises', 'enterprises', 'en')).toBe('Enterprises');
    expect(nameWithUnit('Above-scale enterprises', 'enterprises', 'en')).toBe('Above-scale enterprises');
    expect(nameWithUnit('National rank', 'rank', 'en')).toBe('National rank');
    expect(nameWithUnit('Employment', 'persons', 'en')).toBe('Employment (people)');
  });

  it('counts new businesses and projects as such, not as items', () => {
    const figure = { value: 1069, qualifier: 'exact' } as const;
    expect(formatFigureValue(figure, 'businesses', 'en')).toBe('1,069 businesses');
    expect(formatFigureValue(figure, 'businesses', 'zh')).toBe('1069个');
    expect(formatFigureValue({ ...figure, value: 192 }, 'projects', 'en')).toBe('192 projects');
  });
});
