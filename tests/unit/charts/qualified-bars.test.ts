import { describe, expect, it } from 'vitest';
import { kindStyle, longestBar, OPEN_END, qualifiedBar } from '../../../src/charts/qualified-bars';
import { fixtureFigure as fig } from '../support/fixtures';

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
