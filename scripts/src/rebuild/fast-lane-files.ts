import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

// The files a build writes beside client/ (contract of issue 15, /work/notes/FAST-LANE-CONTRACT.md;
// written by site/src/integrations): what the release side reads of them, checked.
export const PAGE_KEYS_FILE = 'page-keys.json';
export const FAST_LANE_FILE = 'fast-lane.json';
export const SEARCH_KEYS_FILE = 'search-keys.json';

const PAGE_KEYS = z.object({ version: z.literal(1), pages: z.record(z.string(), z.string().nullable()) });
const FAST_LANE = z.object({
  version: z.literal(1),
  base: z.string().min(1),
  rendered: z.array(z.string()),
  removed: z.array(z.string()),
});

export type PageKeys = z.output<typeof PAGE_KEYS>;
export type FastLane = z.output<typeof FAST_LANE>;

function readJson<T>(file: string, schema: z.ZodType<T>, label: string): T {
  if (!fs.existsSync(file)) throw new Error(`thiếu ${label} (${file})`);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${label} không phải JSON hợp lệ: ${(e as Error).message}`, { cause: e });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new Error(`${label} sai định dạng: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

export const readPageKeys = (buildDir: string): PageKeys => readJson(path.join(buildDir, PAGE_KEYS_FILE), PAGE_KEYS, PAGE_KEYS_FILE);

/** A fast build's account of itself; its absence means the site ignored SITE_FAST_BASE. */
export const readFastLane = (buildDir: string): FastLane => readJson(path.join(buildDir, FAST_LANE_FILE), FAST_LANE, FAST_LANE_FILE);

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
