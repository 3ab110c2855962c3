// The "Bài chờ duyệt" rule: which reporter drafts still wait for an editor (Strapi's "modified" rule).
import { describe, expect, it } from 'vitest';
import { draftState } from '../src/lib/newsroom/pending-drafts';

const row = (updatedAt: string) => ({ documentId: 'd1', updatedAt });

describe('draftState', () => {
  it('a draft never published waits as "moi"', () => {
    expect(draftState(row('2026-12-01T01:00:00.000Z'), undefined)).toBe('moi');
  });
  it('a draft saved after its published version waits as "da_sua"', () => {
    expect(draftState(row('2026-12-01T02:00:00.000Z'), row('2026-12-01T01:00:00.000Z'))).toBe('da_sua');
  });
  it('a draft published as it stands (same or older save time) does not wait', () => {
    expect(draftState(row('2026-12-01T01:00:00.000Z'), row('2026-12-01T01:00:00.000Z'))).toBeNull();
    expect(draftState(row('2026-12-01T00:59:59.000Z'), row('2026-12-01T01:00:00.000Z'))).toBeNull();
  });
  it('reads Date values as the database driver may return them', () => {
    expect(
      draftState(
        { documentId: 'd1', updatedAt: new Date('2026-12-01T03:00:00Z') },
        { documentId: 'd1', updatedAt: new Date('2026-12-01T01:00:00Z') },
      ),
    ).toBe('da_sua');
  });
});
