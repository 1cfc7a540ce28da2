import { describe, expect, it } from 'vitest';
import { figureHistory } from '../../../../src/data/domain/revisions';
import type { Revision } from '../../../../src/data/format/schema';

const none = { added: [], changed: [], removed: [] };
const revision = (date: string, figures: Partial<Revision['figures']>): Revision => ({
  date,
  summary: { zh: '修订', en: 'A revision' },
  figures: { ...none, ...figures },
});

describe('a figure’s history in the change log', () => {
  it('is absent for a figure no revision changed, and for a data file without a log', () => {
    const log = [
      revision('2026-01-02', { added: ['f-a'] }),
      revision('2026-02-03', { changed: [{ id: 'f-b', fields: ['note'] }] }),
    ];
    expect(figureHistory(log, 'f-a')).toBeUndefined();
    expect(figureHistory(undefined, 'f-a')).toBeUndefined();
  });

  it('gives the last change’s date, every field changed by its first part, and the value first published', () => {
    const log = [
      revision('2026-01-02', { added: ['f-a'] }),
      revision('2026-02-03', {
        changed: [{ id: 'f-a', fields: ['value', 'qualifier'], was: { value: 12, qualifier: 'about' } }],
      }),
      revision('2026-03-04', {
        changed: [{ id: 'f-a', fields: ['value', 'scope.zh', 'scope.en'], was: { value: 13, qualifier: 'exact' } }],
      }),
    ];
    expect(figureHistory(log, 'f-a')).toEqual({
      date: '2026-03-04',
      fields: ['value', 'qualifier', 'scope'],
      was: { value: 12, qualifier: 'about' },
    });
  });

  it('starts afresh for a figure removed and added again', () => {
    const log = [
      revision('2026-01-02', { changed: [{ id: 'f-a', fields: ['value'], was: { value: 1, qualifier: 'exact' } }] }),
      revision('2026-02-03', { removed: ['f-a'] }),
      revision('2026-03-04', { added: ['f-a'] }),
    ];
    expect(figureHistory(log, 'f-a')).toBeUndefined();
    const changedAfter = [...log, revision('2026-04-05', { changed: [{ id: 'f-a', fields: ['period'] }] })];
    expect(figureHistory(changedAfter, 'f-a')).toEqual({ date: '2026-04-05', fields: ['period'], was: undefined });
  });
});
