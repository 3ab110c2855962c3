// The files a release assembled from the base and a fast build must drop from the base: the
// removed pages' files and the static redirect pages the site no longer has. Worked out here, where
// Astro's pathname → file rule and the redirect pages are known, so the assembler only deletes
// listed files. A file the fast build wrote is never listed (a redirect page may take the place of
// a removed page).
import fs from 'node:fs';
import path from 'node:path';
import { REDIRECT_MAP_FILE, redirectPage, staticRedirectFile, type Redirect } from '../redirects';

/** The removed pathname's file in the base: a page's index.html, or the endpoint's own file. */
function baseFileOf(baseClient: string, pathname: string): string | null {
  const bare = pathname.replace(/^\/+/, '').replace(/\/+$/, '');
  const candidates = [bare === '' ? 'index.html' : `${bare}/index.html`, `${bare}.html`, bare];
  return candidates.find((rel) => rel !== '' && fs.statSync(path.join(baseClient, rel), { throwIfNoEntry: false })?.isFile()) ?? null;
}

/** Redirect pages the base's build wrote (its map says where, and the file is that redirect). */
function baseRedirectFiles(baseClient: string, site: string): string[] {
  const mapFile = path.join(baseClient, REDIRECT_MAP_FILE);
  if (!fs.existsSync(mapFile)) return [];
  const files: string[] = [];
  for (const r of JSON.parse(fs.readFileSync(mapFile, 'utf8')) as Redirect[]) {
    const rel = staticRedirectFile(r.from);
    const file = rel && path.join(baseClient, rel);
    if (rel && file && fs.existsSync(file) && fs.readFileSync(file, 'utf8') === redirectPage(r.to, site)) files.push(rel);
  }
  return files;
}

export function removedFiles(opts: {
  baseClient: string;
  clientDir: string;
  removed: readonly string[];
  /** files of the new site's pages, rendered or not */
  sitePageFiles: ReadonlySet<string>;
  site: string;
}): string[] {
  const written = (rel: string) => fs.existsSync(path.join(opts.clientDir, rel));
  const pages = opts.removed.map((p) => baseFileOf(opts.baseClient, p)).filter((rel): rel is string => rel !== null);
  const redirects = baseRedirectFiles(opts.baseClient, opts.site).filter((rel) => !opts.sitePageFiles.has(rel));
  return [...new Set([...pages, ...redirects])].filter((rel) => !written(rel)).sort();
}
