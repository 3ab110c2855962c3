import http from 'node:http';
import { REBUILD_BODY_MAX_BYTES, REBUILD_SECRET_HEADER, rebuildNotificationSchema } from '@dbk/shared-types';
import { secretMatches } from './secret.ts';

export interface HookRequest {
  event: string;
  changes: number;
  allowShrink: boolean;
}

export interface HookHandlers {
  onHook(request: HookRequest): void;
  status(): unknown;
}

const json = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res
    .writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers })
    .end(`${JSON.stringify(body)}\n`);
};

// A body over the limit is still read (and thrown away) up to this much, so the sender gets its
// 413 instead of a connection reset; beyond it the connection is closed after the answer.
const DISCARD_MAX_BYTES = 8 * 1024 * 1024;

const TOO_LARGE = Symbol('too large');

/** The body as text, or TOO_LARGE once it passed REBUILD_BODY_MAX_BYTES (the rest drained). */
function readBody(req: http.IncomingMessage): Promise<string | typeof TOO_LARGE> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= REBUILD_BODY_MAX_BYTES) chunks.push(c);
      else if (size > DISCARD_MAX_BYTES) {
        req.pause();
        resolve(TOO_LARGE);
      }
    });
    req.on('end', () => resolve(size > REBUILD_BODY_MAX_BYTES ? TOO_LARGE : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The body the CMS notifier sends (the shared contract); anything else is malformed. */
export function parseHookBody(text: string): HookRequest | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = rebuildNotificationSchema.safeParse(data);
  if (!parsed.success) return null;
  const body = parsed.data;
  return {
    event: body.event?.slice(0, 100) ?? 'cms',
    changes: body.count ?? body.changes?.length ?? 1,
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
    const authorised = secretMatches(req.headers[REBUILD_SECRET_HEADER], secret);
    if (url.pathname === '/status') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { error: 'Chỉ nhận GET' });
      if (!authorised && !isLoopback(req.socket.remoteAddress)) return json(res, 401, { error: 'Thiếu hoặc sai khóa bí mật' });
      return json(res, 200, await handlers.status());
    }
    if (url.pathname !== '/hooks/rebuild') return json(res, 404, { error: 'Không có đường dẫn này' });
    if (req.method !== 'POST') return json(res, 405, { error: 'Chỉ nhận POST' });
    if (!authorised) {
      req.resume();
      return json(res, 401, { error: 'Thiếu hoặc sai khóa bí mật' });
    }
    const text = await readBody(req).catch(() => null);
    if (text === null) return json(res, 400, { error: 'Không đọc được nội dung yêu cầu' });
    if (text === TOO_LARGE) {
      // Not kept alive: what is left of a huge body is not read.
      return json(res, 413, { error: `Nội dung quá lớn (tối đa ${REBUILD_BODY_MAX_BYTES} byte)` }, { Connection: 'close' });
    }
    const hook = parseHookBody(text);
    if (!hook) return json(res, 400, { error: 'Nội dung yêu cầu không hợp lệ (cần JSON có "event" hoặc "changes")' });
    handlers.onHook(hook);
    return json(res, 202, { accepted: true });
  });
}
