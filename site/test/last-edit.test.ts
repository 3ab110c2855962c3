import { describe, expect, it } from 'vitest';
import { EDIT_WINDOW_MS, lastEdited } from '../src/lib/cms/last-edit';

const shown = new Date('2019-04-08T08:00:00+07:00');

describe('lastEdited', () => {
  it('dates imported or seeded content, never edited since, by the date it shows', () => {
    // Imported today: created and written in the same minute.
    expect(lastEdited({ createdAt: '2026-11-30T10:00:00.000Z', updatedAt: '2026-11-30T10:00:04.000Z' }, shown)).toEqual(shown);
    // Published a few minutes after it was entered: still the entering.
    const later = new Date(Date.parse('2026-11-30T10:00:00.000Z') + EDIT_WINDOW_MS).toISOString();
    expect(lastEdited({ createdAt: '2026-11-30T10:00:00.000Z', updatedAt: later }, shown)).toEqual(shown);
  });

  it('dates content edited after it was entered by the edit', () => {
    expect(lastEdited({ createdAt: '2026-11-30T10:00:00.000Z', updatedAt: '2026-12-01T03:00:00.000Z' }, shown)).toEqual(
      new Date('2026-12-01T03:00:00.000Z'),
    );
  });

  it('never dates a change before the date shown, and copes with missing timestamps', () => {
    expect(lastEdited({ createdAt: '2018-01-01T00:00:00.000Z', updatedAt: '2018-06-01T00:00:00.000Z' }, shown)).toEqual(shown);
    expect(lastEdited({}, shown)).toEqual(shown);
    expect(lastEdited({ updatedAt: '2026-12-01T03:00:00.000Z' }, shown)).toEqual(new Date('2026-12-01T03:00:00.000Z'));
  });
});
