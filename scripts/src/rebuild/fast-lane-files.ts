import fs from 'node:fs';
import path from 'node:path';
import {
  FAST_LANE_FILE,
  PAGE_KEYS_FILE,
  SEARCH_DELTA_DIR,
  SEARCH_KEYS_FILE,
  fastLaneSchema,
  pageKeysSchema,
  parseFastLaneFile,
  type FastLane,
  type PageKeys,
} from '@dbk/shared-types';

// The files a build writes beside client/ (site/src/integrations/fast-lane.ts), read with the
// schemas the site writes them by (shared-types/src/fast-lane.ts).
export { FAST_LANE_FILE, PAGE_KEYS_FILE, SEARCH_DELTA_DIR, SEARCH_KEYS_FILE };

function readLaneFile<T>(buildDir: string, name: string, read: (text: string) => T | string): T {
  const file = path.join(buildDir, name);
  if (!fs.existsSync(file)) throw new Error(`thiếu ${name} (${file})`);
  const parsed = read(fs.readFileSync(file, 'utf8'));
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

export const readPageKeys = (buildDir: string): PageKeys =>
  readLaneFile(buildDir, PAGE_KEYS_FILE, (text) => parseFastLaneFile(PAGE_KEYS_FILE, pageKeysSchema, text));

/** A fast build's account of itself; its absence means the site ignored SITE_FAST_BASE. */
export const readFastLane = (buildDir: string): FastLane =>
  readLaneFile(buildDir, FAST_LANE_FILE, (text) => parseFastLaneFile(FAST_LANE_FILE, fastLaneSchema, text));

/**
 * The files in client/ that a page's pathname (as Astro gives it) may have been written to, with
 * `build.format: 'directory'`: `/a/b/` is a/b/index.html, an endpoint such as `/rss.xml` is the
 * file itself, and the 404 page (`/404` or `/404/`) is 404.html.
 */
export function pageFiles(pathname: string): string[] {
  const rel = pathname.replace(/^\/+/, '');
  if (rel === '') return ['index.html'];
  if (rel.endsWith('/')) return [`${rel}index.html`, `${rel.slice(0, -1)}.html`];
  if (/\.[a-z0-9]+$/i.test(path.posix.basename(rel))) return [rel];
  return [`${rel}/index.html`, `${rel}.html`];
}
