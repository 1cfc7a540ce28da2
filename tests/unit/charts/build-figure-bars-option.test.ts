import { describe, expect, it } from 'vitest';
import { buildFigureBarsOption, displayOrder } from '../../../src/charts/build-figure-bars-option';
import { figureMarks, type MarkRules } from '../../../src/charts/figure-marks';
import { rowLabel, type FigureRow } from '../../../src/charts/figure-rows';
import { rankTowns } from '../../../src/data/domain/rankings';
import { rankingFigureRows } from '../../../src/features/charts/ranking-panel';
import { makeI18n } from '../../../src/i18n/i18n';
import { article, figure, fixtureIndex, INDICATORS } from '../support/fixtures';

const index = fixtureIndex();
const rules: MarkRules = { marksScope: true, article: () => article('a1') };
const marks = (row: FigureRow) => (row.figure ? figureMarks(row.figure, rules) : '');

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} missing`);
  return value;
}

interface BuiltOption {
  yAxis: { data: string[]; axisLabel: { formatter: (name: string, index: number) => string } };
  series: {
    data: ('-' | { value: number; label: { show: boolean; formatter?: string }; itemStyle: object })[];
    label?: { width?: number; overflow?: string };
  }[];
  grid: { right: number };
  tooltip: { formatter: (p: { dataIndex: number }[]) => string };
  aria: { enabled: boolean; label: { description: string }; decal: { show: boolean } };
}

/** ECharts types options loosely; the tests read the parts they check through this shape. */
const inspect = (option: object) => option as unknown as BuiltOption;

function build(indicatorId: keyof typeof INDICATORS, lang: 'zh' | 'en', decal = false, withPeriod = false) {
  const i18n = makeI18n(lang);
  const indicator = INDICATORS[indicatorId];
  const rows = rankingFigureRows(rankTowns(index, indicatorId), indicator, i18n.text);
  const chart = buildFigureBarsOption({
    rows,
    unit: indicator.unit,
    lang,
    label: (row) => rowLabel(row, i18n),
    marks,
    period: withPeriod
      ? (row) => (row.figure?.period ? i18n.period(row.figure.period) : i18n.t.periodNotGiven)
      : undefined,
    details: (row) => (row.figure?.scope ? [i18n.text(row.figure.scope)] : []),
    notReported: i18n.t.notReported,
    kindNames: i18n.t.kind,
    description: 'desc',
    decal,
  });
  return { rows, chart, option: inspect(chart.option), ordered: displayOrder(rows) };
}

const indexOf = (ordered: FigureRow[], key: string) => ordered.findIndex((r) => r.key === key);

describe('figure bars (the ranking chart)', () => {
  const { rows, chart, option, ordered } = build('outputValue', 'zh');
  const [main, extent] = option.series;

  it('ranks results first, then plans, then towns with nothing reported', () => {
    expect(rows.map((r) => [r.key, r.figure?.kind ?? null]).slice(0, 3)).toEqual([
      ['yuci', 'actual'],
      ['jiexiu', 'actual'],
      ['zuoquan', 'plan'],
    ]);
    // Categories run bottom-up: the first row is drawn at the top.
    expect(option.yAxis.data.at(-1)).toBe('榆次纺机液压');
  });

  it('keeps unreported towns as labelled empty rows, never as 0', () => {
    const yushe = indexOf(ordered, 'yushe');
    expect(main?.data[yushe]).toBe('-');
    expect(option.yAxis.axisLabel.formatter('榆社医药', yushe)).toBe('榆社医药\n{missing|(未报告)}');
    expect(main?.data.filter((d) => d !== '-' && d.value === 0)).toEqual([]);
    expect(option.tooltip.formatter([{ dataIndex: yushe }])).toBe('榆社医药<br/>未报告');
  });

  it('labels bars with qualifier and unit, starring narrower scopes', () => {
    const yuci = main?.data[indexOf(ordered, 'yuci')];
    const jiexiu = main?.data[indexOf(ordered, 'jiexiu')];
    expect(yuci).toMatchObject({ value: 5537000000, label: { show: true, formatter: '55.37亿元' } });
    expect(jiexiu).toMatchObject({ value: 3850000000, label: { show: true, formatter: '38.5亿元*' } });
  });

  it('draws a planned range as a hollow dashed bar from its lower to its upper end', () => {
    const zuoquan = indexOf(ordered, 'zuoquan');
    expect(main?.data[zuoquan]).toMatchObject({
      value: 2000000000,
      label: { show: false },
      itemStyle: { borderType: 'dashed', color: 'rgba(255,255,255,0)' },
    });
    expect(extent?.data[zuoquan]).toMatchObject({
      value: 2000000000,
      label: { show: true, formatter: '20亿至40亿元* (规划)' },
      itemStyle: { borderType: 'dashed' },
    });
  });

  it('gives a lower bound an open end', () => {
    const { option: enterprises, ordered: rowsE } = build('enterprises', 'zh');
    const yuci = indexOf(rowsE, 'yuci');
    // 榆次's 206 is exact (the 60余户 of a narrower scope is not ranked).
    expect(enterprises.series[1]?.data[yuci]).toBe('-');
    const { option: employment, ordered: rowsJ } = build('employment', 'zh');
    const zuoquan = indexOf(rowsJ, 'zuoquan');
    // 左权's 1万余人 is a planned lower bound: bar to 1万, then a fading open end labelled 以上.
    expect(employment.series[0]?.data[zuoquan]).toMatchObject({ value: 10000, label: { show: false } });
    expect(employment.series[1]?.data[zuoquan]).toMatchObject({
      label: { show: true, formatter: '1万人以上* (规划)' },
    });
  });

  it('escapes data in the HTML tooltip', () => {
    const hostile: FigureRow = { ...found(rows[0], 'row'), subject: '<img src=x onerror=alert(1)>' };
    const built = buildFigureBarsOption({
      rows: [hostile],
      unit: 'yuan',
      lang: 'zh',
      label: () => '<b>1</b>',
      marks: () => '',
      details: () => [],
      notReported: '未报告',
      kindNames: makeI18n('zh').t.kind,
      description: '',
      decal: false,
    });
    expect(inspect(built.option).tooltip.formatter([{ dataIndex: 0 }])).toBe(
      '&lt;img src=x onerror=alert(1)&gt;<br/>&lt;b&gt;1&lt;/b&gt;',
    );
  });

  it('tells which row a drawn bar stands for, in either series', () => {
    const top = ordered.length - 1;
    expect(chart.rowAt(0, top)?.key).toBe('yuci');
    expect(chart.rowAt(1, indexOf(ordered, 'zuoquan'))?.key).toBe('zuoquan');
    expect(chart.rowAt(0, ordered.length)).toBeUndefined();
  });

  it('has an accessible description and decal patterns on request', () => {
    expect(option.aria).toMatchObject({ enabled: true, label: { description: 'desc' }, decal: { show: false } });
    expect(build('outputValue', 'zh', true).option.aria.decal.show).toBe(true);
  });

  it('names each bar\'s period when asked, "year not given" where the source gives none', () => {
    const zh = build('outputValue', 'zh', false, true);
    const name = (key: string) => {
      const i = indexOf(zh.ordered, key);
      return zh.option.yAxis.axisLabel.formatter(found(zh.option.yAxis.data[i], 'name'), i);
    };
    // Under the name, above the bar (as "not reported" is): a long English name and its period
    // would not fit one line of the chart's width.
    expect(name('yuci')).toBe('榆次纺机液压\n2022年');
    expect(name('zuoquan')).toBe('左权乳胶\n年份未注明');
    expect(name('yushe')).toBe('榆社医药\n{missing|(未报告)}');
    expect(zh.option.series[0]?.data[indexOf(zh.ordered, 'yuci')]).toMatchObject({ label: { formatter: '55.37亿元' } });
    const en = build('outputValue', 'en', false, true);
    const i = indexOf(en.ordered, 'yuci');
    expect(en.option.yAxis.axisLabel.formatter(found(en.option.yAxis.data[i], 'name'), i)).toMatch(/\n2022$/);
  });

  it('draws a result for part of a year light with a solid edge, apart from whole years', () => {
    const i18n = makeI18n('zh');
    const half = figure('half', { value: 4000000000, period: '2023-01/2023-06' });
    const rows = rankingFigureRows(
      [
        { town: found(index.towns[0], 'town'), figure: half, others: [], planned: [] },
        {
          town: found(index.towns[1], 'town'),
          figure: figure('whole', { value: 1000000000 }),
          others: [],
          planned: [],
        },
      ],
      INDICATORS.outputValue,
      i18n.text,
    );
    // The whole year leads although its value is smaller: part of a year is drawn apart.
    expect(rows.map((r) => r.figure?.id)).toEqual(['whole', 'half']);
    const built = (box: { width: number } | null, lang: 'zh' | 'en' = 'zh') => {
      const i18n = makeI18n(lang);
      const compact = box && {
        width: box.width,
        label: (row: FigureRow) => (row.figure ? i18n.short.value(row.figure, 'yuan') : ''),
        period: (row: FigureRow) => i18n.short.period(row.figure?.period ?? ''),
      };
      return inspect(
        buildFigureBarsOption({
          rows,
          unit: 'yuan',
          lang,
          label: (row) => rowLabel(row, i18n),
          marks,
          period: (row) => i18n.period(row.figure?.period ?? ''),
          details: () => [],
          notReported: i18n.t.notReported,
          kindNames: i18n.t.kind,
          description: '',
          decal: false,
          compact,
        }).option,
      );
    };
    const bars = (box: { width: number } | null, lang: 'zh' | 'en' = 'zh') =>
      displayOrder(built(box, lang).series[0]?.data ?? []);
    const [wholeBar, halfBar] = bars(null);
    expect(wholeBar).toMatchObject({ label: { formatter: '10亿元' } });
    expect(halfBar).toMatchObject({
      label: { formatter: '40亿元' },
      itemStyle: { borderColor: '#2f6f9f', borderWidth: 1.5, color: 'rgba(47,111,159,0.4)' },
    });
    // In a small box (an embed) the period follows the value: the name beside the bar is cut to fit.
    expect(bars({ width: 320 })[1]).toMatchObject({ label: { formatter: '40亿元 · 2023年1–6月' } });
    // In English both in the short style, so that the period still fits beside the value; the
    // tooltip keeps the long words.
    expect(bars({ width: 320 }, 'en')[1]).toMatchObject({ label: { formatter: 'CNY 4bn · H1 2023' } });
    expect(built({ width: 320 }, 'en').tooltip.formatter([{ dataIndex: 0 }])).toContain('CNY 4 billion');
    // A label longer than the room right of the bars ends in "…" inside the box, never past its edge.
    const small = built({ width: 320 });
    const room = small.grid.right;
    expect(small.series[0]).toMatchObject({ label: { overflow: 'truncate', width: room - 6 } });
    expect(room).toBeLessThanOrEqual(320 * 0.48);
    // A shorter bar leaves its label the plot to its right as well: 10亿 beside a bar of 40亿.
    const [shortBar, longBar] = bars({ width: 320 });
    const labelWidth = (bar: unknown) => (bar as { label: { width: number } }).label.width;
    expect(labelWidth(longBar)).toBe(room - 6);
    expect(labelWidth(shortBar)).toBeGreaterThan(room - 6);
  });

  it('marks a figure read only at a copy that is corroboration with †', () => {
    const mirror = article('a1', {
      readAt: { url: 'https://example.org/x', site: 'example.org', authority: 'mirror' },
    });
    const weak: MarkRules = { marksScope: true, article: () => mirror };
    const row = found(build('outputValue', 'zh').rows[1], 'row');
    expect(row.figure && figureMarks(row.figure, weak)).toBe('*†');
    expect(row.figure && figureMarks(row.figure, { ...weak, marksScope: false })).toBe('†');
    expect(row.figure && figureMarks(row.figure, rules)).toBe('*');
  });

  it('speaks English to English readers', () => {
    const en = build('outputValue', 'en');
    expect(en.option.series[0]?.data[indexOf(en.ordered, 'yuci')]).toMatchObject({
      label: { formatter: 'CNY 5.537 billion' },
    });
  });
});

describe("the ranking chart's rows", () => {
  it('say the names in the language read, for the same towns in the same order', () => {
    const indicator = INDICATORS.outputValue;
    const ranked = rankTowns(index, 'outputValue');
    const rows = rankingFigureRows(ranked, indicator, makeI18n('zh').text);
    const english = rankingFigureRows(ranked, indicator, makeI18n('en').text);
    expect(english.map((r) => r.key)).toEqual(rows.map((r) => r.key));
    expect(english[0]?.subject).not.toBe(rows[0]?.subject);
    expect(rows[0]?.subject).toBe(ranked[0]?.town.name.zh);
    expect(english[0]?.subject).toBe(ranked[0]?.town.name.en);
  });
});
