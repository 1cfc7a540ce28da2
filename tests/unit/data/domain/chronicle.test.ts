import { describe, expect, it } from 'vitest';
import {
  asofMonth,
  byYear,
  chronicleEntries,
  chronicleKind,
  entryAround,
  figureKind,
  filterChronicle,
  type ChronicleFilter,
} from '../../../../src/data/domain/chronicle';
import { realData } from '../../support/real-data';

const data = realData();
const towns = data.towns.towns;
const figures = data.figures.figures;
const articles = data.articles.articles;
const entries = chronicleEntries(towns, figures, articles, data.dataset.groups);
const townById = new Map(towns.map((t) => [t.id, t]));
const none: ChronicleFilter = { scope: 'shanxi', town: null, county: null, kind: null, year: null };

describe('the chronicle', () => {
  it('holds every designation, fact, figure and article once', () => {
    const designations = towns.reduce((n, t) => n + t.designations.length, 0);
    const facts = towns.reduce((n, t) => n + t.facts.length, 0);
    expect(entries).toHaveLength(designations + facts + figures.length + articles.length);
    expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length);
  });

  it('dates a figure by the article that reported it, and lists undated facts apart without a date', () => {
    for (const e of entries) if (e.type === 'figure') expect(e.date).toBe(e.article.date);
    const { years, undated } = byYear(entries);
    const undatedFacts = towns.flatMap((t) => t.facts.filter((f) => f.date === null));
    expect(undated).toHaveLength(undatedFacts.length);
    expect(undated.every((e) => e.type === 'fact' && e.fact.date === null)).toBe(true);
    // Years oldest first, and within a year in date order.
    expect(years.map((y) => y.year)).toEqual([...years.map((y) => y.year)].sort());
    for (const y of years) {
      const dates = y.entries.map((e) => e.date ?? '');
      expect(dates).toEqual([...dates].sort());
      expect(dates.every((d) => d.startsWith(y.year))).toBe(true);
    }
  });

  it('sorts figures into funding, events, plans and results', () => {
    const of = (id: string) => {
      const figure = figures.find((f) => f.id === id);
      if (!figure) throw new Error(`no figure ${id}`);
      return figureKind(figure);
    };
    const funding = figures.find((f) => f.indicator === 'funding');
    const target = figures.find((f) => f.kind === 'target' && f.indicator !== 'funding');
    const event = figures.find((f) => f.kind === 'event');
    if (!funding || !target || !event) throw new Error('the bundled data has funding, a target and an event');
    expect(of(funding.id)).toBe('funding');
    expect(of(target.id)).toBe('plan');
    expect(of(event.id)).toBe('event');
    expect(of('f-pingyao-lacquer-output-2023h1')).toBe('result');
  });

  it('filters by town, county, kind and year, and a year leaves out the undated', () => {
    const town = 'taigu-malleable-iron';
    const byTown = filterChronicle(entries, { ...none, town }, townById);
    expect(byTown.length).toBeGreaterThan(0);
    expect(byTown.every((e) => e.towns.includes(town))).toBe(true);
    // The town's own designations are all there.
    expect(byTown.filter((e) => e.kind === 'designation')).toHaveLength(townById.get(town)?.designations.length ?? -1);

    const county = townById.get(town)?.county.code ?? '';
    const byCounty = filterChronicle(entries, { ...none, county }, townById);
    expect(byCounty.length).toBeGreaterThanOrEqual(byTown.length);
    expect(byCounty.every((e) => e.towns.some((id) => townById.get(id)?.county.code === county))).toBe(true);

    const policies = filterChronicle(entries, { ...none, kind: 'policy' }, townById);
    expect(policies.length).toBeGreaterThan(0);
    expect(policies.every((e) => e.type === 'fact' && e.fact.type === 'policy')).toBe(true);

    const of2023 = filterChronicle(entries, { ...none, year: '2023' }, townById);
    expect(of2023.every((e) => e.date?.startsWith('2023'))).toBe(true);
    expect(of2023.length).toBeLessThan(entries.length);
  });

  it('keeps to 晋中 unless all of 山西 is asked for: other cities’ towns and figures only then', () => {
    const jinzhong = filterChronicle(entries, { ...none, scope: 'jinzhong' }, townById);
    const outside = towns.find((t) => !t.inJinzhong);
    if (!outside) throw new Error('the bundled data has towns outside 晋中');
    expect(
      jinzhong.some((e) => e.towns.includes(outside.id) && !e.towns.some((id) => townById.get(id)?.inJinzhong)),
    ).toBe(false);
    expect(entries.some((e) => e.towns.includes(outside.id))).toBe(true);
    // The province's own figures stand in 晋中's chronicle too.
    expect(jinzhong.some((e) => e.type === 'figure' && e.figure.subject.type === 'province')).toBe(true);
  });

  it('gives the map a month for each date, and finds the place of a month', () => {
    expect(asofMonth('2023')).toBe('2023-12');
    expect(asofMonth('2023-06')).toBe('2023-06');
    expect(asofMonth('2023-06-15')).toBe('2023-06');
    const around = entryAround(entries, '2023-08');
    expect(around?.date?.slice(0, 7)).toBe('2023-08');
    // Past the last date: the last dated entry.
    expect(entryAround(entries, '2099-01')).toBe(byYear(entries).years.at(-1)?.entries.at(-1));
  });

  it('reads a kind from the address, and knows no other', () => {
    expect(chronicleKind('funding')).toBe('funding');
    expect(chronicleKind('bogus')).toBeNull();
    expect(chronicleKind(null)).toBeNull();
  });
});
