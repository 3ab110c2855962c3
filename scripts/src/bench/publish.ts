// Step 5: publish-to-live through the real path. An editor's click is the admin API call the admin
// panel makes; the CMS's notifier tells the real rebuild service (scripts/src/rebuild, in this
// process), which debounces, builds a fresh release, checks it and swaps it live; the clock stops
// when the service's own static server answers with the new HTML.
import http from 'node:http';
import { adminClient, ARTICLES, publishEdit, unpublishArticle } from './admin-client.ts';
import { rebuildConfig } from '../rebuild/config.ts';
import { startRebuildService, type RebuildService } from '../rebuild/service.ts';
import { sampleTreeRss } from './process-tree.ts';
import type { Progress } from './progress.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Answers the CMS's notifications (seed, media uploads) while the other steps run, and drops them:
 * the real service starts for step 5 only, and no build may run beside the measured ones.
 */
export function quietWebhook(port: number): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    req.resume();
    res.writeHead(202, { 'Content-Type': 'application/json' }).end('{"accepted":true}');
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

export const PUBLISH_KINDS = ['new', 'edited', 'unpublished'] as const;
export type PublishKind = (typeof PUBLISH_KINDS)[number];

export interface PublishRun {
  kind: PublishKind;
  /** from the admin call to the change served by the live site, ms */
  ms: number;
  /** the service's builds between the click and idle, and the last one's duration and lane */
  builds: number;
  buildMs: number | null;
  /** the lane /status reports for the build (lastBuild.lane), "full" when the service does not say */
  lane: string;
  /** the fast build was the one the service started ahead and held until this change (held-build.ts) */
  held: boolean;
  /** peak RSS of everything this process started meanwhile (the builds, Pagefind), bytes */
  peakRssBytes: number;
}

export interface Spread {
  runs: number;
  median: number;
  min: number;
  max: number;
}

export interface PublishResult {
  runs: PublishRun[];
  /** publish-to-live ms per kind */
  byKind: Record<PublishKind, Spread>;
  /** peak RSS bytes per kind */
  rssByKind: Record<PublishKind, Spread>;
  /** lanes taken per kind: { fast: 4, full: 1 } */
  lanesByKind: Record<PublishKind, Record<string, number>>;
}

export interface PublishSetup {
  cmsUrl: string;
  adminEmail: string;
  adminPassword: string;
  /** environment of the rebuild service and its builds (with REBUILD_* settings) */
  env: NodeJS.ProcessEnv;
  siteUrl: string;
  /** runs of each kind */
  runs: number;
  /** published articles to edit (runs of them) and to unpublish (runs of them), none the same */
  toEdit: Array<{ slug: string; documentId: string }>;
  toUnpublish: Array<{ slug: string; documentId: string }>;
  categoryDocumentId: string | null;
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Hết thời gian chờ: ${what}`);
    await sleep(100);
  }
}

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { runs: sorted.length, median: sorted.length ? median : 0, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0 };
}

/** The lane of a build as /status reports it; services before the fast lane have only full builds. */
export const laneOf = (record: unknown): string => {
  const lane = (record as { lane?: unknown } | null)?.lane;
  return typeof lane === 'string' && lane ? lane : 'full';
};

export async function measurePublish(setup: PublishSetup, progress: Progress): Promise<PublishResult> {
  if (setup.toEdit.length < setup.runs || setup.toUnpublish.length < setup.runs)
    throw new Error(
      `Cần ${setup.runs} tin bài để sửa và ${setup.runs} để gỡ, chỉ có ${setup.toEdit.length} và ${setup.toUnpublish.length}`,
    );
  const admin = await adminClient(setup.cmsUrl, setup.adminEmail, setup.adminPassword);
  const page = (slug: string) => fetch(`${setup.siteUrl}/bai-viet/${slug}/`);
  const served = async (slug: string, text: string) => {
    const res = await page(slug);
    return res.status === 200 && (await res.text()).includes(text);
  };
  const gone = async (slug: string) => {
    const res = await page(slug);
    await res.arrayBuffer();
    return res.status === 404;
  };

  const service: RebuildService = await startRebuildService(rebuildConfig(setup.env));
  const timeoutMs = 15 * 60_000;
  const runs: PublishRun[] = [];
  /** One measured change: the admin call, then the clock runs until live says so; then the service settles. */
  // Idle means no build running or queued and no change waiting out the debounce: a notification
  // that arrives late would otherwise start a build inside the next measurement. It also means the
  // next fast build, started ahead, waits ready (held-build.ts): an editor's next publish comes
  // minutes later, not within the 3-4 s that build takes to get ready.
  const settle = async () => {
    for (;;) {
      await service.idle();
      const { queue } = await service.status();
      const heldStarting = queue.heldBuild !== null && !queue.heldBuild.ready;
      if (!queue.building && !queue.followUpQueued && queue.pendingChanges === 0 && !heldStarting) return;
      await sleep(200);
    }
  };
  const measure = async (kind: PublishKind, click: () => Promise<{ slug: string; check: (slug: string) => Promise<boolean> }>) => {
    await settle();
    const before = (await service.status()).builds.started;
    // Everything this process starts from now on (the service's builds and their children), not itself.
    const memory = sampleTreeRss(process.pid, 250, true);
    const clicked = Date.now();
    const { slug, check } = await click();
    await until(`${kind}: ${slug}`, () => check(slug), timeoutMs);
    const ms = Date.now() - clicked;
    await settle();
    const { peakBytes } = memory.stop();
    const status = await service.status();
    const run: PublishRun = {
      kind,
      ms,
      builds: status.builds.started - before,
      buildMs: status.lastBuild?.durationMs ?? null,
      lane: laneOf(status.lastBuild),
      held: status.lastBuild?.heldStart === true,
      peakRssBytes: peakBytes,
    };
    runs.push(run);
    progress.note(
      `${kind}: lên trang sau ${(ms / 1000).toFixed(1)} s (${run.builds} lần dựng, làn ${run.lane}${run.held ? ' giữ sẵn' : ''}, đỉnh bộ nhớ ${(peakBytes / 2 ** 20).toFixed(0)} MB)`,
    );
  };
  try {
    for (let i = 0; i < setup.runs; i++) {
      progress.note(`lần đo ${i + 1}/${setup.runs}`);
      const stamp = `${new Date().toISOString().slice(11, 19).replace(/:/g, '')}-${i + 1}`;
      const title = `Hội nghị Ban Chấp hành Đảng bộ Khối đo thời gian xuất bản ${stamp}`;
      const data = {
        title,
        summary: 'Bài viết do công cụ đo hiệu năng tạo để đo thời gian từ lúc xuất bản đến khi bạn đọc thấy.',
        body: `Ngày ${new Date().toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })}, Ban Chấp hành Đảng bộ Khối họp phiên thường kỳ.\n\nHội nghị quán triệt Nghị quyết số 35-NQ/TW của Bộ Chính trị.`,
        displayDate: new Date().toISOString(),
        ...(setup.categoryDocumentId ? { category: { connect: [{ documentId: setup.categoryDocumentId }] } } : {}),
      };
      // The draft exists before the clock starts, as when an editor saved it earlier: the clock
      // measures the click on "Xuất bản".
      const draft = await admin('POST', ARTICLES, data);
      await measure('new', async () => {
        await admin('POST', `${ARTICLES}/${draft.documentId}/actions/publish`, data);
        return { slug: draft.slug, check: (slug) => served(slug, title) };
      });
      // An edit of a published article: the admin sends the whole form with "Xuất bản".
      const target = setup.toEdit[i]!;
      await measure('edited', async () => {
        const { sent, published: after } = await publishEdit(admin, target.documentId, (current) => ({
          title: `${current.title} (cập nhật ${stamp})`,
          body: `${current.body}\n\nCập nhật lúc ${stamp}.`,
        }));
        // An edit must not move a published URL; if it did, say so, and wait for the page where it went.
        if (after.slug !== target.slug) progress.note(`CẢNH BÁO: sửa bài đã đổi đường dẫn ${target.slug} → ${after.slug}`);
        return { slug: after.slug, check: (slug) => served(slug, sent.title) };
      });
      const removed = setup.toUnpublish[i]!;
      await measure('unpublished', async () => {
        await unpublishArticle(admin, removed.documentId);
        return { slug: removed.slug, check: gone };
      });
    }
  } finally {
    await service.stop();
  }
  const of = (kind: PublishKind) => runs.filter((r) => r.kind === kind);
  const byKind = {} as PublishResult['byKind'];
  const rssByKind = {} as PublishResult['rssByKind'];
  const lanesByKind = {} as PublishResult['lanesByKind'];
  for (const kind of PUBLISH_KINDS) {
    byKind[kind] = spread(of(kind).map((r) => r.ms));
    rssByKind[kind] = spread(of(kind).map((r) => r.peakRssBytes));
    lanesByKind[kind] = {};
    for (const r of of(kind)) {
      const lane = r.held ? `${r.lane} (held)` : r.lane;
      lanesByKind[kind][lane] = (lanesByKind[kind][lane] ?? 0) + 1;
    }
  }
  return { runs, byKind, rssByKind, lanesByKind };
}
