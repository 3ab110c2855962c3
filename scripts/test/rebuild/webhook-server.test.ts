import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REBUILD_BODY_MAX_BYTES } from '@dbk/shared-types';
import { createWebhookServer, parseHookBody, type HookRequest } from '../../src/rebuild/webhook-server.ts';

const SECRET = 'khoa-bi-mat-dung-chung-0123456789';

describe('webhook endpoint', () => {
  let server: http.Server;
  let base: string;
  const hooks: HookRequest[] = [];

  beforeAll(async () => {
    server = createWebhookServer(SECRET, { onHook: (h) => hooks.push(h), status: () => ({ trangThai: 'ổn' }) });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (body: string, headers: Record<string, string> = { 'X-Rebuild-Secret': SECRET }) =>
    fetch(`${base}/hooks/rebuild`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });

  it('accepts a notification from the CMS', async () => {
    const res = await post(
      JSON.stringify({
        source: 'cms',
        count: 2,
        changes: [
          { event: 'entry.publish', uid: 'api::article.article' },
          { event: 'entry.unpublish', uid: 'api::article.article' },
        ],
      }),
    );
    expect(res.status).toBe(202);
    expect(hooks.at(-1)).toEqual({ event: 'cms', changes: 2, allowShrink: false });
  });

  it('answers 401 to a wrong or missing secret and does nothing', async () => {
    const before = hooks.length;
    const body = JSON.stringify({ event: 'entry.publish' });
    for (const headers of [
      {},
      { 'X-Rebuild-Secret': 'sai' },
      { 'X-Rebuild-Secret': `${SECRET}x` },
      { Authorization: `Bearer ${SECRET}` },
    ] as Record<string, string>[]) {
      const res = await post(body, headers);
      expect(res.status, JSON.stringify(headers)).toBe(401);
    }
    expect(hooks.length).toBe(before);
  });

  it('answers 400 to a malformed body and does nothing', async () => {
    const before = hooks.length;
    for (const body of [
      '',
      'không phải json',
      '[]',
      '"chuỗi"',
      '{}',
      '{"event": 5}',
      '{"changes": "nhiều"}',
      '{"event":"x","allowShrink":"có"}',
    ]) {
      const res = await post(body);
      expect(res.status, body).toBe(400);
    }
    expect(hooks.length).toBe(before);
  });

  it('answers 413 to a body over the limit sent with the right secret, without resetting the connection, and does nothing', async () => {
    const before = hooks.length;
    const json = (size: number) => {
      const head = '{"event":"entry.publish","pad":"';
      return `${head}${'x'.repeat(size - head.length - 2)}"}`;
    };
    const atLimit = await post(json(REBUILD_BODY_MAX_BYTES));
    expect(atLimit.status, 'a body of exactly the limit is read').toBe(202);
    for (const size of [REBUILD_BODY_MAX_BYTES + 1, 1024 * 1024]) {
      const res = await post(json(size));
      expect(res.status, String(size)).toBe(413);
      expect(((await res.json()) as { error: string }).error).toMatch(/quá lớn/);
    }
    expect(hooks.length).toBe(before + 1);
    // The server still answers afterwards.
    expect((await post(JSON.stringify({ event: 'sau' }))).status).toBe(202);
  });

  it('refuses other methods and paths', async () => {
    expect((await fetch(`${base}/hooks/rebuild`)).status).toBe(405);
    expect((await fetch(`${base}/khac`, { method: 'POST' })).status).toBe(404);
  });

  it('serves the status as JSON to this machine', async () => {
    const res = await fetch(`${base}/status`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ trangThai: 'ổn' });
  });

  it('parses the override of the shrink check', () => {
    expect(parseHookBody('{"event":"thu-cong","allowShrink":true}')).toEqual({ event: 'thu-cong', changes: 1, allowShrink: true });
  });
});
