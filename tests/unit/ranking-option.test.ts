import { describe, expect, it } from 'vitest';
import { rankTowns } from '../../src/data/select';
import { buildRankingOption } from '../../src/features/charts/build-ranking-option';
import { rankingTextRows } from '../../src/features/charts/ranking-rows';
import { formatDate, formatFigureValue } from '../../src/i18n/format';
import type { I18n } from '../../src/i18n/i18n';
import { MESSAGES } from '../../src/i18n/messages';
import { realData } from './real-data';

const data = realData();
const i18n = (lang: 'zh' | 'en'): I18n => ({
  lang,
  t: MESSAGES[lang],
  text: (v) => v[lang],
  value: (f, unit) => formatFigureValue(f, unit, lang),
  date: (d) => formatDate(d, lang),
});
function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} missing`);
  return value;
}
const indicator = found(
  data.dataset.indicators.find((i) => i.id === 'outputValue'),
  'outputValue',
);

function build(lang: 'zh' | 'en') {
  const rows = rankingTextRows(rankTowns(data.towns.towns, data.figures.figures, 'outputValue'), indicator, i18n(lang));
  const option = buildRankingOption({
    rows,
    unit: indicator.unit,
    lang,
    notReported: MESSAGES[lang].notReported,
    description: 'desc',
  }) as {
    yAxis: { data: string[]; axisLabel: { formatter: (name: string, index: number) => string } };
    series: { data: { value: number | null }[]; label: { formatter: (p: { dataIndex: number }) => string } }[];
    tooltip: { formatter: (p: { dataIndex: number }) => string };
    aria: { enabled: boolean; label: { description: string } };
  };
  return { rows, option };
}

describe('ranking chart option', () => {
  const { rows, option } = build('zh');
  const series = found(option.series[0], 'series');

  it('draws the highest value at the top (categories run bottom-up)', () => {
    expect(option.yAxis.data.at(-1)).toBe('榆次纺机液压');
    expect(option.yAxis.data.at(-2)).toBe('介休碳素');
  });

  it('keeps unreported towns as empty rows labelled "not reported", never as 0', () => {
    const missing = rows.filter((r) => r.value === null);
    expect(missing.length).toBeGreaterThan(0);
    expect(series.data.filter((d) => d.value === 0)).toEqual([]);
    expect(series.data.filter((d) => d.value === null)).toHaveLength(missing.length);
    const index = option.yAxis.data.indexOf('榆社医药');
    expect(option.yAxis.axisLabel.formatter('榆社医药', index)).toBe('榆社医药\n{missing|(未报告)}');
  });

  it('labels bars with qualifier and unit, starring narrower scopes', () => {
    const top = option.yAxis.data.length - 1;
    expect(series.label.formatter({ dataIndex: top })).toBe('55.37亿元');
    expect(series.label.formatter({ dataIndex: top - 1 })).toBe('38.5亿元*');
  });

  it('tells the scope and period in the tooltip, as plain text', () => {
    const text = option.tooltip.formatter({ dataIndex: option.yAxis.data.length - 2 });
    expect(text).toBe('介休碳素\n38.5亿元\n规模以上工业企业的碳素产值\n2022年');
  });

  it('shows a plan beside a missing result', () => {
    expect(rows.find((r) => r.townId === 'zuoquan-latex')?.label).toBe('未报告 (规划: 20亿至40亿元)');
  });

  it('has an accessible description', () => {
    expect(option.aria).toEqual({ enabled: true, label: { enabled: true, description: 'desc' } });
  });

  it('speaks English to English readers', () => {
    const en = build('en');
    const enSeries = found(en.option.series[0], 'series');
    expect(enSeries.label.formatter({ dataIndex: en.option.yAxis.data.length - 1 })).toBe('CNY 5.54 billion');
    expect(en.rows.find((r) => r.townId === 'yushe-medicine')?.label).toBe('not reported');
  });
});
