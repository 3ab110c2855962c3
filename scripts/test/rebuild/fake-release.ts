import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { releaseDir, writeMeta } from '../../src/rebuild/releases.ts';

export const tempDataDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-rebuild-'));

/** Writes a release folder as a site build leaves it (optionally missing parts) and its meta. */
export function writeRelease(
  dataDir: string,
  id: string,
  opts: { articles?: number; omit?: string[]; meta?: boolean; marker?: string; buildInfo?: string } = {},
): string {
  const dir = releaseDir(dataDir, id);
  fs.mkdirSync(dir, { recursive: true });
  const articles = opts.articles ?? 10;
  const files: Record<string, string> = {
    'index.html': `<!doctype html><html lang="vi"><body><h1>${opts.marker ?? id}</h1>${'<p>Tin</p>'.repeat(200)}</body></html>`,
    'sitemap-index.xml': '<?xml version="1.0" encoding="UTF-8"?><sitemapindex></sitemapindex>',
    'build-info.json': opts.buildInfo ?? JSON.stringify({ builtAt: new Date().toISOString(), counts: { articles, documents: 3, pages: 2, galleries: 1, videos: 1 } }),
  };
  for (const [name, content] of Object.entries(files)) if (!opts.omit?.includes(name)) fs.writeFileSync(path.join(dir, name), content);
  if (opts.meta !== false) writeMeta(dataDir, { id, builtAt: new Date().toISOString(), durationMs: 1, reasons: ['thử'], counts: null });
  return dir;
}
