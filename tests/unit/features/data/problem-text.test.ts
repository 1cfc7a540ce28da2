import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../../../src/data/exchange/csv';
import { FIGURE_COLUMNS, figuresToCsv } from '../../../../src/data/exchange/figures-csv';
import { readDataset } from '../../../../src/data/exchange/read-dataset';
import { problemText } from '../../../../src/features/data/problem-text';
import { DATA_MESSAGES } from '../../../../src/features/data/data-messages';
import { realData } from '../../support/real-data';

type Column = (typeof FIGURE_COLUMNS)[number];

/** The bundled figures as CSV, with cells changed (row index → column → text) and a blank row after the header. */
function csvWith(changes: Record<number, Partial<Record<Column, string>>>): string {
  const [header = [], ...rows] = parseCsv(figuresToCsv(realData().figures.figures));
  const edited = rows.map((row, i) => row.map((cell, c) => changes[i]?.[FIGURE_COLUMNS[c] ?? 'id'] ?? cell));
  return toCsv([header, FIGURE_COLUMNS.map(() => ''), ...edited]);
}

const messages = (lang: 'zh' | 'en', text: string) =>
  readDataset(new Map([['figures.csv', text]]), realData()).problems.map((p) => {
    const { where, parts } = problemText(
      DATA_MESSAGES[lang],
      p,
      (items) => items.join(lang === 'zh' ? '、' : ', '),
      lang,
    );
    return `${where}: ${parts.join('; ')}`;
  });

describe('five mistakes in a spreadsheet, told to the person who fixes it', () => {
  // Rows as the spreadsheet numbers them: header 1, a blank row 2, so the first figure is row 3.
  const text = csvWith({
    0: { value: '一亿五千万' },
    1: { qualifier: 'Nearly' },
    2: { period: '2023年' },
    3: { town: 'qixian-glass', subject_type: 'town' },
    4: { quote: '很长的引文'.repeat(20) },
  });

  it('in Chinese: row, column, the value found, what is expected, a suggestion', () => {
    expect(messages('zh', text)).toEqual([
      '第 3 行 · value 列: 类型不对; 写的是“一亿五千万”; 应为：数字，如 5537000000 或 55.37亿',
      '第 4 行 · qualifier 列: 不是可选的值; 写的是“Nearly”; 应为：以下之一：exact、nearly、over、about、range、atMost; 是不是“nearly”？',
      '第 5 行 · period 列: 格式不对; 写的是“2023年”; 应为：年份或年月日：YYYY、YYYY-MM 或 YYYY-MM-DD，如 2023 或 2023-06；只含一年中几个月的数字写作 YYYY-MM/YYYY-MM，如 2023-01/2023-06（1–6月）',
      `第 7 行 · quote 列: 太长（最多 80 个字）; 写的是“${'很长的引文'.repeat(12).slice(0, 59)}…”; 应为：文章中的原句，最多 80 个字`,
      '第 6 行 · town 列: 找不到这个 id; 写的是“qixian-glass”; 应为：towns.json 中已有的 id; 是不是“qixian-glassware”？',
    ]);
  });

  it('in English, the same five', () => {
    const english = messages('en', text);
    expect(english).toHaveLength(5);
    expect(english[0]).toBe(
      'Row 3 · column value: of the wrong type; found “一亿五千万”; expected: a number, e.g. 5537000000 or 55.37亿',
    );
    expect(english[4]).toBe(
      'Row 6 · column town: an id that is not known; found “qixian-glass”; expected: an id that towns.json has; did you mean “qixian-glassware”?',
    );
  });
});

describe('a mistake in a JSON file', () => {
  it('is placed by its path, and an empty value is not called a cell', () => {
    const towns = structuredClone(realData().towns);
    if (towns.towns[0]) towns.towns[0].name.zh = '';
    const [problem] = readDataset(new Map([['towns.json', JSON.stringify(towns)]]), realData()).problems;
    if (!problem) throw new Error('no problem found');
    const { where, parts } = problemText(DATA_MESSAGES.zh, problem, (items) => items.join('、'), 'zh');
    expect([where, ...parts]).toEqual(['towns[0].name.zh', '缺少内容', '值是空的', '应为：中文文字']);
  });
});
