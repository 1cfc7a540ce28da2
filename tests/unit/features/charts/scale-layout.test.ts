import { describe, expect, it } from 'vitest';
import { scaleChartHeight, scaleFitsBox } from '../../../../src/features/charts/scale-layout';

describe('the scale chart in a box (an embed)', () => {
  it('keeps all four panels where they stay legible, one panel at a time where not', () => {
    // 8 subjects, 4 panels: a wide, tall box holds them all.
    expect(scaleFitsBox({ width: 1440, height: 900 }, 8, 4)).toBe(true);
    // A phone-sized box: panels narrower than a name and its label beside each other.
    expect(scaleFitsBox({ width: 320, height: 240 }, 8, 4)).toBe(false);
    // Wide enough for two panels a line, but far too low for two lines of them.
    expect(scaleFitsBox({ width: 600, height: 450 }, 8, 4)).toBe(false);
  });

  it('decides by the height the panels need, not by a fixed size', () => {
    const need = scaleChartHeight(3, 4, 2);
    expect(scaleFitsBox({ width: 600, height: need }, 3, 4)).toBe(true);
    expect(scaleFitsBox({ width: 600, height: Math.floor(need * 0.7) }, 3, 4)).toBe(false);
  });
});
