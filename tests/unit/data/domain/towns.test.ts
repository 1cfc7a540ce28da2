/**
 * A town's tier from its designation history, now and as of a date. The histories are written
 * here after what the sources say of 榆次纺机液压 (one of the first city-level towns in 2023, a
 * provincial key town from December 2023) and 太谷中药康养 (a city-level town from April 2023).
 */
import { describe, expect, it } from 'vitest';
import type { Designation, Figure } from '../../../../src/data/format/schema';
import { namedAtLevel, programmeKnownAt, tierAt, townTier } from '../../../../src/data/domain/towns';
import { figure, town } from '../../support/fixtures';

const source = { article: 'a1', quote: '测试' };
const designation = (level: Designation['level'], status: Designation['status'], date: string): Designation => ({
  level,
  status,
  date,
  note: null,
  source,
});

const yuci = {
  designations: [
    designation('city', 'designated', '2023-05'),
    designation('provincial', 'candidate', '2023-05'),
    designation('provincial', 'designated', '2023-12'),
  ],
};
const taiguMedicine = { designations: [designation('city', 'designated', '2023-04')] };
const yearOnly = { designations: [designation('provincial', 'designated', '2022')] };
const candidate = { designations: [designation('county', 'cultivating', '2023-02')] };
const unstated = { designations: [] };

describe('a town’s tier as of a date', () => {
  it('gives 榆次 the city level in mid-2023 and the provincial one from December 2023', () => {
    expect(tierAt(yuci, '2023-06')).toBe('city');
    expect(tierAt(yuci, '2023-11')).toBe('city');
    expect(tierAt(yuci, '2023-12')).toBe('provincial-key');
    expect(tierAt(yuci, '2024-01')).toBe('provincial-key');
    expect(townTier(yuci)).toBe('provincial-key');
  });

  it('has no tier for 太谷中药康养 before April 2023: it was not yet a town of the programme', () => {
    expect(tierAt(taiguMedicine, '2023-03')).toBeNull();
    expect(tierAt(taiguMedicine, '2023-04')).toBe('city');
    expect(townTier(taiguMedicine)).toBe('city');
  });

  it('counts a designation dated only by its year from the end of that year', () => {
    expect(tierAt(yearOnly, '2022-06')).toBeNull();
    expect(tierAt(yearOnly, '2022-12')).toBe('provincial-key');
    expect(tierAt(yearOnly, '2022')).toBe('provincial-key');
  });

  it('calls a town only being built up "cultivating", and one with no history "unstated" at any date', () => {
    expect(tierAt(candidate, '2023-02')).toBe('cultivating');
    expect(tierAt(candidate, '2023-01')).toBeNull();
    expect(tierAt(unstated, '2020-01')).toBe('unstated');
    expect(townTier(unstated)).toBe('unstated');
  });
});

describe('the towns our sources name at a level, beside a count a source reports', () => {
  const towns = [
    { ...town('yuci', '榆次纺机液压', 'Yuci'), designations: yuci.designations },
    { ...town('medicine', '太谷中药康养', 'Taigu medicine'), designations: taiguMedicine.designations },
    { ...town('elsewhere', '外地', 'Elsewhere', '140100', false), designations: yuci.designations },
  ];
  it('counts a town named at the city level even after it was raised to the provincial one', () => {
    expect(namedAtLevel(towns, 'city', '2025-10').map((t) => t.id)).toEqual(['yuci', 'medicine']);
    expect(namedAtLevel(towns, 'provincial', '2025-10').map((t) => t.id)).toEqual(['yuci']);
  });
  it('counts only what was named by then, and only towns of 晋中', () => {
    expect(namedAtLevel(towns, 'city', '2023-04').map((t) => t.id)).toEqual(['medicine']);
    expect(namedAtLevel(towns, 'provincial', '2023-11')).toEqual([]);
  });
});

describe('when "now" is for the programme', () => {
  const towns = [{ ...town('yuci', '榆次纺机液压', 'Yuci'), designations: yuci.designations }];
  const count = (id: string, period: string | null, kind: Figure['kind'] = 'actual') =>
    figure(id, {
      subject: { type: 'city' },
      indicator: 'towns',
      kind,
      period,
      programme: { level: 'city', status: 'designated' },
    });
  it('is the newest designation or reported count of towns, never a target', () => {
    expect(programmeKnownAt(towns, [])).toBe('2023-12');
    expect(programmeKnownAt(towns, [count('c', '2025-10')])).toBe('2025-10');
    expect(programmeKnownAt(towns, [count('t', '2026', 'target'), figure('other', { period: '2027' })])).toBe(
      '2023-12',
    );
    expect(programmeKnownAt([], [])).toBeNull();
  });
});
