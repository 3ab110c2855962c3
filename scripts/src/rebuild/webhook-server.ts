import http from 'node:http';
import { secretMatches } from './secret.ts';

export const SECRET_HEADER = 'x-rebuild-secret';
const MAX_BODY = 64 * 1024;

export interface HookRequest {
  event: string;
  changes: number;
  allowShrink: boolean;
}

export interface HookHandlers {
  onHook(request: HookRequest): void;
  status(): unknown;
}

const json = (res: http.ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(`${JSON.stringify(body)}\n`);
};

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        resolve(null);
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The body the CMS notifier sends; anything else is malformed. */
export function parseHookBody(text: string): HookRequest | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const body = data as { event?: unknown; source?: unknown; count?: unknown; changes?: unknown; allowShrink?: unknown };
  if (body.event !== undefined && typeof body.event !== 'string') return null;
  if (body.changes !== undefined && !Array.isArray(body.changes)) return null;
  if (body.count !== undefined && (typeof body.count !== 'number' || body.count < 0)) return null;
  if (body.allowShrink !== undefined && typeof body.allowShrink !== 'boolean') return null;
  if (body.event === undefined && body.changes === undefined) return null;
  return {
    event: typeof body.event === 'string' ? body.event.slice(0, 100) : 'cms',
    changes: typeof body.count === 'number' ? body.count : Array.isArray(body.changes) ? body.changes.length : 1,
    allowShrink: body.allowShrink === true,
  };
}

const isLoopback = (address: string | undefined) => address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';

/**
 * POST /hooks/rebuild: authenticated by a shared secret header; a wrong or missing secret gets 401,
 * a malformed body 400, and neither does anything else. GET /status: the build state as JSON, open
 * from this machine, otherwise with the same secret (error texts can name internal addresses).
 */
export function createWebhookServer(secret: string, handlers: HookHandlers): http.Server {
  return http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const authorised = secretMatches(req.headers[SECRET_HEADER], secret);
    if (url.pathname === '/status') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { error: 'Chỉ nhận GET' });
      if (!authorised && !isLoopback(req.socket.remoteAddress)) return json(res, 401, { error: 'Thiếu hoặc sai khóa bí mật' });
      return json(res, 200, handlers.status());
    }
    if (url.pathname !== '/hooks/rebuild') return json(res, 404, { error: 'Không có đường dẫn này' });
    if (req.method !== 'POST') return json(res, 405, { error: 'Chỉ nhận POST' });
    if (!authorised) {
      req.resume();
      return json(res, 401, { error: 'Thiếu hoặc sai khóa bí mật' });
    }
    const text = await readBody(req).catch(() => null);
    if (text === null) return json(res, 413, { error: 'Nội dung quá lớn' });
    const hook = parseHookBody(text);
    if (!hook) return json(res, 400, { error: 'Nội dung yêu cầu không hợp lệ (cần JSON có "event" hoặc "changes")' });
    handlers.onHook(hook);
    return json(res, 202, { accepted: true });
  });
}
