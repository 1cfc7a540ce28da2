import { describe, expect, it } from 'vitest';
import { readWrittenValue } from '../../../../src/data/exchange/written-value';

describe('values as people write them, in base units', () => {
  it.each([
    ['55.37亿', { value: 5_537_000_000 }],
    ['55.37亿元', { value: 5_537_000_000, units: ['yuan'] }],
    ['8841人', { value: 8841, units: ['persons'] }],
    ['2万', { value: 20_000 }],
    ['206户', { value: 206, units: ['enterprises'] }],
    ['60%', { value: 60, units: ['percent'] }],
    ['６０％', { value: 60, units: ['percent'] }],
    ['1,300,000,000', { value: 1_300_000_000 }],
    ['1.5亿', { value: 150_000_000 }],
    ['4.185亿元', { value: 418_500_000, units: ['yuan'] }],
    ['3000万元', { value: 30_000_000, units: ['yuan'] }],
    ['12.3456万', { value: 123_456 }],
    ['近20万', { value: 200_000, qualifier: 'nearly' }],
    ['近20万人', { value: 200_000, qualifier: 'nearly', units: ['persons'] }],
    ['200余户', { value: 200, qualifier: 'over', units: ['enterprises'] }],
    ['2万余人', { value: 20_000, qualifier: 'over', units: ['persons'] }],
    [
      '10个以上',
      { value: 10, qualifier: 'over', units: ['towns', 'enterprises', 'items', 'countries', 'businesses', 'projects'] },
    ],
    ['约23亿元', { value: 2_300_000_000, qualifier: 'about', units: ['yuan'] }],
    ['超过100家', { value: 100, qualifier: 'over', units: ['enterprises'] }],
    ['8841人左右', { value: 8841, qualifier: 'about', units: ['persons'] }],
    ['20亿至40亿', { value: 2_000_000_000, upper: 4_000_000_000, qualifier: 'range' }],
    ['20-40亿元', { value: 2_000_000_000, upper: 4_000_000_000, qualifier: 'range', units: ['yuan'] }],
    ['20～40亿', { value: 2_000_000_000, upper: 4_000_000_000, qualifier: 'range' }],
    ['5537000000', { value: 5_537_000_000 }],
  ])('%s', (written, read) => {
    expect(readWrittenValue(written)).toEqual(read);
  });

  it.each(['一亿五千万', '很多', '55.37亿美元', '约近20万', '20万-', '', '2023年'])(
    '"%s" is not read (reported as written, never guessed)',
    (written) => {
      expect(readWrittenValue(written)).toBeNull();
    },
  );
});
