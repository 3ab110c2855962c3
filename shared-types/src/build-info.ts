import { z } from 'zod';
import { parseJsonFile } from './json-file.js';

/**
 * `build-info.json`, written by the site at the root of every build and read by the rebuild
 * service (to check a release before it goes live) and by `check-release` in CI (over HTTP from
 * the live site). Everyone parses it with this schema rather than trusting its shape.
 */
export const BUILD_INFO_FILE = 'build-info.json';

const count = z.number().int().nonnegative();

export const buildInfoSchema = z.object({
  builtAt: z.iso.datetime({ offset: true }),
  counts: z.object({ articles: count, documents: count, pages: count, galleries: count, videos: count }),
  /** published entries the build left out because they break the shared schema (site/src/lib/cms/skipped.ts) */
  skipped: z.array(z.object({ collection: z.string(), label: z.string(), entry: z.string(), problems: z.string() })).default([]),
});

export type BuildInfo = z.output<typeof buildInfoSchema>;

/** The build info in `text`, or a Vietnamese reason naming the first wrong field. */
export const parseBuildInfo = (text: string): BuildInfo | string => parseJsonFile(BUILD_INFO_FILE, buildInfoSchema, text);
