import { describe, expect, it } from 'vitest';
import {
  addressFor,
  addressSearch,
  rootPath,
  townOfPage,
  applyPatch,
  DEFAULT_VIEW,
  parseView,
  serialiseView,
  VIEW_PARAMS,
  type ViewState,
} from '../../../src/state/url-state';

describe('view state in the address', () => {
  it('defaults to Chinese, output value, 晋中, no selection and no tiles', () => {
    expect(parseView('')).toEqual(DEFAULT_VIEW);
  });

  it('round-trips a view, leaving defaults out', () => {
    const view: ViewState = {
      lang: 'en',
      indicator: 'employment',
      period: '2022',
      asof: '2023-06',
      town: 'taigu-malleable-iron',
      county: null,
      figure: 'f-taigu-output-2024',
      extent: 'shanxi',
      scope: 'shanxi',
      tiles: true,
      page: 'method',
      article: 'gmrb-2023-08-24-specialty-towns',
      sourceTown: 'qixian-glassware',
      outlet: '光明日报',
      year: '2023',
      kind: 'policy',
      compare: ['jiexiu-carbon', 'yuci-textile-hydraulics'],
      embed: 'ranking',
    };
    expect(serialiseView(view)).toBe(
      '?lang=en&indicator=employment&period=2022&asof=2023-06&town=taigu-malleable-iron&figure=f-taigu-output-2024&map=shanxi&scope=shanxi&tiles=osm&page=method' +
        '&article=gmrb-2023-08-24-specialty-towns&sourceTown=qixian-glassware&outlet=%E5%85%89%E6%98%8E%E6%97%A5%E6%8A%A5&year=2023&kind=policy' +
        '&compare=jiexiu-carbon%2Cyuci-textile-hydraulics&embed=ranking',
    );
    expect(parseView(serialiseView(view))).toEqual(view);
    expect(serialiseView(DEFAULT_VIEW)).toBe('');
  });

  it('round-trips a selected county', () => {
    expect(parseView('?county=140727')).toEqual({ ...DEFAULT_VIEW, county: '140727' });
  });

  it('falls back to defaults on invalid parameters', () => {
    expect(
      parseView(
        '?lang=fr&indicator=%3Cscript%3E&town=Bad%20Id&county=14&map=world&tiles=evil&page=x&article=%3C&year=23&asof=2023-13',
      ),
    ).toEqual(DEFAULT_VIEW);
  });

  it('keeps one selection: a town wins over a county', () => {
    expect(parseView('?town=jiexiu-carbon&county=140781')).toMatchObject({ town: 'jiexiu-carbon', county: null });
  });
});

describe('the compare set', () => {
  it('keeps at most four distinct valid towns', () => {
    expect(parseView('?compare=a,b,c,d,e').compare).toEqual(['a', 'b', 'c', 'd']);
  });

  it('removes repeats and invalid ids before it counts four', () => {
    // A repeated town must not take a place: the fourth distinct town is kept.
    expect(parseView('?compare=a,b,a,Bad!,c,d,e').compare).toEqual(['a', 'b', 'c', 'd']);
    expect(parseView('?compare=a,a,a,a,b').compare).toEqual(['a', 'b']);
  });
});

describe('each parameter declared once', () => {
  it('writes every parameter under its own name and reads it back', () => {
    for (const [key, param] of Object.entries(VIEW_PARAMS)) expect(typeof param.name, key).toBe('string');
    const names = Object.values(VIEW_PARAMS).map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(DEFAULT_VIEW).sort()).toEqual(Object.keys(VIEW_PARAMS).sort());
  });

  it('leaves tiles out when off and writes them when on', () => {
    expect(serialiseView({ ...DEFAULT_VIEW, tiles: false })).toBe('');
    expect(serialiseView({ ...DEFAULT_VIEW, tiles: true })).toBe('?tiles=osm');
  });

  it('clears the county when a town is selected, and the other way round', () => {
    const withCounty = { ...DEFAULT_VIEW, county: '140781' };
    expect(applyPatch(withCounty, { town: 'jiexiu-carbon' })).toMatchObject({ town: 'jiexiu-carbon', county: null });
    const withTown = { ...DEFAULT_VIEW, town: 'jiexiu-carbon' };
    expect(applyPatch(withTown, { county: '140781' })).toMatchObject({ town: null, county: '140781' });
    expect(serialiseView({ ...DEFAULT_VIEW, town: 'a', county: '140781' })).toBe('?town=a');
  });

  it('lets go of a figure pointed at when the selection changes, not otherwise', () => {
    const pointed = { ...DEFAULT_VIEW, town: 'jiexiu-carbon', figure: 'f-jiexiu' };
    expect(applyPatch(pointed, { town: null }).figure).toBeNull();
    expect(applyPatch(pointed, { town: 'qixian-glassware' }).figure).toBeNull();
    expect(applyPatch(pointed, { indicator: 'employment' }).figure).toBe('f-jiexiu');
    expect(applyPatch(DEFAULT_VIEW, { town: 'a', figure: 'f-a' })).toMatchObject({ town: 'a', figure: 'f-a' });
  });
});

describe("a town's own page (baked at build)", () => {
  it('is found in its path, with or without .html, under any folder', () => {
    expect(townOfPage('/town/qixian-glassware.html')).toBe('qixian-glassware');
    expect(townOfPage('/towns/site/town/qixian-glassware')).toBe('qixian-glassware');
    expect(townOfPage('/')).toBeNull();
    expect(townOfPage('/town/Bad_Id.html')).toBeNull();
    expect(townOfPage('/downtown/qixian-glassware.html')).toBeNull();
  });

  it("has the dashboard's root two levels up", () => {
    expect(rootPath('/site/town/qixian-glassware.html')).toBe('/site/');
    expect(rootPath('/town/qixian-glassware')).toBe('/');
    expect(rootPath('/site/index.html')).toBe('/site/index.html');
  });

  it('stands for ?town=<id> until the address selects something else', () => {
    expect(parseView(addressSearch('/town/qixian-glassware.html', '')).town).toBe('qixian-glassware');
    expect(parseView(addressSearch('/town/qixian-glassware.html', '?lang=en'))).toMatchObject({
      town: 'qixian-glassware',
      lang: 'en',
    });
    expect(parseView(addressSearch('/town/qixian-glassware.html', '?town=jiexiu-carbon')).town).toBe('jiexiu-carbon');
    expect(parseView(addressSearch('/town/qixian-glassware.html', '?county=140727'))).toMatchObject({
      town: null,
      county: '140727',
    });
    expect(addressSearch('/', '?town=jiexiu-carbon')).toBe('?town=jiexiu-carbon');
  });

  it("stays itself while its town is open; any other view moves to the dashboard's address", () => {
    const page = '/site/town/qixian-glassware.html';
    expect(addressFor(page, '?town=qixian-glassware&lang=en')).toBe(`${page}?town=qixian-glassware&lang=en`);
    expect(addressFor(page, '?town=jiexiu-carbon')).toBe('/site/?town=jiexiu-carbon');
    expect(addressFor(page, '')).toBe('/site/');
    expect(addressFor('/site/', '?lang=en')).toBe('/site/?lang=en');
  });
});
