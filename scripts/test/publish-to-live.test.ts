// End to end, nothing faked: the real Strapi (booted in this process by the CMS suite's harness),
// the real rebuild service (its own process, as systemd or `npm start` runs it) and the real
// Astro build of site/. An editor's clicks are the admin API calls the admin panel makes.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../src/lib/paths.ts';
import { adminApi, spawnRebuildService, type Json } from './live-service.ts';
import { until as untilTruthy } from './until.ts';

// The CMS suite's harness, loaded by path so that this package's type check leaves the CMS's
// test code (CommonJS, its own tsconfig) alone.
interface TestCms {
  stop(): Promise<void>;
}
interface Harness {
  bootCms(client: 'sqlite', env: Record<string, string>): Promise<TestCms>;
  freePort(): Promise<number>;
}
const harnessFile = path.join(ROOT, 'cms', 'test', 'harness.ts');

const SECRET = 'e2e-khoa-bi-mat-dich-vu-dung-lai-0123456789';
const PREVIEW_SECRET = 'e2e-khoa-ky-lien-ket-xem-truoc-0123456789';
const ARTICLES = '/content-manager/collection-types/api::article.article';
// A build of the sample site takes about a minute on a 2-core machine; more while other suites run.
const BUILD_TIMEOUT = 420_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const until = <T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = BUILD_TIMEOUT, everyMs = 250) =>
  untilTruthy(what, check, timeoutMs, everyMs);

/**
 * The road from the rebuild service to the CMS, which a test can cut: the CMS keeps running (the
 * editor still publishes), but the site build cannot reach it, as when the CMS restarts or the
 * network between two machines drops.
 */
function cmsRoad(target: number) {
  let server: net.Server | null = null;
  let port = 0;
  const sockets = new Set<net.Socket>();
  return {
    port: () => port,
    open: () =>
      new Promise<void>((resolve) => {
        server = net.createServer((client) => {
          const upstream = net.connect(target, '127.0.0.1');
          const drop = () => {
            client.destroy();
            upstream.destroy();
            sockets.delete(client);
            sockets.delete(upstream);
          };
          sockets.add(client);
          sockets.add(upstream);
          client.on('error', drop).on('close', drop);
          upstream.on('error', drop).on('close', drop);
          client.pipe(upstream).pipe(client);
        });
        server.listen(port, '127.0.0.1', () => {
          port = (server!.address() as net.AddressInfo).port;
          resolve();
        });
      }),
    cut: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        if (!server) return resolve();
        server.close(() => resolve());
        server = null;
      }),
  };
}

describe('publish to live, end to end', { timeout: BUILD_TIMEOUT + 60_000 }, () => {
  let cms: TestCms;
  // The harness picks its own port; this test needs the CMS's address before it boots.
  let cmsUrl: string;
  let service: ChildProcess;
  let serviceLog: () => string;
  let dataDir: string;
  let hookUrl: string;
  let statusUrl: string;
  let siteUrl: string;
  let previewUrl: string;
  let admin: Awaited<ReturnType<typeof adminApi>>;
  let road: ReturnType<typeof cmsRoad>;

  const status = async (): Promise<Json> => (await fetch(statusUrl)).json() as Promise<Json>;
  const idle = (s: Json) =>
    !s.queue.building && !s.queue.followUpQueued && s.queue.pendingChanges === 0 && s.retry.attempts === 0 && s.retry.pending.length === 0;
  const waitIdle = () =>
    until('dịch vụ dựng lại rảnh', async () => {
      const s = await status();
      return idle(s) && s;
    });
  const get = async (pathname: string) => {
    const res = await fetch(`${siteUrl}${pathname}`);
    return { status: res.status, html: await res.text() };
  };
  const home = () => get('/');
  /** The live release's search data, as readers' browsers fetch it (Pagefind's gzipped fragments). */
  const searchData = () => {
    const dir = path.join(dataDir, 'live', 'client', 'pagefind');
    return (fs.readdirSync(dir, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.pf_fragment'))
      .map((f) => zlib.gunzipSync(fs.readFileSync(path.join(dir, f))).toString('utf8'))
      .join('\n');
  };
  /** Where an article can be found on the served site: its page, the sitemap, the RSS feed, search. */
  const presence = async (slug: string) => ({
    page: (await get(`/bai-viet/${slug}/`)).status,
    sitemap: (await get('/sitemap-0.xml')).html.includes(`/bai-viet/${slug}/`),
    rss: (await get('/rss.xml')).html.includes(`/bai-viet/${slug}/`),
    search: searchData().includes(`/bai-viet/${slug}/`),
  });
  const article = (title: string, extra: Json = {}) => ({
    title,
    body: `Nội dung bài "${title}".`,
    displayDate: new Date().toISOString(),
    ...extra,
  });
  const createDraft = async (data: Json) => (await admin('POST', ARTICLES, data)).data as Json;
  const publish = (doc: Json, data: Json) => admin('POST', `${ARTICLES}/${doc.documentId}/actions/publish`, data);
  const unpublish = (doc: Json) => admin('POST', `${ARTICLES}/${doc.documentId}/actions/unpublish`, {});

  beforeAll(async () => {
    const { bootCms, freePort } = (await import(harnessFile)) as Harness;
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-e2e-var-'));
    const [cmsPort, rebuildPort, sitePort, previewPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
    previewUrl = `http://127.0.0.1:${previewPort}`;
    cmsUrl = `http://127.0.0.1:${cmsPort}`;
    hookUrl = `http://127.0.0.1:${rebuildPort}/hooks/rebuild`;
    statusUrl = `http://127.0.0.1:${rebuildPort}/status`;
    siteUrl = `http://127.0.0.1:${sitePort}`;
    const buildToken = 'e2e-build-token-'.padEnd(64, '0');
    const previewToken = 'e2e-preview-token-'.padEnd(64, '0');
    road = cmsRoad(cmsPort);
    await road.open();

    // The service first, so that the CMS's notifications of its first start reach it; no build
    // at start: the first build is the one those notifications cause.
    ({ child: service, log: serviceLog } = spawnRebuildService({
      ENV_FILE: path.join(dataDir, 'khong-co.env'),
      CMS_URL: `http://127.0.0.1:${road.port()}`,
      STRAPI_BUILD_TOKEN: buildToken,
      STRAPI_PREVIEW_TOKEN: previewToken,
      SITE_URL: siteUrl,
      // Small, so that the test of a lost publish sees a few tries.
      REBUILD_RETRY_BASE_MS: '500',
      REBUILD_RETRY_MAX_MS: '2000',
      REBUILD_WEBHOOK_SECRET: SECRET,
      REBUILD_PORT: String(rebuildPort),
      SITE_PORT: String(sitePort),
      SITE_HOST: '127.0.0.1',
      REBUILD_DATA_DIR: dataDir,
      REBUILD_ON_START: 'false',
      // This suite is about the full build (debounce, retries, checks, swap); the fast lane in
      // front of it has its own end-to-end suite (fast-lane-live.test.ts).
      REBUILD_FAST_LANE: 'false',
      REBUILD_QUIET_BUILD: 'true',
      PREVIEW_SECRET,
      PREVIEW_PORT: String(previewPort),
      PREVIEW_HOST: '127.0.0.1',
    }));
    await until('dịch vụ dựng lại khởi động', async () => (await fetch(statusUrl).catch(() => null))?.ok, 30_000);

    cms = await bootCms('sqlite', {
      PORT: String(cmsPort),
      STRAPI_BUILD_TOKEN: buildToken,
      STRAPI_PREVIEW_TOKEN: previewToken,
      REBUILD_WEBHOOK_URL: hookUrl,
      REBUILD_WEBHOOK_SECRET: SECRET,
      NOTIFY_BATCH_MS: '300',
      CRON_PUBLISH_RULE: '* * * * * *',
      PREVIEW_URL: previewUrl,
      PREVIEW_SECRET,
    });
    admin = await adminApi(cmsUrl);

    const first = await until('bản dựng đầu tiên từ thông báo của CMS', async () => {
      const s = await status();
      return idle(s) && s.live.release && s;
    });
    expect(first.lastBuild.result, serviceLog().slice(-3000)).toBe('success');
  });

  afterAll(async () => {
    // Kept for whoever investigates a failure: the service's own account of every build.
    const logFile = path.join(os.tmpdir(), 'dbk-rebuild-e2e.log');
    fs.writeFileSync(logFile, serviceLog());
    console.log(`Nhật ký dịch vụ dựng lại: ${logFile}`);
    service?.kill('SIGTERM');
    await road?.cut();
    await cms?.stop().catch(() => undefined);
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  let published: { doc: Json; title: string };

  it('an article published in the admin is on the home page within the debounce plus a build', async () => {
    const before = await status();
    const title = `Hội nghị Ban Chấp hành Đảng bộ Khối lần thứ ${Date.now() % 100000}`;
    const data = article(title);
    const doc = await createDraft(data);
    const clicked = Date.now();
    await publish(doc, data);
    await until('bài mới trên trang chủ', async () => (await home()).html.includes(title) && true);
    const ms = Date.now() - clicked;
    const after = await status();
    console.log(
      `[đo] xuất bản → trang công khai: ${(ms / 1000).toFixed(1)} giây (bản dựng ${(after.lastBuild.durationMs / 1000).toFixed(1)} giây)`,
    );
    expect(after.live.release).not.toBe(before.live.release);
    expect(after.live.counts.articles).toBe(before.live.counts.articles + 1);
    expect(after.lastBuild.result).toBe('success');
    expect(await presence(doc.slug)).toEqual({ page: 200, sitemap: true, rss: true, search: true });
    published = { doc, title };
  });

  it("the live release's preview server shows an edited draft; the public page keeps the published text", async () => {
    // Restarted from the new release after each swap (about a second without previews).
    const s = await until(
      'máy chủ xem trước của bản đang chạy',
      async () => {
        const s = await status();
        return s.preview?.release === s.live.release && s;
      },
      30_000,
    );
    expect(s.preview.port).toBe(Number(new URL(previewUrl).port));
    const draftTitle = `${published.title} (bản sửa chưa xuất bản)`;
    await admin('PUT', `${ARTICLES}/${published.doc.documentId}`, article(draftTitle));
    const link = (
      await admin('GET', `/content-manager/preview/url/api::article.article?documentId=${published.doc.documentId}&status=draft`)
    ).data.url as string;
    expect(link.startsWith(`${previewUrl}/xem-truoc/bai-viet/`)).toBe(true);
    const preview = await fetch(link);
    const html = await preview.text();
    expect(preview.status, html.slice(0, 500)).toBe(200);
    expect(html).toContain(draftTitle);
    expect(html).toContain('Bản xem trước');
    expect((await fetch(link.replace(/sig=[0-9a-f]+/, `sig=${'f'.repeat(64)}`))).status).toBe(404);
    const page = await get(`/bai-viet/${published.doc.slug}/`);
    expect(page.html).toContain(published.title);
    expect(page.html).not.toContain(draftTitle);
    await sleep(1500);
    expect((await status()).queue.pendingChanges, 'a draft save notifies nobody').toBe(0);
  });

  it('an unpublished article is gone from the home page, its own page, the sitemap, RSS and search', async () => {
    const clicked = Date.now();
    await unpublish(published.doc);
    await until('bài đã gỡ biến khỏi trang chủ', async () => {
      const page = await home();
      return page.status === 200 && !page.html.includes(published.title);
    });
    console.log(`[đo] gỡ xuất bản → biến khỏi trang công khai: ${((Date.now() - clicked) / 1000).toFixed(1)} giây`);
    await waitIdle();
    expect(await presence(published.doc.slug)).toEqual({ page: 404, sitemap: false, rss: false, search: false });
  });

  it('a published party document marked secret in the admin is gone from every file of the live release', async () => {
    // A token found nowhere else, in the excerpt (lists, home, search) and the full text (its page).
    const token = `matvanban${Date.now()}`;
    const DOCUMENTS = '/content-manager/collection-types/api::party-document.party-document';
    const data = {
      documentNumber: `77-TB/ĐUK`,
      kind: 'thong_bao',
      issuingBody: 'Đảng ủy Khối',
      issueDate: '2024-07-02',
      excerpt: `Thông báo nội bộ ${token} về công tác bảo vệ chính trị nội bộ`,
      fullText: `Toàn văn ${token}.`,
    };
    const doc = (await admin('POST', DOCUMENTS, data)).data as Json;
    await admin('POST', `${DOCUMENTS}/${doc.documentId}/actions/publish`, data);
    await until('văn bản mới trên /van-ban/', async () => (await get('/van-ban/')).html.includes(token) && true);
    await waitIdle();
    /** Every file of the live release that mentions the token, Pagefind's gzipped files opened. */
    const filesWithToken = () => {
      const root = path.join(dataDir, 'live', 'client');
      return (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => {
        const file = path.join(root, f);
        if (!fs.statSync(file).isFile()) return false;
        const bytes = fs.readFileSync(file);
        let text = bytes.toString('utf8');
        try {
          text += zlib.gunzipSync(bytes).toString('utf8');
        } catch {
          // not gzipped
        }
        return text.includes(token);
      });
    };
    const before = filesWithToken();
    expect(before).toEqual(expect.arrayContaining([`van-ban/${doc.slug}/index.html`, 'van-ban/index.html', 'index.html']));
    expect(
      before.some((f) => f.startsWith('pagefind/')),
      'the scan reads the search fragments',
    ).toBe(true);

    // The editor ticks "Văn bản mật" on the published document and presses "Lưu".
    const form = (await admin('GET', `${DOCUMENTS}/${doc.documentId}`)).data as Json;
    await admin('PUT', `${DOCUMENTS}/${doc.documentId}`, { ...form, secret: true });
    expect(
      (
        await fetch(`${cmsUrl}/api/party-documents/${doc.documentId}`, {
          headers: { Authorization: `Bearer ${process.env.STRAPI_BUILD_TOKEN}` },
        })
      ).status,
    ).toBe(404);
    await until('văn bản mật biến khỏi /van-ban/', async () => !(await get('/van-ban/')).html.includes(token) && true);
    await waitIdle();
    expect(filesWithToken()).toEqual([]);
    expect((await get(`/van-ban/${doc.slug}/`)).status).toBe(404);
  });

  it('20 publishes in 10 seconds give at most 2 builds, and the last one is live', async () => {
    const drafts = [];
    for (let i = 0; i < 20; i++) {
      const data = article(`Tin loạt ${i + 1}/20 về công tác xây dựng Đảng`, {
        displayDate: new Date(Date.now() + i * 1000).toISOString(),
      });
      drafts.push({ doc: await createDraft(data), data });
    }
    const before = await waitIdle();
    const started = Date.now();
    for (const [i, { doc, data }] of drafts.entries()) {
      await publish(doc, data);
      await sleep(Math.max(0, started + 500 * (i + 1) - Date.now()));
    }
    const publishing = Date.now() - started;
    expect(publishing).toBeLessThan(11_000);
    await until('tin cuối của loạt trên trang chủ', async () => (await home()).html.includes('Tin loạt 20/20') && true);
    const after = await waitIdle();
    const builds = after.builds.started - before.builds.started;
    console.log(`[đo] 20 lần xuất bản trong ${(publishing / 1000).toFixed(1)} giây → ${builds} lần dựng`);
    expect(builds).toBeGreaterThanOrEqual(1);
    expect(builds).toBeLessThanOrEqual(2);
    expect(after.live.counts.articles).toBe(before.live.counts.articles + 20);
  });

  it('a webhook with a wrong or missing secret gets 401 and builds nothing', async () => {
    const before = await waitIdle();
    const body = JSON.stringify({ event: 'entry.publish', changes: [{ event: 'entry.publish', uid: 'api::article.article' }] });
    for (const headers of [{ 'X-Rebuild-Secret': 'doan-mo' }, {}] as Record<string, string>[]) {
      const res = await fetch(hookUrl, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
      expect(res.status).toBe(401);
    }
    const malformed = await fetch(hookUrl, { method: 'POST', headers: { 'X-Rebuild-Secret': SECRET }, body: '{không phải json' });
    expect(malformed.status).toBe(400);
    await sleep(before.settings.debounceMs + 1500);
    const after = await status();
    expect(after.builds.started).toBe(before.builds.started);
    expect(after.queue.pendingChanges).toBe(0);
    expect(after.live.release).toBe(before.live.release);
  });

  // One build serves two checks (each build of the sample site takes about a minute here).
  it('a scheduled draft goes live at its time with no one clicking, and readers looping over pages during that build and swap never get an error or an empty page', async () => {
    const before = await waitIdle();
    const title = 'Tin hẹn giờ: Kỷ niệm ngày thành lập Đảng bộ Khối';
    let reading = true;
    const failures: string[] = [];
    let requests = 0;
    let seenNew = 0;
    const reader = async () => {
      while (reading) {
        for (const p of ['/', '/sitemap-index.xml', '/build-info.json']) {
          try {
            const res = await fetch(`${siteUrl}${p}`);
            const text = await res.text();
            requests++;
            if (res.status !== 200 || text.trim().length === 0) failures.push(`${p}: HTTP ${res.status}, ${text.length} byte`);
            if (p === '/' && !text.includes('</html>')) failures.push(`${p}: trang không trọn vẹn`);
            if (p === '/' && text.includes(title)) seenNew++;
          } catch (e) {
            failures.push(`${p}: ${(e as Error).message}`);
          }
        }
      }
    };
    const readers = [reader(), reader(), reader()];
    const at = new Date(Date.now() + 4000);
    await createDraft(article(title, { publishAt: at.toISOString() }));
    await sleep(2000);
    expect(seenNew, 'chưa đến giờ').toBe(0);
    await until('tin hẹn giờ qua mắt người đọc', async () => seenNew > 0);
    expect(Date.now()).toBeGreaterThanOrEqual(at.getTime());
    // Keep reading across the moment the swap happened and a little after.
    await sleep(500);
    reading = false;
    await Promise.all(readers);
    const after = await waitIdle();
    expect(after.live.release).not.toBe(before.live.release);
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThan(50);
  });

  it('`npm run rollback` serves the previous release again', async () => {
    const before = await waitIdle();
    expect(before.releases.length).toBeGreaterThanOrEqual(2);
    const previous = before.releases[before.releases.indexOf(before.live.release) - 1];
    const out = await new Promise<{ code: number | null; text: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'src', 'rollback.ts')], {
        cwd: ROOT,
        env: { PATH: process.env.PATH, REBUILD_DATA_DIR: dataDir, ENV_FILE: path.join(dataDir, 'khong-co.env') },
      });
      let text = '';
      child.stdout.on('data', (c: Buffer) => (text += c));
      child.stderr.on('data', (c: Buffer) => (text += c));
      child.once('exit', (code) => resolve({ code, text }));
    });
    expect(out.code, out.text).toBe(0);
    expect(out.text).toContain(`Đã quay lại bản ${previous}`);
    expect(out.text).toContain(`Đã báo dịch vụ dựng lại (pid ${service.pid})`);
    const after = await status();
    expect(after.live.release).toBe(previous);
    // The preview server follows: restarted on the rolled-back release, and answering.
    const previewed = await until(
      'máy chủ xem trước chạy bản đã quay lại',
      async () => {
        const s = await status();
        return s.preview.release === previous && s.preview.healthy && s;
      },
      60_000,
    );
    expect(previewed.preview.problem).toBeNull();
    const page = await home();
    expect(page.status).toBe(200);
    expect(page.html).not.toContain('Tin hẹn giờ: Kỷ niệm ngày thành lập Đảng bộ Khối');
    expect(page.html).toContain('Tin loạt 20/20');
  });

  it('a publish whose build fails (CMS unreachable) is retried until it is live, with no one acting; the live site stays as it was meanwhile', async () => {
    const before = await waitIdle();
    const liveHtml = (await home()).html;
    const title = `Tin xuất bản khi CMS mất kết nối ${Date.now() % 100000}`;
    const data = article(title);
    const doc = await createDraft(data);
    await road.cut();
    // The editor publishes as usual: the CMS answers them, only the build cannot reach it.
    await publish(doc, data);

    const failing = await until('hai lần dựng thất bại, lần thử tiếp theo đã hẹn', async () => {
      const s = await status();
      return s.retry.attempts >= 2 && !s.queue.building && s.retry.nextTryAt && s;
    });
    expect(failing.lastBuild.result).toBe('failure');
    expect(failing.retry.lastError).toBe(failing.lastBuild.error);
    expect(failing.retry.lastError).toMatch(/thất bại|không đạt|kết nối/i);
    expect(failing.retry.pending.length).toBeGreaterThan(0);
    expect(failing.retry.pending.join(' ')).toMatch(/thay đổi từ CMS/);
    expect(failing.builds.failed - before.builds.failed).toBeGreaterThanOrEqual(2);
    expect(failing.live.release).toBe(before.live.release);
    expect(failing.lastSuccess.id).toBe(before.lastSuccess.id);
    expect(failing.releases).toEqual(before.releases);
    expect(
      fs
        .readdirSync(path.join(dataDir, 'releases'))
        .filter((n) => !n.endsWith('.json'))
        .sort(),
    ).toEqual([...before.releases].sort());
    const page = await home();
    expect(page.status).toBe(200);
    expect(page.html).toBe(liveHtml);
    expect(serviceLog()).toMatch(/LỖI: Dựng .* thất bại, trang công khai giữ nguyên bản/);
    expect(serviceLog()).toMatch(/được giữ lại; thử dựng lại lần \d+/);

    // The CMS is reachable again; nobody publishes, clicks or restarts anything.
    await road.open();
    await until('bài lên trang chủ khi CMS trả lời lại', async () => (await home()).html.includes(title) && true);
    const after = await waitIdle();
    expect(after.retry).toEqual({ pending: [], attempts: 0, lastError: null, nextTryAt: null });
    expect(after.lastBuild.result).toBe('success');
    expect(after.live.release).not.toBe(before.live.release);
    expect(await presence(doc.slug)).toEqual({ page: 200, sitemap: true, rss: true, search: true });
  });

  it('killed with SIGKILL, the service takes its preview server with it', async () => {
    const s = await until(
      'máy chủ xem trước khỏe',
      async () => {
        const s = await status();
        return s.preview.healthy && s;
      },
      60_000,
    );
    const previewPid = (JSON.parse(fs.readFileSync(path.join(dataDir, 'run', 'preview.pid'), 'utf8')) as { pid: number }).pid;
    expect(fs.readFileSync(`/proc/${previewPid}/cmdline`, 'utf8')).toContain(path.join(s.live.release, 'server', 'entry.mjs'));
    service.kill('SIGKILL');
    await until(
      'máy chủ xem trước dừng theo',
      async () => {
        try {
          process.kill(previewPid, 0);
          return false;
        } catch {
          return true;
        }
      },
      30_000,
    );
    expect(
      await fetch(previewUrl).then(
        () => 'trả lời',
        () => 'không trả lời',
      ),
    ).toBe('không trả lời');
  });
});
