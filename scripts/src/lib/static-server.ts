import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

const inside = (file: string, dir: string) => file === dir || file.startsWith(dir + path.sep);

/**
 * Whether a file found below the served folder may be sent. What it really is (after symlinks)
 * must lie in the served folder or, for a release's shared subtrees (a fast release links its
 * unchanged directories to those of an older release beside it, rebuild/assemble-release.ts), in
 * the client/ folder of a sibling release: `<releases>/<id>/client/...`. A link leading anywhere
 * else (the preview server's code, the data folder, /etc) is refused.
 */
export function servable(realFile: string, realRoot: string): boolean {
  if (inside(realFile, realRoot)) return true;
  const releases = path.dirname(path.dirname(realRoot));
  if (!inside(realFile, releases)) return false;
  const [release, folder] = path.relative(releases, realFile).split(path.sep);
  return Boolean(release) && folder === path.basename(realRoot);
}

/**
 * Serves a static folder. `root` is resolved on every request, so when it is a symlink that the
 * rebuild service swaps, each request sees either the old release or the new one, never a mix.
 */
export function serveStatic(root: string, port: number, host = '0.0.0.0'): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    let base: string;
    try {
      base = fs.realpathSync(root);
    } catch {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Trang đang được dựng, vui lòng thử lại sau ít phút.');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://x');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const target = path.join(base, path.normalize(pathname));
    if (!inside(target, base)) {
      res.writeHead(403).end();
      return;
    }
    const found = [target, path.join(target, 'index.html'), `${target}.html`].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
    let file: string | undefined;
    try {
      file = found && fs.realpathSync(found);
    } catch {
      file = undefined;
    }
    if (file && !servable(file, base)) {
      res.writeHead(403).end();
      return;
    }
    if (!file) {
      const notFound = path.join(base, '404.html');
      res.writeHead(404, { 'Content-Type': TYPES['.html']! });
      if (fs.existsSync(notFound)) fs.createReadStream(notFound).pipe(res);
      else res.end('Không tìm thấy trang');
      return;
    }
    const ext = path.extname(file).toLowerCase();
    const hashed = /\/_astro\//.test(file);
    res.writeHead(200, {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      // Fingerprinted assets never change; pages must show a publish at once.
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  });
  return listenOrExplain(server, port, host, 'máy chủ trang tĩnh');
}

/** Listens; a port already taken is an error an operator can act on, in Vietnamese. */
export function listenOrExplain(server: http.Server, port: number, host: string, label: string): Promise<http.Server> {
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      reject(
        e.code === 'EADDRINUSE'
          ? new Error(
              `Cổng ${port} (${label}) đang bị tiến trình khác giữ. Hãy dừng tiến trình đó (xem bằng: ss -ltnp 'sport = :${port}') hoặc đặt cổng khác.`,
              { cause: e },
            )
          : e,
      );
    });
    server.listen(port, host, () => resolve(server));
  });
}
