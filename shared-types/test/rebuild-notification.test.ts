import { describe, expect, it } from 'vitest';
import { rebuildNotificationSchema } from '../src/rebuild-notification';

describe('rebuild notification contract', () => {
  it('accepts what the CMS sends and what an operator types', () => {
    const fromCms = {
      source: 'cms',
      at: '2026-11-30T10:00:00.000Z',
      count: 2,
      changes: [
        { event: 'entry.publish', uid: 'api::article.article', documentId: 'abc' },
        { event: 'media.create', uid: 'plugin::upload.file' },
      ],
    };
    expect(rebuildNotificationSchema.parse(fromCms)).toEqual(fromCms);
    expect(rebuildNotificationSchema.parse({ event: 'thu-cong', allowShrink: true })).toEqual({ event: 'thu-cong', allowShrink: true });
  });

  it('refuses a body that says nothing, or a malformed change', () => {
    expect(rebuildNotificationSchema.safeParse({}).success).toBe(false);
    expect(rebuildNotificationSchema.safeParse({ changes: [{ uid: 'api::article.article' }] }).success).toBe(false);
    expect(rebuildNotificationSchema.safeParse({ event: 'x', count: -1 }).success).toBe(false);
    expect(rebuildNotificationSchema.safeParse({ event: 'x', allowShrink: 'yes' }).success).toBe(false);
  });
});
