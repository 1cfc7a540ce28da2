import { describe, expect, it } from 'vitest';
import { CSV_HEADER, figureRowsToCsv, rowLabel, type FigureRow } from '../../src/charts/figure-rows';
import { kindStyle, longestBar, OPEN_END, qualifiedBar } from '../../src/charts/qualified-bars';
import { indexById } from '../../src/data/format/collections';
import { toCsv } from '../../src/data/exchange/csv';
import { buildProgrammeOption, SERIES_COLOURS } from '../../src/features/charts/build-programme-option';
import { buildScaleOption, type ScalePanel } from '../../src/features/charts/build-scale-option';
import { programmeFigures, scaleSubjects } from '../../src/features/charts/chart-subjects';
import { SCALE_INDICATORS } from '../../src/features/charts/scale-panel';
import { makeI18n } from '../../src/i18n/i18n';
import {
  article as makeArticle,
  figure,
  FIGURES,
  fixtureFigure as fig,
  fixtureIndex,
  GROUPS,
  INDICATORS,
} from './fixtures';

const zh = makeI18n('zh');

describe('bars that draw qualifiers', () => {
  it('draws an exact result as one solid bar labelled at its end', () => {
    const { main, extent } = qualifiedBar(fig('yuci-output'), 6e9, '55.37亿元', 'horizontal');
    expect(main).toEqual({
      value: 5537000000,
      itemStyle: kindStyle('actual'),
      label: { show: true, position: 'right', color: '#1f2933', formatter: '55.37亿元' },
    });
    expect(extent).toBe('-');
  });

  it('draws a range from its lower to its upper end, and a lower bound with an open end', () => {
    const range = qualifiedBar(fig('zuoquan-output'), 4e9, 'x', 'horizontal');
    expect(range.main).toMatchObject({ value: 2e9, label: { show: false } });
    expect(range.extent).toMatchObject({ value: 2e9, label: { show: true } });
    const over = qualifiedBar(fig('group-enterprises'), 206, 'y', 'vertical');
    expect(over.main).toMatchObject({ value: 200 });
    expect(over.extent).toMatchObject({ value: 206 * OPEN_END, label: { position: 'top' } });
  });

  it('never draws a target like a result', () => {
    expect(kindStyle('target')).toMatchObject({ borderType: 'dashed', color: 'rgba(255,255,255,0)' });
    expect(kindStyle('actual')).not.toHaveProperty('borderType');
    expect(qualifiedBar(null, 1, '', 'horizontal')).toEqual({ main: '-', extent: '-' });
    expect(longestBar([fig('zuoquan-output'), null])).toBe(4e9);
  });
});

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

describe('the programme chart', () => {
  const items = programmeFigures(FIGURES);

  it("takes 晋中's counts of towns by level and stage, not the province's", () => {
    expect(items.map((i) => [i.figure.id, i.level, i.status, i.year])).toEqual([
      ['provincial-count', 'provincial', 'designated', '2022'],
      ['city-shortlist', 'city', 'shortlisted', '2022'],
      ['city-first', 'city', 'designated', '2023'],
      ['city-target', 'city', 'designated', '2023'],
    ]);
  });

  it('puts targets in their own hollow series beside the results', () => {
    const bars = items.map(({ figure, level, year }) => ({
      level,
      series: `${year} ${figure.kind}`,
      figure,
      label: zh.value(figure, 'towns'),
      details: [],
    }));
    const chart = buildProgrammeOption({
      bars,
      levels: ['provincial', 'city', 'county'],
      levelNames: zh.t.levelTowns,
      description: 'd',
      decal: false,
    });
    const option = chart.option as unknown as {
      legend: { data: string[] };
      series: { id: string; name: string; itemStyle: object; data: unknown[] }[];
      tooltip: { formatter: (p: { seriesIndex: number; dataIndex: number }) => string };
    };
    expect(option.legend.data).toEqual(['2022 actual', '2023 actual', '2023 target']);
    const targetIndex = option.series.findIndex((s) => s.name === '2023 target');
    const target = option.series[targetIndex];
    expect(target?.itemStyle).toMatchObject({ borderType: 'dashed' });
    expect(target?.data[1]).toMatchObject({ value: 10, label: { show: false } });
    // The extent follows its series under the same name: the legend shows and toggles them as one.
    const extent = option.series[targetIndex + 1];
    expect(extent?.name).toBe('2023 target');
    expect(extent?.data[1]).toMatchObject({ label: { formatter: '10个以上' } });
    expect(option.series.find((s) => s.name === '2022 actual')?.itemStyle).toMatchObject({ color: SERIES_COLOURS[0] });
    // Either part of a bar stands for it, in the tooltip and for rowAt.
    expect(chart.rowAt(targetIndex + 1, 1)?.figure.id).toBe('city-target');
    expect(option.tooltip.formatter({ seriesIndex: targetIndex + 1, dataIndex: 1 })).toBe(
      '2023 target<br/>市级专业镇: 10个以上',
    );
    expect(chart.rowAt(targetIndex, 0)).toBeUndefined();
  });

  it('raises the label of a bar whose top is close to the one beside it, so that the two never touch', () => {
    const base = items[0]?.figure;
    if (!base) throw new Error('no programme figure');
    const bar = (series: string, value: number, qualifier: 'exact' | 'over' = 'exact') => {
      const figure = { ...base, id: series, value, qualifier };
      return { level: 'city' as const, series, figure, label: zh.value(figure, 'towns'), details: [] };
    };
    const chart = buildProgrammeOption({
      // 30 and 6 are far apart; "10个以上" and 12 are close; 13 is close to 12 but 12 is already raised.
      bars: [bar('a', 30), bar('b', 6), bar('c', 10, 'over'), bar('d', 12), bar('e', 13)],
      levels: ['city'],
      levelNames: zh.t.levelTowns,
      description: 'd',
      decal: false,
    });
    const series = (chart.option as unknown as { series: { name: string; data: unknown[] }[] }).series;
    const offsetOf = (name: string) => {
      const [main, extent] = series.filter((s) => s.name === name).map((s) => s.data[0]);
      const labelled = [extent, main].find(
        (item): item is { label: { show: true; offset?: number[] } } =>
          typeof item === 'object' && item !== null && (item as { label: { show: boolean } }).label.show,
      );
      return labelled?.label.offset ?? null;
    };
    expect(['a', 'b', 'c', 'd', 'e'].map(offsetOf)).toEqual([null, null, null, [0, -14], null]);
  });
});

describe('the scale chart', () => {
  const subjects = scaleSubjects(fixtureIndex(), GROUPS, SCALE_INDICATORS);

  it('shows the combined group figures apart from the towns, never summed, and only subjects with data', () => {
    expect(subjects.map((s) => s.key)).toEqual(['group-key-three', 'yuci', 'jiexiu']);
    const group = subjects[0];
    expect(group?.figures.get('enterprises')?.id).toBe('group-enterprises');
    expect(group?.figures.get('outputValue')).toBeNull();
    // 榆次's whole-industry count, not the narrower scope's 60余户.
    expect(subjects[1]?.figures.get('enterprises')?.id).toBe('yuci-enterprises');
  });

  it('gives every indicator its own grid and axis, and marks missing cells', () => {
    const panels: ScalePanel[] = SCALE_INDICATORS.map((id) => {
      const indicator = INDICATORS[id];
      return {
        indicator,
        rows: subjects.map((s) => ({
          key: s.key,
          townId: s.townId,
          subject: s.name.zh,
          indicator,
          figure: s.figures.get(id) ?? null,
        })),
      };
    });
    const chart = buildScaleOption({
      panels,
      subjects: subjects.map((s) => s.name.zh),
      columns: 2,
      width: 1000,
      lang: 'zh',
      title: (i) => i.name.zh,
      label: (row) => rowLabel(row, zh),
      notReported: '未报告',
      description: 'd',
      decal: false,
    });
    const option = chart.option as unknown as {
      grid: { left: number; width: number; top: number }[];
      xAxis: { gridIndex: number; name: string }[];
      yAxis: { axisLabel: { formatter: (n: string, i: number) => string } }[];
      series: { xAxisIndex: number }[];
    };
    expect(option.grid).toHaveLength(4);
    expect(option.grid.map((g) => g.left)).toEqual([8, 508, 8, 508]);
    // Each panel leaves room right of its bars for their labels, before the next panel begins.
    expect(option.grid.map((g) => g.width)).toEqual([314, 314, 314, 314]);
    expect(option.xAxis.map((a) => a.name)).toEqual(['元', '户', '户', '人']);
    expect(option.series.map((s) => s.xAxisIndex)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    // Output value: the group's row (top, last in the bottom-up axis) is "not reported".
    expect(option.yAxis[0]?.axisLabel.formatter('3个重点专业镇', 2)).toBe('3个重点专业镇 {missing|(未报告)}');
    expect(option.yAxis[1]?.axisLabel.formatter('3个重点专业镇', 2)).toBe('3个重点专业镇');
    // A bar of the third panel (above-scale enterprises), either part, stands for its panel's row.
    expect(chart.rowAt(4, 2)?.key).toBe('group-key-three');
    expect(chart.rowAt(5, 0)?.indicator.id).toBe('aboveScaleEnterprises');
    expect(chart.rowAt(8, 0)).toBeUndefined();
  });
});
