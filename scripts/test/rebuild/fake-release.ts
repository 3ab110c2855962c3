import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { previewServerEntry, webRoot } from '../../src/lib/site.ts';
import { releaseDir, writeMeta } from '../../src/rebuild/releases.ts';

export const tempDataDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-rebuild-'));

/** Writes a release folder as a site build leaves it (client/ and server/, optionally missing parts) and its meta. */
export function writeRelease(
  dataDir: string,
  id: string,
  opts: { articles?: number; omit?: string[]; meta?: boolean; marker?: string; buildInfo?: string } = {},
): string {
  const dir = releaseDir(dataDir, id);
  fs.mkdirSync(webRoot(dir), { recursive: true });
  const articles = opts.articles ?? 10;
  const files: Record<string, string> = {
    'index.html': `<!doctype html><html lang="vi"><body><h1>${opts.marker ?? id}</h1>${'<p>Tin</p>'.repeat(200)}</body></html>`,
    'sitemap-index.xml': '<?xml version="1.0" encoding="UTF-8"?><sitemapindex></sitemapindex>',
    'build-info.json': opts.buildInfo ?? JSON.stringify({ builtAt: new Date().toISOString(), counts: { articles, documents: 3, pages: 2, galleries: 1, videos: 1 } }),
  };
  for (const [name, content] of Object.entries(files)) if (!opts.omit?.includes(name)) fs.writeFileSync(path.join(webRoot(dir), name), content);
  if (!opts.omit?.includes('server/entry.mjs')) {
    fs.mkdirSync(path.dirname(previewServerEntry(dir)), { recursive: true });
    fs.writeFileSync(previewServerEntry(dir), '// the preview server\n');
  }
  if (opts.meta !== false) writeMeta(dataDir, { id, builtAt: new Date().toISOString(), durationMs: 1, reasons: ['thử'], counts: null });
  return dir;
}
