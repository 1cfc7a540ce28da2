import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseView, serialiseView, type ViewState } from '../../src/state/url-state';

describe('view state in the address', () => {
  it('defaults to Chinese, output value, 晋中, no selection and no tiles', () => {
    expect(parseView('')).toEqual(DEFAULT_VIEW);
  });

  it('round-trips a view, leaving defaults out', () => {
    const view: ViewState = {
      lang: 'en',
      indicator: 'employment',
      period: '2022',
      town: 'taigu-malleable-iron',
      county: null,
      extent: 'shanxi',
      tiles: true,
      page: 'method',
      article: 'gmrb-2023-08-24-specialty-towns',
      sourceTown: 'qixian-glassware',
      outlet: '光明日报',
      year: '2023',
      compare: ['jiexiu-carbon', 'yuci-textile-hydraulics'],
      embed: 'ranking',
    };
    expect(serialiseView(view)).toBe(
      '?lang=en&indicator=employment&period=2022&town=taigu-malleable-iron&map=shanxi&tiles=osm&page=method' +
        '&article=gmrb-2023-08-24-specialty-towns&sourceTown=qixian-glassware&outlet=%E5%85%89%E6%98%8E%E6%97%A5%E6%8A%A5&year=2023' +
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
        '?lang=fr&indicator=%3Cscript%3E&town=Bad%20Id&county=14&map=world&tiles=evil&page=x&article=%3C&year=23',
      ),
    ).toEqual(DEFAULT_VIEW);
  });

  it('keeps one selection: a town wins over a county', () => {
    expect(parseView('?town=jiexiu-carbon&county=140781')).toMatchObject({ town: 'jiexiu-carbon', county: null });
  });
});

describe('the compare set', () => {
  it('keeps at most four distinct valid towns', () => {
    expect(parseView('?compare=a,b,a,Bad!,c,d,e').compare).toEqual(['a', 'b', 'c']);
    expect(parseView('?compare=a,b,c,d,e').compare).toEqual(['a', 'b', 'c', 'd']);
  });
});
