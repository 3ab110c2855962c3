// Reader interactions (issue 6) against the real Strapi: view counts, the visitor box and
// moderated comments, over HTTP as readers' browsers and the site build call them.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms, postgresUnavailable, type DbClient, type TestCms } from './harness';

const ARTICLE = 'api::article.article';
const COMMENT = 'api::comment.comment';
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';
const READER_TABLES = ['reader_view_counts', 'reader_view_marks', 'reader_visitors', 'reader_visit_days', 'reader_salts'];

type Json = Record<string, any>;
type Clock = { setClock(clock: (() => number) | null): void; now(): number };
type FormTokens = { issueCommentToken(keys: readonly string[], nowMs: number): string; COMMENT_TOKEN_LIFETIME_MS: number };

/** A local listener standing in for webhook receivers and the rebuild service: records every request. */
async function startListener() {
  const requests: { path: string; at: number }[] = [];
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      requests.push({ path: req.url ?? '', at: Date.now() });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    async quiet(ms: number, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() - Math.max(0, ...requests.map((r) => r.at)) < ms) {
        if (Date.now() > deadline) throw new Error('Hết thời gian chờ các yêu cầu lắng xuống');
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// Every simulated reader has an address of its own (X-Forwarded-For, trusted with IS_PROXIED).
let lastIp = 0;
const newIp = () => {
  lastIp += 1;
  return `10.${(lastIp >> 16) & 255}.${(lastIp >> 8) & 255}.${lastIp & 255}`;
};

const at = (iso: string) => new Date(iso).getTime();

export function defineInteractionsSuite(client: DbClient): void {
  describe(`reader interactions on ${client}`, () => {
    let cms: TestCms;
    let clock: Clock;
    let tokens: FormTokens;
    let listener: Awaited<ReturnType<typeof startListener>>;
    let skipReason: string | null = null;
    let articles: { documentId: string; title: string }[] = [];
    let draftId: string;

    async function call(
      method: string,
      pathname: string,
      opts: { ip?: string; ua?: string; body?: unknown; token?: string; headers?: Record<string, string> } = {},
    ) {
      const headers: Record<string, string> = { 'X-Forwarded-For': opts.ip ?? newIp(), 'User-Agent': opts.ua ?? BROWSER, ...opts.headers };
      if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
      if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
      const res = await fetch(`${cms.url}${pathname}`, {
        method,
        headers,
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      });
      const text = await res.text();
      let body: Json = {};
      try {
        body = JSON.parse(text);
      } catch {
        /* not JSON */
      }
      return { status: res.status, body, text, headers: res.headers };
    }
    const views = async (id: string) => (await call('GET', `/api/interactions/views/${id}`)).body.data.views as number;
    const stats = async () =>
      (await call('GET', '/api/interactions/stats')).body.data as { total: number; online: number; today: number; yesterday: number };
    const rowCount = async (table: string) =>
      Number(((await cms.strapi.db.connection(table).count({ n: '*' }).first()) as { n: number | string }).n);
    // A token the CMS would have issued `ageMs` ago on its own clock, signed with its APP_KEYS: a
    // reader who opened the form and typed for 15 s.
    const formToken = (ageMs = 15_000) =>
      tokens.issueCommentToken(cms.strapi.config.get('server.app.keys') as string[], clock.now() - ageMs);
    const comment = (overrides: Json = {}) => {
      return {
        data: {
          articleId: articles[0]!.documentId,
          name: 'Nguyễn Văn An',
          email: 'an.nguyen@example.vn',
          text: 'Bài viết rất hay.',
          website: '',
          formToken: formToken(),
          ...overrides,
        },
      };
    };
    const commentCount = () => cms.strapi.db.query(COMMENT).count();

    beforeAll(async () => {
      if (client === 'postgres') skipReason = await postgresUnavailable();
      if (skipReason) {
        console.warn(`Bỏ qua bộ kiểm thử PostgreSQL: ${skipReason}`);
        return;
      }
      listener = await startListener();
      cms = await bootCms(client, {
        IS_PROXIED: 'true',
        REBUILD_WEBHOOK_URL: `${listener.url}/rebuild`,
        REBUILD_WEBHOOK_SECRET: 'bi-mat-kiem-thu',
        NOTIFY_BATCH_MS: '50',
        NOTIFY_RETRY_ATTEMPTS: '1',
      });
      clock = cms.load<Clock>('lib/interactions/clock.js');
      tokens = cms.load<FormTokens>('lib/interactions/comment-token.js');
      // A Strapi webhook on every event, as an integrator would add one in the admin.
      const store = cms.strapi.get('webhookStore') as { createWebhook(d: object): Promise<unknown> };
      const webhook = await store.createWebhook({
        name: 'kiểm thử',
        url: `${listener.url}/strapi-webhook`,
        headers: {},
        events: ['entry.create', 'entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish'],
      });
      (cms.strapi.get('webhookRunner') as { add(w: unknown): void }).add(webhook);
      const published = await cms.strapi.documents(ARTICLE).findMany({ status: 'published', limit: 6, sort: 'id:asc' });
      articles = published.map((a) => ({ documentId: a.documentId, title: a.title as string }));
      expect(articles.length).toBe(6);
      const draft = await cms.strapi.documents(ARTICLE).findFirst({ filters: { title: { $startsWith: 'Bản thảo' } }, status: 'draft' });
      draftId = draft!.documentId;
      expect(await cms.strapi.documents(ARTICLE).findOne({ documentId: draftId, status: 'published' })).toBeNull();
    });
    afterAll(async () => {
      clock?.setClock(null);
      await cms?.stop();
      await listener?.close();
    });

    it('counts 200 concurrent views from 200 distinct visitors exactly: +200', async (ctx) => {
      if (skipReason) return ctx.skip();
      const id = articles[0]!.documentId;
      const before = await views(id);
      const results = await Promise.all(Array.from({ length: 200 }, () => call('POST', `/api/interactions/views/${id}`)));
      expect(results.map((r) => r.status)).toEqual(Array(200).fill(200));
      expect(results.every((r) => r.body.data.counted === true)).toBe(true);
      expect(await views(id)).toBe(before + 200);
      const stored = await cms.strapi.db.connection('reader_view_counts').where({ article_id: id }).first('views');
      expect(Number(stored.views)).toBe(before + 200);
      // SQLite's single writer keeps up thanks to the write-ahead log (config/database.ts).
      if (client === 'sqlite') expect(await cms.strapi.db.connection.raw('pragma journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    });

    it('counts a visitor once per window, even with simultaneous requests, and again after the window', async (ctx) => {
      if (skipReason) return ctx.skip();
      const id = articles[1]!.documentId;
      const reader = { ip: newIp(), ua: BROWSER };
      const start = at('2025-03-10T09:00:00+07:00');
      try {
        clock.setClock(() => start);
        const before = await views(id);
        const burst = await Promise.all(Array.from({ length: 10 }, () => call('POST', `/api/interactions/views/${id}`, reader)));
        expect(burst.filter((r) => r.body.data.counted).length).toBe(1);
        clock.setClock(() => start + 59 * 60_000);
        expect((await call('POST', `/api/interactions/views/${id}`, reader)).body.data.counted).toBe(false);
        expect(await views(id)).toBe(before + 1);
        // Another browser at the same address is another visitor.
        expect((await call('POST', `/api/interactions/views/${id}`, { ip: reader.ip, ua: `${BROWSER} Edg/126.0` })).body.data.counted).toBe(
          true,
        );
        clock.setClock(() => start + 61 * 60_000);
        const later = await call('POST', `/api/interactions/views/${id}`, reader);
        expect(later.body.data.counted).toBe(true);
        expect(later.body.data.views).toBe(before + 3);
      } finally {
        clock.setClock(null);
      }
    });

    it('ignores known bots and prefetches', async (ctx) => {
      if (skipReason) return ctx.skip();
      const id = articles[2]!.documentId;
      const before = await views(id);
      for (const ua of [
        'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
        'facebookexternalhit/1.1',
        'curl/8.5.0',
        '',
      ]) {
        const res = await call('POST', `/api/interactions/views/${id}`, { ua });
        expect(res.status).toBe(200);
        expect(res.body.data.counted).toBe(false);
      }
      const prefetch = await call('POST', `/api/interactions/views/${id}`, { headers: { 'Sec-Purpose': 'prefetch' } });
      expect(prefetch.body.data.counted).toBe(false);
      expect(await views(id)).toBe(before);
    });

    it('answers 404 for a draft or unknown article and 400 for a malformed id, writing nothing', async (ctx) => {
      if (skipReason) return ctx.skip();
      const rows = async () => Promise.all(READER_TABLES.filter((t) => t.startsWith('reader_view')).map(rowCount));
      const before = await rows();
      for (const id of [draftId, 'khongtontaibaivietnaodau']) {
        const res = await call('POST', `/api/interactions/views/${id}`);
        expect(res.status).toBe(404);
        expect(res.body.error.message).toBe('Không tìm thấy bài viết.');
        expect((await call('GET', `/api/interactions/views/${id}`)).status).toBe(404);
      }
      const malformed = await call('POST', `/api/interactions/views/${encodeURIComponent('<script>')}`);
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.message).toBe('Mã bài viết không hợp lệ.');
      expect(await rows()).toEqual(before);
      expect(
        Number((await cms.strapi.db.connection('reader_view_marks').where({ article_id: draftId }).count({ n: '*' }).first())!.n),
      ).toBe(0);
    });

    it('reads the counts of a listing in one request, leaving out drafts; refuses a malformed list', async (ctx) => {
      if (skipReason) return ctx.skip();
      const ids = [articles[0]!.documentId, articles[3]!.documentId, draftId];
      const res = await call('GET', `/api/interactions/views?ids=${ids.join(',')}`);
      expect(res.status).toBe(200);
      expect(Object.keys(res.body.data).sort()).toEqual([articles[0]!.documentId, articles[3]!.documentId].sort());
      expect(res.body.data[articles[0]!.documentId]).toBe(await views(articles[0]!.documentId));
      expect(res.body.data[articles[3]!.documentId]).toBe(0);
      const tooMany = Array.from({ length: 101 }, (_, i) => `a${String(i).padStart(23, '0')}`);
      for (const query of [`ids=${tooMany.join(',')}`, 'ids=', '', 'ids=a;b']) {
        const bad = await call('GET', `/api/interactions/views?${query}`);
        expect(bad.status, query).toBe(400);
        expect(bad.body.error.message).toMatch(/^Danh sách mã bài viết không hợp lệ/);
      }
    });

    it('records views and visits without touching any article: no updatedAt change, no event, no webhook, no rebuild', async (ctx) => {
      if (skipReason) return ctx.skip();
      // The seed published many entries at boot: let those notifications land first.
      await listener.quiet(1500);
      const events: string[] = [];
      const unsubscribe = cms.strapi.eventHub.subscribe((name: string) => {
        events.push(name);
      });
      try {
        // Control: an editor's publish does reach the event hub (which feeds the rebuild notifier)
        // and the webhook, so silence below means nothing was sent, not a deaf listener.
        const controlFrom = listener.requests.length;
        const control = await cms.strapi
          .documents(ARTICLE)
          .create({ data: { title: 'Bài kiểm tra thông báo', body: 'Nội dung', displayDate: '2025-01-02T01:00:00.000Z' } as never });
        await cms.strapi.documents(ARTICLE).publish({ documentId: control.documentId });
        await expect.poll(() => listener.requests.slice(controlFrom).map((r) => r.path), { timeout: 10_000 }).toContain('/strapi-webhook');
        await expect.poll(() => events, { timeout: 10_000 }).toContain('entry.publish');
        await listener.quiet(1000);

        const snapshot = async () =>
          (await cms.strapi.db.query(ARTICLE).findMany({ select: ['id', 'updatedAt', 'publishedAt'], orderBy: { id: 'asc' } })).map((a) =>
            JSON.stringify(a),
          );
        const before = await snapshot();
        events.length = 0;
        const requestsBefore = listener.requests.length;
        await Promise.all(
          articles.flatMap((a) => Array.from({ length: 5 }, () => call('POST', `/api/interactions/views/${a.documentId}`))),
        );
        await Promise.all(Array.from({ length: 10 }, () => call('POST', '/api/interactions/visits')));
        const submitted = await call('POST', '/api/interactions/comments', { body: comment() });
        expect(submitted.status).toBe(201);
        await new Promise((r) => setTimeout(r, 1500));
        expect(events).toEqual([]);
        expect(listener.requests.length).toBe(requestsBefore);
        expect(await snapshot()).toEqual(before);
      } finally {
        unsubscribe();
      }
    });

    it('rolls the statistics over at midnight Asia/Ho_Chi_Minh, counts online as the last 5 minutes, and rotates the salt', async (ctx) => {
      if (skipReason) return ctx.skip();
      const readers = [
        { ip: newIp(), ua: BROWSER },
        { ip: newIp(), ua: BROWSER },
        { ip: newIp(), ua: BROWSER },
      ];
      const visit = async (reader: { ip: string; ua: string }) => (await call('POST', '/api/interactions/visits', reader)).body.data;
      try {
        // 23:58 on 31/12/2024 in Hà Nội is 16:58 UTC: a UTC calendar would not roll over at 00:00 here.
        clock.setClock(() => at('2024-12-31T23:58:00+07:00'));
        const start = await stats();
        expect(start.today).toBe(0);
        for (const r of readers) await visit(r);
        const evening = await visit(readers[0]!); // same session: not a new visit
        expect(evening.today).toBe(3);
        expect(evening.online).toBe(3);
        expect(evening.total).toBe(start.total + 3);

        clock.setClock(() => at('2025-01-01T00:01:00+07:00'));
        const midnight = await stats();
        expect(midnight).toMatchObject({ today: 0, yesterday: 3, total: start.total + 3 });
        // The day's salt changed, so the same reader is a new visitor with a new visit.
        const again = await visit(readers[0]!);
        expect(again.today).toBe(1);
        expect(again.yesterday).toBe(3);
        expect(again.total).toBe(start.total + 4);
        const salts = await cms.strapi.db.connection('reader_salts').select('day');
        expect(salts.map((s: { day: string }) => s.day).filter((d: string) => d < '2025-01-01')).toEqual([]);

        // 00:05:30: the three readers of 23:58 left more than 5 minutes ago; the one of 00:01 did not.
        clock.setClock(() => at('2025-01-01T00:05:30+07:00'));
        expect((await stats()).online).toBe(1);
        clock.setClock(() => at('2025-01-02T08:00:00+07:00'));
        expect(await stats()).toMatchObject({ today: 0, yesterday: 1, online: 0 });
      } finally {
        clock.setClock(null);
      }
    });

    it('stores no client address anywhere', async (ctx) => {
      if (skipReason) return ctx.skip();
      const ip = '203.0.113.77';
      await call('POST', `/api/interactions/views/${articles[4]!.documentId}`, { ip });
      await call('POST', '/api/interactions/visits', { ip });
      expect((await call('POST', '/api/interactions/comments', { ip, body: comment() })).status).toBe(201);
      for (const table of [...READER_TABLES, 'comments']) {
        const rows = await cms.strapi.db.connection(table).select();
        expect(JSON.stringify(rows), table).not.toContain(ip);
      }
    });

    it('stores an XSS payload exactly as typed, returns it only as JSON text, and never shows the email', async (ctx) => {
      if (skipReason) return ctx.skip();
      const article = articles[1]!;
      const payload = '<script>alert("xss")</script><img src=x onerror="alert(1)"> Xem https://lua-dao.example/?a=1&b=2';
      const name = '<b onmouseover=alert(2)>Trần Thị Bình</b>';
      const email = 'binh.tran.bi.mat@example.vn';
      const res = await call('POST', '/api/interactions/comments', {
        body: comment({ articleId: article.documentId, text: payload, name, email }),
      });
      expect(res.status).toBe(201);
      expect(res.text).not.toContain(email);
      const documentId = res.body.data.documentId as string;
      const stored = await cms.strapi.db.query(COMMENT).findOne({ where: { documentId } });
      expect(stored).toMatchObject({
        text: payload,
        name,
        email,
        moderation: 'cho_duyet',
        articleId: article.documentId,
        articleTitle: article.title,
      });
      await cms.strapi.documents(COMMENT).update({ documentId, data: { moderation: 'da_duyet' } });

      const list = await call('GET', `/api/interactions/comments/${article.documentId}`);
      expect(list.status).toBe(200);
      expect(list.headers.get('content-type')).toMatch(/^application\/json/);
      expect(list.headers.get('x-content-type-options')).toBe('nosniff');
      const shown = list.body.data.find((c: Json) => c.documentId === documentId);
      expect(shown).toEqual({ documentId, articleId: article.documentId, name, text: payload, createdAt: expect.any(String) });
      const bulk = await call('GET', '/api/interactions/comments?pagination[pageSize]=100', { token: cms.buildToken });
      expect(bulk.status).toBe(200);
      for (const text of [list.text, bulk.text]) {
        expect(text).not.toContain(email);
        expect(text).not.toContain('"email"');
        expect(text).not.toContain('"status"');
      }
    });

    it('refuses the honeypot, a too-fast form, a missing, forged or expired form token, storing nothing', async (ctx) => {
      if (skipReason) return ctx.skip();
      const before = await commentCount();
      const good = formToken();
      const [issued, nonce, signature] = good.split('.') as [string, string, string];
      const cases: [Json, string][] = [
        [{ website: 'http://spam.example' }, 'bay'],
        [{ formToken: formToken(800) }, 'qua_nhanh'],
        [{ formToken: undefined }, 'thoi_gian'],
        [{ formToken: 'khong-phai-ma' }, 'thoi_gian'],
        // A script that claims an earlier issue time breaks the signature.
        [{ formToken: `${Number(issued) - 60_000}.${nonce}.${signature}` }, 'thoi_gian'],
        // Signed with a key the CMS does not hold.
        [{ formToken: tokens.issueCommentToken(['khoa-la-cua-ke-gia-mao'], clock.now() - 15_000) }, 'thoi_gian'],
        [{ formToken: formToken(tokens.COMMENT_TOKEN_LIFETIME_MS + 60_000) }, 'het_han'],
        // The old client-side timestamps are no longer a way in.
        [{ formToken: undefined, startedAt: clock.now() - 60_000, sentAt: clock.now() }, 'thoi_gian'],
      ];
      for (const [overrides, reason] of cases) {
        const res = await call('POST', '/api/interactions/comments', { body: comment(overrides) });
        expect(res.status, reason).toBe(400);
        expect(res.body.error.details.reason, JSON.stringify(overrides)).toBe(reason);
        expect(res.body.error.message).toMatch(/[ạảãáàâăđêôơư]/);
      }
      const fast = await call('POST', '/api/interactions/comments', { body: comment({ formToken: formToken(800) }) });
      expect(fast.body.error.message).toBe('Bạn gửi quá nhanh. Vui lòng đọc lại bình luận và gửi lại sau vài giây.');
      expect(await commentCount()).toBe(before);
    });

    it('issues the form token over HTTP and measures the fill time from its issue on the server clock', async (ctx) => {
      if (skipReason) return ctx.skip();
      const start = clock.now();
      try {
        clock.setClock(() => start);
        const issued = await call('GET', '/api/interactions/comment-token');
        expect(issued.status).toBe(200);
        expect(issued.headers.get('cache-control')).toContain('no-store');
        const token = issued.body.data.token as string;
        expect(new Date(issued.body.data.expiresAt).getTime()).toBe(start + tokens.COMMENT_TOKEN_LIFETIME_MS);
        // Sent at once: refused, whatever the body claims about time.
        const before = await commentCount();
        const atOnce = await call('POST', '/api/interactions/comments', {
          body: comment({ formToken: token, startedAt: start - 60_000, sentAt: start }),
        });
        expect(atOnce.status).toBe(400);
        expect(atOnce.body.error.details.reason).toBe('qua_nhanh');
        expect(await commentCount()).toBe(before);
        // Four seconds later on the server's clock (minimum 3 s): accepted.
        clock.setClock(() => start + 4_000);
        const later = await call('POST', '/api/interactions/comments', { body: comment({ formToken: token }) });
        expect(later.status).toBe(201);
        // Two hours and a minute later: expired.
        clock.setClock(() => start + tokens.COMMENT_TOKEN_LIFETIME_MS + 60_000);
        const stale = await call('POST', '/api/interactions/comments', { body: comment({ formToken: token }) });
        expect(stale.status).toBe(400);
        expect(stale.body.error.details.reason).toBe('het_han');
      } finally {
        clock.setClock(null);
      }
    });

    it('refuses a 10,000-character comment with 400 and accepts 2,000; validates every field in Vietnamese', async (ctx) => {
      if (skipReason) return ctx.skip();
      const before = await commentCount();
      const long = await call('POST', '/api/interactions/comments', { body: comment({ text: 'ạ'.repeat(10_000) }) });
      expect(long.status).toBe(400);
      expect(long.body.error.message).toBe('Nội dung bình luận không được dài quá 2.000 ký tự.');
      expect(long.body.error.details.field).toBe('text');
      const bad: [Json, string, number][] = [
        [{ name: '   ' }, 'Vui lòng nhập họ tên.', 400],
        [{ name: 'x'.repeat(101) }, 'Họ tên không được dài quá 100 ký tự.', 400],
        [{ email: 'khong-phai-thu' }, 'Địa chỉ thư điện tử không hợp lệ.', 400],
        [{ text: ' \n ' }, 'Vui lòng nhập nội dung bình luận.', 400],
        [{ text: 42 }, 'Vui lòng nhập nội dung bình luận.', 400],
        [{ articleId: 'x' }, 'Mã bài viết không hợp lệ.', 400],
        [{ articleId: draftId }, 'Không tìm thấy bài viết.', 404],
      ];
      for (const [overrides, message, status] of bad) {
        const res = await call('POST', '/api/interactions/comments', { body: comment(overrides) });
        expect(res.status, message).toBe(status);
        expect(res.body.error.message).toBe(message);
      }
      const notJson = await call('POST', '/api/interactions/comments', { body: ['không phải đối tượng'] });
      expect(notJson.status).toBe(400);
      expect(notJson.body.error.message).toBe('Dữ liệu gửi lên không hợp lệ.');
      expect(await commentCount()).toBe(before);
      const exact = await call('POST', '/api/interactions/comments', { body: comment({ text: 'ạ'.repeat(2000), email: '' }) });
      expect(exact.status).toBe(201);
      expect(await commentCount()).toBe(before + 1);
    });

    it('answers 429 to a flooding client while another client is served', async (ctx) => {
      if (skipReason) return ctx.skip();
      const flooder = newIp();
      const statuses: number[] = [];
      let refused: Awaited<ReturnType<typeof call>> | undefined;
      for (let i = 0; i < 8; i++) {
        const res = await call('POST', '/api/interactions/comments', { ip: flooder, body: comment({ text: `Bình luận lặp lại số ${i}` }) });
        statuses.push(res.status);
        if (res.status === 429) refused = res;
      }
      expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429, 429]);
      expect(refused!.body.error.message).toBe('Bạn thao tác quá nhiều lần. Vui lòng thử lại sau ít phút.');
      expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await call('POST', '/api/interactions/comments', { body: comment() })).status).toBe(201);

      // The view endpoint has its own, larger budget per client.
      const id = articles[5]!.documentId;
      const viewFlood = await Promise.all(
        Array.from({ length: 130 }, () => call('POST', `/api/interactions/views/${id}`, { ip: flooder })),
      );
      const counts = viewFlood.reduce<Record<number, number>>((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {});
      expect(counts).toEqual({ 200: 120, 429: 10 });
      expect((await call('POST', `/api/interactions/views/${id}`)).status).toBe(200);
    });

    it('keeps a pending comment private until staff approve it, and hides it again when rejected', async (ctx) => {
      if (skipReason) return ctx.skip();
      const article = articles[2]!;
      const res = await call('POST', '/api/interactions/comments', {
        body: comment({ articleId: article.documentId, text: 'Chờ duyệt rồi mới hiện.' }),
      });
      expect(res.status).toBe(201);
      expect(res.body.data).toEqual({
        documentId: expect.any(String),
        moderation: 'cho_duyet',
        message: 'Cảm ơn bạn! Bình luận đã được gửi và đang chờ ban biên tập duyệt.',
      });
      const id = res.body.data.documentId as string;
      const publicIds = async () =>
        (await call('GET', `/api/interactions/comments/${article.documentId}`)).body.data.map((c: Json) => c.documentId);
      const buildIds = async () => {
        const ids: string[] = [];
        for (let page = 1; ; page++) {
          const body = (
            await call('GET', `/api/interactions/comments?pagination[page]=${page}&pagination[pageSize]=2`, { token: cms.buildToken })
          ).body;
          ids.push(...body.data.map((c: Json) => c.documentId));
          if (page >= body.meta.pagination.pageCount) return ids;
        }
      };
      expect(await publicIds()).not.toContain(id);
      expect(await buildIds()).not.toContain(id);
      // Staff see it in the admin's list, filtered by moderation state, as the content manager asks for it.
      const pending = await cms.strapi.documents(COMMENT).findMany({ filters: { moderation: 'cho_duyet' }, limit: 1000 });
      expect(pending.map((c) => c.documentId)).toContain(id);

      await cms.strapi.documents(COMMENT).update({ documentId: id, data: { moderation: 'da_duyet' } });
      expect(await publicIds()).toContain(id);
      expect(await buildIds()).toContain(id);
      await cms.strapi.documents(COMMENT).update({ documentId: id, data: { moderation: 'tu_choi' } });
      expect(await publicIds()).not.toContain(id);
      expect(await buildIds()).not.toContain(id);
    });

    it('serves every approved comment to the build token only, 100 a page at most', async (ctx) => {
      if (skipReason) return ctx.skip();
      // Anonymous: 401 (the public role holds no permission at all, so Strapi asks for credentials).
      expect((await call('GET', '/api/interactions/comments')).status).toBe(401);
      expect((await call('GET', '/api/interactions/comments', { token: 'khong-phai-token-that' })).status).toBe(401);
      expect((await call('GET', '/api/interactions/comments', { token: cms.previewToken })).status).toBe(403);
      const approved = await cms.strapi.db.query(COMMENT).count({ where: { moderation: 'da_duyet' } });
      expect(approved).toBeGreaterThan(0);
      const page = await call('GET', '/api/interactions/comments?pagination[page]=1&pagination[pageSize]=100', { token: cms.buildToken });
      expect(page.status).toBe(200);
      expect(page.body.meta.pagination).toEqual({ page: 1, pageSize: 100, pageCount: Math.ceil(approved / 100), total: approved });
      expect(page.body.data.length).toBe(Math.min(approved, 100));
      const tooBig = await call('GET', '/api/interactions/comments?pagination[pageSize]=101', { token: cms.buildToken });
      expect(tooBig.status).toBe(400);
      expect(tooBig.body.error.message).toMatch(/tối đa 100/);
      // A comment's article must be published for its public list.
      expect((await call('GET', `/api/interactions/comments/${draftId}`)).status).toBe(404);
    });

    it('keeps every count across a restart', async (ctx) => {
      if (skipReason) return ctx.skip();
      const ids = articles.map((a) => a.documentId);
      const countsBefore = (await call('GET', `/api/interactions/views?ids=${ids.join(',')}`)).body.data;
      const statsBefore = await stats();
      const commentsBefore = await commentCount();
      expect(countsBefore[ids[0]!]).toBeGreaterThanOrEqual(200);
      await cms.restart();
      expect((await call('GET', `/api/interactions/views?ids=${ids.join(',')}`)).body.data).toEqual(countsBefore);
      expect(await stats()).toMatchObject({ total: statsBefore.total, today: statsBefore.today, yesterday: statsBefore.yesterday });
      expect(await commentCount()).toBe(commentsBefore);
      const next = await call('POST', `/api/interactions/views/${ids[0]}`);
      expect(next.body.data.views).toBe(countsBefore[ids[0]!] + 1);
    });
  });
}
