// The photos of a WordPress post are addresses on the old site ("https://cu.vn/wp-content/uploads/
// 2020/08/a.jpg"). Looked for first in a copy of the uploads folder next to the export (the usual way
// an operator brings an archive, and the only one for a site already offline), then fetched from the
// old site into a cache. A photo found nowhere refuses the page with its address: never a silent hole.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PageRefusal } from './page.ts';

const IMG_SRC = /<img\b[^>]*?\bsrc\s*=\s*["']([^"']+)["']/giu;
const FETCH_TIMEOUT_MS = 20_000;
const CACHE = path.join(os.tmpdir(), 'dbk-nhap-anh');

/** Where a copy of the photo may be under `dir`: the address's path, under its host, or under "uploads". */
function localCandidates(src: string, dir: string): string[] {
  let pathname: string;
  let host = '';
  try {
    const url = new URL(src, 'http://khong-co-may-chu.invalid');
    pathname = decodeURIComponent(url.pathname);
    if (url.hostname !== 'khong-co-may-chu.invalid') host = url.hostname;
  } catch {
    return [];
  }
  const candidates = [path.join(dir, pathname)];
  if (host) candidates.push(path.join(dir, host, pathname));
  const uploads = /\/uploads\/(.+)$/u.exec(pathname);
  if (uploads) candidates.push(path.join(dir, 'uploads', uploads[1]!));
  return candidates.filter((c) => c.startsWith(dir + path.sep));
}

async function download(src: string): Promise<string> {
  fs.mkdirSync(CACHE, { recursive: true });
  const ext = path.extname(new URL(src).pathname).toLowerCase();
  const file = path.join(CACHE, `${createHash('sha256').update(src).digest('hex')}${ext}`);
  if (fs.existsSync(file)) return file;
  const res = await fetch(src, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const part = `${file}.${process.pid}.tai`;
  fs.writeFileSync(part, new Uint8Array(await res.arrayBuffer()));
  fs.renameSync(part, file);
  return file;
}

/** The local file of every <img> address of the post's HTML. */
export async function locateWxrPhotos(html: string, dir: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const [, src] of html.matchAll(IMG_SRC)) {
    if (!src || found.has(src) || src.startsWith('data:')) continue;
    const local = localCandidates(src, dir).find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
    if (local) {
      found.set(src, local);
      continue;
    }
    if (!/^https?:\/\//iu.test(src))
      throw new PageRefusal(`Ảnh ${src}: không có trong thư mục cạnh tệp xuất (chép thư mục wp-content/uploads vào đó)`);
    try {
      found.set(src, await download(src));
    } catch (e) {
      throw new PageRefusal(
        `Ảnh ${src}: không có trong thư mục cạnh tệp xuất và không tải được (${e instanceof Error ? e.message : String(e)}); chép thư mục wp-content/uploads vào cạnh tệp xuất`,
      );
    }
  }
  return found;
}
