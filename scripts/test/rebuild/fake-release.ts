import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { previewServerEntry, webRoot } from '../../src/lib/site.ts';
import { releaseDir, writeMeta } from '../../src/rebuild/releases.ts';

export const tempDataDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-rebuild-'));

/** A stand-in for the preview server's entry.mjs: answers on HOST:PORT with its release's name. */
export const FAKE_PREVIEW_SERVER = `import http from 'node:http';
import path from 'node:path';
const release = path.basename(process.cwd());
http.createServer((req, res) => res.end('xem trước ' + release)).listen(Number(process.env.PORT), process.env.HOST);
`;

/** Writes a release folder as a site build leaves it (client/ and server/, optionally missing parts) and its meta. */
export function writeRelease(
  dataDir: string,
  id: string,
  opts: { articles?: number; omit?: string[]; meta?: boolean; marker?: string; buildInfo?: string; previewServer?: string } = {},
): string {
  const dir = releaseDir(dataDir, id);
  fs.mkdirSync(webRoot(dir), { recursive: true });
  const articles = opts.articles ?? 10;
  const files: Record<string, string> = {
    'index.html': `<!doctype html><html lang="vi"><body><h1>${opts.marker ?? id}</h1>${'<p>Tin</p>'.repeat(200)}</body></html>`,
    'sitemap-index.xml': '<?xml version="1.0" encoding="UTF-8"?><sitemapindex></sitemapindex>',
    'build-info.json':
      opts.buildInfo ??
      JSON.stringify({ builtAt: new Date().toISOString(), counts: { articles, documents: 3, pages: 2, galleries: 1, videos: 1 } }),
  };
  for (const [name, content] of Object.entries(files))
    if (!opts.omit?.includes(name)) fs.writeFileSync(path.join(webRoot(dir), name), content);
  if (!opts.omit?.includes('server/entry.mjs')) {
    fs.mkdirSync(path.dirname(previewServerEntry(dir)), { recursive: true });
    fs.writeFileSync(previewServerEntry(dir), opts.previewServer ?? '// the preview server\n');
  }
  if (opts.meta !== false) writeMeta(dataDir, { id, builtAt: new Date().toISOString(), durationMs: 1, reasons: ['thử'], counts: null });
  return dir;
}
