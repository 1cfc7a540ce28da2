import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseView, serialiseView } from '../../src/state/url-state';

describe('view state in the address', () => {
  it('defaults to Chinese and output value', () => {
    expect(parseView('')).toEqual(DEFAULT_VIEW);
  });
  it('round-trips a view, leaving defaults out', () => {
    const view = { lang: 'en', indicator: 'employment' } as const;
    expect(serialiseView(view)).toBe('?lang=en&indicator=employment');
    expect(parseView(serialiseView(view))).toEqual(view);
    expect(serialiseView(DEFAULT_VIEW)).toBe('');
  });
  it('falls back to defaults on invalid parameters', () => {
    expect(parseView('?lang=fr&indicator=%3Cscript%3E')).toEqual(DEFAULT_VIEW);
  });
});
