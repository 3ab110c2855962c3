import { z } from 'zod';

/**
 * "The site must be rebuilt": what the CMS's publish notifier sends to the rebuild service's
 * POST /hooks/rebuild, and what an operator may send by hand (`{ "event": "thu-cong" }`). Both
 * sides import this, so a change to the header or the body is a compile error on the other side.
 */

/** The shared secret travels in this header, never in the URL. */
export const REBUILD_SECRET_HEADER = 'x-rebuild-secret';

/** A bigger body is refused (413) before it is parsed. */
export const REBUILD_BODY_MAX_BYTES = 64 * 1024;

/** The CMS lists at most this many changes; `count` says how many there were. */
export const REBUILD_MAX_LISTED_CHANGES = 50;

export const rebuildChangeSchema = z.object({
  /** the Strapi event: entry.publish, entry.unpublish, entry.delete, entry.update, media.create … */
  event: z.string(),
  uid: z.string(),
  documentId: z.string().optional(),
});

export const rebuildNotificationSchema = z
  .object({
    event: z.string().optional(),
    source: z.string().optional(),
    at: z.string().optional(),
    count: z.number().int().nonnegative().optional(),
    changes: z.array(rebuildChangeSchema).optional(),
    /** an operator's override of the release check that refuses a site much smaller than the live one */
    allowShrink: z.boolean().optional(),
  })
  .refine((body) => body.event !== undefined || body.changes !== undefined, {
    message: 'Cần "event" hoặc "changes"',
  });

export type RebuildChange = z.infer<typeof rebuildChangeSchema>;
export type RebuildNotification = z.infer<typeof rebuildNotificationSchema>;
