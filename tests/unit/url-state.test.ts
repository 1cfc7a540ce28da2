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
      town: 'taigu-malleable-iron',
      county: null,
      extent: 'shanxi',
      tiles: true,
    };
    expect(serialiseView(view)).toBe('?lang=en&indicator=employment&town=taigu-malleable-iron&map=shanxi&tiles=osm');
    expect(parseView(serialiseView(view))).toEqual(view);
    expect(serialiseView(DEFAULT_VIEW)).toBe('');
  });

  it('round-trips a selected county', () => {
    expect(parseView('?county=140727')).toEqual({ ...DEFAULT_VIEW, county: '140727' });
  });

  it('falls back to defaults on invalid parameters', () => {
    expect(parseView('?lang=fr&indicator=%3Cscript%3E&town=Bad%20Id&county=14&map=world&tiles=evil')).toEqual(
      DEFAULT_VIEW,
    );
  });

  it('keeps one selection: a town wins over a county', () => {
    expect(parseView('?town=jiexiu-carbon&county=140781')).toMatchObject({ town: 'jiexiu-carbon', county: null });
  });
});
