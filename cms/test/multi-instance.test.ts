// Two CMS instances on one PostgreSQL database and one Redis, as behind a load balancer: one
// booted by the harness in this process, the other a separate process (test/cms-instance.mts) on
// the same database and environment. What readers and the cron do must come out as if there were
// one instance: one rate budget per client, every view counted exactly once, a scheduled
// publish done once.
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms, CMS_DIR, freePort, postgresUnavailable, type TestCms } from './harness';
import { startRecorder, waitFor, waitQuiet, type Recorder } from './http-recorder';

const ARTICLE = 'api::article.article';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';
const PUBLISHED_LOG = 'Hẹn giờ xuất bản: đã xuất bản';

async function redisUnavailable(): Promise<string | null> {
  const r = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  r.on('error', () => undefined);
  try {
    await r.connect();
    return (await r.ping()) === 'PONG' ? null : 'Redis không trả lời PING';
  } catch (e) {
    return `Redis không trả lời tại ${REDIS_URL}: ${(e as Error).message}`;
  } finally {
    r.disconnect();
  }
}

describe('several CMS instances on one PostgreSQL and Redis', () => {
  let skipReason: string | null = null;
  let a: TestCms;
  let b: { url: string; proc: ChildProcess; output: string[] };
  let rebuild: Recorder;
  let articleIds: string[];
  const prefix = `dbk_test_${randomBytes(6).toString('hex')}`;
  const logA: string[] = [];

  beforeAll(async () => {
    skipReason = (await postgresUnavailable()) ?? (await redisUnavailable());
    if (skipReason) return console.warn(`Bỏ qua bộ kiểm thử nhiều phiên bản CMS: ${skipReason}`);
    rebuild = await startRecorder();
    a = await bootCms('postgres', {
      IS_PROXIED: 'true',
      REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      CRON_ENABLED: 'true',
      CRON_PUBLISH_RULE: '* * * * * *',
      REBUILD_WEBHOOK_URL: `${rebuild.url}/hooks/rebuild`,
      REBUILD_WEBHOOK_SECRET: 'bi-mat-nhieu-phien-ban',
      NOTIFY_BATCH_MS: '200',
    });
    const info = a.strapi.log.info.bind(a.strapi.log);
    a.strapi.log.info = ((message: string, ...rest: unknown[]) => {
      logA.push(String(message));
      return info(message, ...(rest as []));
    }) as typeof a.strapi.log.info;

    // The second instance: same database, secrets and Redis (inherited from the environment the
    // harness set), its own port; the seed ran already in the first one.
    const port = await freePort();
    const output: string[] = [];
    const proc = fork(path.join(CMS_DIR, 'test', 'cms-instance.mts'), [], {
      cwd: CMS_DIR,
      env: { ...process.env, PORT: String(port), SEED_SAMPLE_CONTENT: 'false' },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    for (const stream of [proc.stdout!, proc.stderr!]) stream.on('data', (c: Buffer) => output.push(c.toString('utf8')));
    await new Promise<void>((resolve, reject) => {
      proc.once('message', (m) => (m === 'READY' ? resolve() : reject(new Error(String(m)))));
      proc.once('exit', (code) => reject(new Error(`Phiên bản CMS thứ hai dừng (mã ${code}):\n${output.join('')}`)));
    });
    b = { url: `http://127.0.0.1:${port}`, proc, output };

    const published = await a.strapi.documents(ARTICLE).findMany({ status: 'published', limit: 3, sort: 'id:asc' });
    articleIds = published.map((d) => d.documentId);
    // The seed's own notifications at boot must be over before the scheduled publish is counted.
    await waitQuiet([rebuild], 1500);
  });

  afterAll(async () => {
    if (b?.proc.exitCode === null) {
      const exited = new Promise((resolve) => b.proc.once('exit', resolve));
      b.proc.send('STOP');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
      if (b.proc.exitCode === null) b.proc.kill('SIGKILL');
    }
    await a?.stop();
    await rebuild?.close();
    if (!skipReason) {
      const r = new Redis(REDIS_URL);
      const keys = await r.keys(`${prefix}:*`);
      if (keys.length) await r.del(...keys);
      r.disconnect();
    }
  });

  const instances = () => [a.url, b.url];
  const view = (base: string, articleId: string, ip: string) =>
    fetch(`${base}/api/interactions/views/${articleId}`, { method: 'POST', headers: { 'X-Forwarded-For': ip, 'User-Agent': BROWSER } });
  const views = async (articleId: string) =>
    ((await (await fetch(`${a.url}/api/interactions/views/${articleId}`, { headers: { 'User-Agent': BROWSER } })).json()) as any).data
      .views as number;

  it("holds a client's rate limit across both instances", async (ctx) => {
    if (skipReason) return ctx.skip();
    const ip = '198.51.100.7';
    // The record bucket allows 120 a minute per client: spend it alternately on both instances.
    const statuses: number[] = [];
    for (let i = 0; i < 120; i++) statuses.push((await view(instances()[i % 2]!, articleIds[0]!, ip)).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(120);
    // The 121st is refused whichever instance it reaches.
    for (const base of instances()) {
      const refused = await view(base, articleIds[0]!, ip);
      expect(refused.status, base).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await refused.json()) as any).error.message).toBe('Bạn thao tác quá nhiều lần. Vui lòng thử lại sau ít phút.');
    }
    // Another client is still served by both.
    for (const base of instances()) expect((await view(base, articleIds[0]!, '198.51.100.8')).status).toBe(200);
    // The budget lives in Redis under this install's prefix.
    const r = new Redis(REDIS_URL);
    expect((await r.keys(`${prefix}:rl:record*`)).length).toBeGreaterThan(0);
    r.disconnect();
  });

  it('counts 200 concurrent views split across both instances exactly', async (ctx) => {
    if (skipReason) return ctx.skip();
    const id = articleIds[1]!;
    const before = await views(id);
    const answers = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        // Every request a different reader, half of them on each instance.
        const res = await view(instances()[i % 2]!, id, `203.0.113.${i}`);
        return { status: res.status, body: (await res.json()) as any };
      }),
    );
    expect(answers.map((x) => x.status)).toEqual(Array(200).fill(200));
    expect(answers.every((x) => x.body.data.counted === true)).toBe(true);
    expect(await views(id)).toBe(before + 200);
    // The counter row itself, read from the database both instances share.
    const row = (await a.strapi.db.connection('reader_view_counts').where({ article_id: id }).first('views')) as { views: number | string };
    expect(Number(row.views)).toBe(before + 200);
  });

  it('publishes a scheduled draft once, though both instances run the cron every second', async (ctx) => {
    if (skipReason) return ctx.skip();
    rebuild.clear();
    const at = new Date(Date.now() + 2500).toISOString();
    const draft = await a.strapi.documents(ARTICLE).create({
      data: {
        title: 'Tin hẹn giờ trên hai phiên bản CMS',
        body: 'Nội dung hẹn giờ',
        displayDate: new Date().toISOString(),
        publishAt: at,
      } as never,
    });
    const published = await waitFor(
      'bài hẹn giờ được xuất bản',
      () => a.strapi.documents(ARTICLE).findOne({ documentId: draft.documentId, status: 'published' }),
      20_000,
    );
    // Let every later tick of both crons pass, and the notifications land.
    await waitFor('thông báo xuất bản theo lịch', () => rebuild.requests.length > 0 || undefined, 10_000);
    await new Promise((r) => setTimeout(r, 3000));
    await waitQuiet([rebuild], 1000);

    const logged = [...logA, ...b.output.join('').split('\n')].filter(
      (l) => l.includes(PUBLISHED_LOG) && l.includes('Tin hẹn giờ trên hai phiên bản CMS'),
    );
    expect(logged, `một lần xuất bản trên cả hai phiên bản:\n${logged.join('\n')}`).toHaveLength(1);
    const notified = rebuild.requests
      .flatMap((q) => (q.body?.changes ?? []) as any[])
      .filter((c) => c.event === 'entry.publish' && c.documentId === draft.documentId);
    expect(notified, 'một thông báo dựng lại').toHaveLength(1);
    const again = await a.strapi.documents(ARTICLE).findOne({ documentId: draft.documentId, status: 'published' });
    expect(again!.publishedAt).toBe(published.publishedAt);
    expect(again!.publishAt).toBeNull();
  });
});
