// The fast lane end to end, nothing faked: the real Strapi (the CMS suite's harness), the real
// rebuild service in its own process, the real Astro build of site/ in fast mode (SITE_FAST_BASE,
// site/src/integrations), the assembly, the checks, the swap and the full build that follows.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../src/lib/paths.ts';
import { adminApi, spawnRebuildService, type Json } from './live-service.ts';
import { until as untilTruthy } from './until.ts';

interface Harness {
  bootCms(client: 'sqlite', env: Record<string, string>): Promise<{ stop(): Promise<void> }>;
  freePort(): Promise<number>;
}
const harnessFile = path.join(ROOT, 'cms', 'test', 'harness.ts');

const SECRET = 'e2e-khoa-bi-mat-lan-nhanh-0123456789abcdef';
const ARTICLES = '/content-manager/collection-types/api::article.article';
const BUILD_TIMEOUT = 420_000;
// Short, so that the full build behind the fast releases comes within the test.
const FULL_QUIET_MS = 20_000;

const until = <T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = BUILD_TIMEOUT) =>
  untilTruthy(what, check, timeoutMs, 250);

/** Every file of a client folder as readers get it (links followed), but the search index and the build time. */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const rel of fs.readdirSync(dir, { recursive: true }) as string[]) {
    if (/^(pagefind|pagefind-delta)(\/|$)/.test(rel) || rel === 'build-info.json') continue;
    const full = path.join(dir, rel);
    if (fs.statSync(full).isFile()) out.set(rel, fs.readFileSync(full));
  }
  return out;
}

describe('the fast lane, end to end', { timeout: BUILD_TIMEOUT + 60_000 }, () => {
  let cms: { stop(): Promise<void> };
  let cmsUrl: string;
  let service: ChildProcess;
  let serviceLog: () => string;
  let dataDir: string;
  let statusUrl: string;
  let siteUrl: string;
  let admin: Awaited<ReturnType<typeof adminApi>>;

  const status = async (): Promise<Json> => (await fetch(statusUrl)).json() as Promise<Json>;
  const idle = (s: Json) => !s.queue.building && !s.queue.followUpQueued && s.queue.pendingChanges === 0;
  const page = async (p: string) => (await fetch(`${siteUrl}${p}`)).status;

  beforeAll(async () => {
    const { bootCms, freePort } = (await import(harnessFile)) as Harness;
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-e2e-nhanh-'));
    const [cmsPort, rebuildPort, sitePort] = [await freePort(), await freePort(), await freePort()];
    cmsUrl = `http://127.0.0.1:${cmsPort}`;
    statusUrl = `http://127.0.0.1:${rebuildPort}/status`;
    siteUrl = `http://127.0.0.1:${sitePort}`;
    const buildToken = 'e2e-build-token-'.padEnd(64, '0');
    ({ child: service, log: serviceLog } = spawnRebuildService({
      ENV_FILE: path.join(dataDir, 'khong-co.env'),
      CMS_URL: cmsUrl,
      STRAPI_BUILD_TOKEN: buildToken,
      SITE_URL: siteUrl,
      REBUILD_WEBHOOK_SECRET: SECRET,
      REBUILD_PORT: String(rebuildPort),
      SITE_PORT: String(sitePort),
      SITE_HOST: '127.0.0.1',
      REBUILD_DATA_DIR: dataDir,
      REBUILD_ON_START: 'false',
      REBUILD_DAILY_AT: 'off',
      REBUILD_PREVIEW: 'false',
      REBUILD_FULL_QUIET_MS: String(FULL_QUIET_MS),
      REBUILD_QUIET_BUILD: 'true',
    }));
    await until('dịch vụ dựng lại khởi động', async () => (await fetch(statusUrl).catch(() => null))?.ok, 30_000);
    cms = await bootCms('sqlite', {
      PORT: String(cmsPort),
      STRAPI_BUILD_TOKEN: buildToken,
      REBUILD_WEBHOOK_URL: `http://127.0.0.1:${rebuildPort}/hooks/rebuild`,
      REBUILD_WEBHOOK_SECRET: SECRET,
      NOTIFY_BATCH_MS: '300',
    });
    admin = await adminApi(cmsUrl);
    // The CMS's first start notifies: the first release is a full build (nothing is live).
    const first = await until('bản dựng đầu tiên', async () => {
      const s = await status();
      return idle(s) && s.live.release && s;
    });
    expect(first.lastBuild, serviceLog().slice(-3000)).toMatchObject({ lane: 'full', result: 'success' });
  });

  afterAll(async () => {
    const logFile = path.join(os.tmpdir(), 'dbk-fast-lane-e2e.log');
    fs.writeFileSync(logFile, serviceLog());
    console.log(`Nhật ký dịch vụ dựng lại: ${logFile}`);
    service?.kill('SIGTERM');
    await cms?.stop().catch(() => undefined);
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('publishes through the fast lane, unpublishes through it, and the full build behind it gives the same site', async () => {
    const full = (await status()).live.release as string;
    const title = `Hội nghị làn nhanh ${Date.now() % 100000}`;
    const data = { title, body: `Nội dung bài "${title}".`, displayDate: new Date().toISOString() };
    const doc = (await admin('POST', ARTICLES, data)).data as Json;
    const clicked = Date.now();
    await admin('POST', `${ARTICLES}/${doc.documentId}/actions/publish`, data);
    await until('bài mới lên trang qua làn nhanh', async () => (await page(`/bai-viet/${doc.slug}/`)) === 200);
    console.log(`[đo] xuất bản → trang công khai (làn nhanh, trang mẫu): ${((Date.now() - clicked) / 1000).toFixed(1)} giây`);
    let s = await status();
    // Built by the fast build the service started right after the full one, held until this
    // publish: the article, written after that start, is on the page, so it read the CMS after.
    expect(s.lastBuild, serviceLog().slice(-3000)).toMatchObject({ lane: 'fast', result: 'success', heldStart: true });
    expect(s.live.kind).toBe('fast');
    const fastMeta = JSON.parse(fs.readFileSync(path.join(dataDir, 'releases', `${s.live.release}.json`), 'utf8')) as Json;
    expect(fastMeta.dependsOn).toContain(full);
    // Shared, not copied: the release holds links into the full release.
    const client = path.join(dataDir, 'releases', s.live.release, 'client');
    expect(fs.readdirSync(client).some((n) => fs.lstatSync(path.join(client, n)).isSymbolicLink())).toBe(true);

    await admin('POST', `${ARTICLES}/${doc.documentId}/actions/unpublish`, {});
    await until('bài gỡ khỏi trang qua làn nhanh', async () => (await page(`/bai-viet/${doc.slug}/`)) === 404);
    s = await status();
    expect(s.lastBuild).toMatchObject({ lane: 'fast', result: 'success', heldStart: true });
    const lastFast = s.live.release as string;

    // No change for FULL_QUIET_MS: the full build follows and must equal the fast release.
    s = await until('bản dựng đầy đủ sau thời gian yên lặng', async () => {
      const now = await status();
      return idle(now) && now.live.kind === 'full' && now.live.release !== full && now;
    });
    expect(s.lastBuild.reasons[0]).toMatch(/dựng đầy đủ sau/);
    const fastFiles = files(path.join(dataDir, 'releases', lastFast, 'client'));
    const fullFiles = files(path.join(dataDir, 'releases', s.live.release, 'client'));
    expect([...fastFiles.keys()].sort()).toEqual([...fullFiles.keys()].sort());
    const differing = [...fullFiles].filter(([rel, bytes]) => !bytes.equals(fastFiles.get(rel)!)).map(([rel]) => rel);
    expect(differing).toEqual([]);
  });
});
