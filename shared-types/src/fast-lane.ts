import { z } from 'zod';
import { parseJsonFile } from './json-file.js';

/**
 * The fast lane's files (issue 15), written by every site build next to client/ and read by the
 * next fast build (SITE_FAST_BASE) and by the rebuild service that assembles a release from a
 * fast build. Everyone parses them with these schemas rather than trusting their shape.
 */

export { FAST_LANE_FILE, PAGE_KEYS_FILE, SEARCH_DELTA_DIR, SEARCH_KEYS_FILE } from './fast-lane-names.js';

export const pageKeysSchema = z.object({
  version: z.literal(1),
  /** pathname as Astro gives it ("/bai-viet/x", "/rss.xml") → cache key */
  pages: z.record(z.string(), z.string().nullable()),
});

export type PageKeys = z.output<typeof pageKeysSchema>;

export const fastLaneSchema = z.object({
  version: z.literal(1),
  /** absolute path of the base build or release folder (holding client/ and page-keys.json) */
  base: z.string(),
  /** pathnames this build rendered; every other page of the site is the base's, unchanged */
  rendered: z.array(z.string()),
  /** pathnames of the base's page-keys.json that are no longer pages of the site */
  removed: z.array(z.string()),
  /**
   * The files under client/ to delete from the base: the removed pages' files (Astro's pathname →
   * file rule lives with the site) and static redirect pages the site no longer has. Never a file
   * this build wrote.
   */
  removedFiles: z.array(z.string()),
});

export type FastLane = z.output<typeof fastLaneSchema>;

/** The file's content in `text`, or a Vietnamese reason naming the first wrong field. */
export const parseFastLaneFile = parseJsonFile;
