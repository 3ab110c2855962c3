// Step 5: publish-to-live through the real path. An editor's click is the admin API call the admin
// panel makes; the CMS's notifier tells the real rebuild service (scripts/src/rebuild, in this
// process), which debounces, builds a fresh release, checks it and swaps it live; the clock stops
// when the service's own static server answers with the new HTML.
import http from 'node:http';
import { rebuildConfig } from '../rebuild/config.ts';
import { startRebuildService, type RebuildService } from '../rebuild/service.ts';
import type { Progress } from './progress.ts';

const ARTICLES = '/content-manager/collection-types/api::article.article';
/** The admin API's answer: `{ data }` with the document, or `{ error }`. */
type AdminAnswer = { data?: Record<string, string | undefined> & { token?: string } };
type ArticleFields = { documentId: string; slug: string; title: string; body: string };
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

export interface PublishResult {
  /** from the publish call to the new HTML served, ms */
  newArticleMs: number;
  editedArticleMs: number;
  /** the builds the service ran for them, ms */
  newArticleBuildMs: number | null;
  editedArticleBuildMs: number | null;
}

export interface PublishSetup {
  cmsUrl: string;
  adminEmail: string;
  adminPassword: string;
  /** environment of the rebuild service and its builds (with REBUILD_* settings) */
  env: NodeJS.ProcessEnv;
  siteUrl: string;
  /** a published article to edit */
  editSlug: string;
  editDocumentId: string;
  categoryDocumentId: string | null;
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Hết thời gian chờ: ${what}`);
    await sleep(100);
  }
}

export async function measurePublish(setup: PublishSetup, progress: Progress): Promise<PublishResult> {
  const login = await fetch(`${setup.cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: setup.adminEmail, password: setup.adminPassword }),
  });
  const token = ((await login.json()) as AdminAnswer).data?.token;
  if (!token) throw new Error(`Không đăng nhập được trang quản trị (HTTP ${login.status})`);
  const admin = async (method: string, pathname: string, body?: unknown): Promise<ArticleFields> => {
    const res = await fetch(`${setup.cmsUrl}${pathname}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json().catch(() => ({}))) as AdminAnswer;
    if (!res.ok || !json.data) throw new Error(`${method} ${pathname}: HTTP ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
    return json.data as ArticleFields;
  };
  const served = async (slug: string, text: string) => {
    const res = await fetch(`${setup.siteUrl}/bai-viet/${slug}/`);
    return res.status === 200 && (await res.text()).includes(text);
  };

  const service: RebuildService = await startRebuildService(rebuildConfig(setup.env));
  const timeoutMs = 15 * 60_000;
  try {
    const stamp = new Date().toISOString().slice(11, 19).replace(/:/g, '');
    const title = `Hội nghị Ban Chấp hành Đảng bộ Khối đo thời gian xuất bản ${stamp}`;
    const data = {
      title,
      summary: 'Bài viết do công cụ đo hiệu năng tạo để đo thời gian từ lúc xuất bản đến khi bạn đọc thấy.',
      body: `Ngày ${new Date().toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })}, Ban Chấp hành Đảng bộ Khối họp phiên thường kỳ.\n\nHội nghị quán triệt Nghị quyết số 35-NQ/TW của Bộ Chính trị.`,
      displayDate: new Date().toISOString(),
      ...(setup.categoryDocumentId ? { category: { connect: [{ documentId: setup.categoryDocumentId }] } } : {}),
    };
    const draft = await admin('POST', ARTICLES, data);
    progress.note(`xuất bản bài mới "${title}"`);
    let before = (await service.status()).builds.succeeded;
    let clicked = Date.now();
    await admin('POST', `${ARTICLES}/${draft.documentId}/actions/publish`, data);
    await until('bài mới được phục vụ', () => served(draft.slug, title), timeoutMs);
    const newArticleMs = Date.now() - clicked;
    await service.idle();
    const afterNew = await service.status();
    const newBuild = afterNew.builds.succeeded > before ? afterNew.lastSuccess : null;
    progress.note(`bài mới lên trang sau ${(newArticleMs / 1000).toFixed(1)} s`);

    // An edit of a published article: the admin sends the whole form with "Xuất bản".
    const current = await admin('GET', `${ARTICLES}/${setup.editDocumentId}`);
    const edited = `${current.title} (cập nhật ${stamp})`;
    progress.note(`sửa và xuất bản lại bài "${setup.editSlug}"`);
    before = (await service.status()).builds.succeeded;
    clicked = Date.now();
    const after = await admin('POST', `${ARTICLES}/${setup.editDocumentId}/actions/publish`, {
      title: edited,
      body: `${current.body}\n\nCập nhật lúc ${stamp}.`,
    });
    // An edit must not move a published URL; if it did, say so, and wait for the page where it went.
    if (after.slug !== setup.editSlug) progress.note(`CẢNH BÁO: sửa bài đã đổi đường dẫn ${setup.editSlug} → ${after.slug}`);
    await until('bài đã sửa được phục vụ', () => served(after.slug, edited), timeoutMs);
    const editedArticleMs = Date.now() - clicked;
    await service.idle();
    const afterEdit = await service.status();
    const editBuild = afterEdit.builds.succeeded > before ? afterEdit.lastSuccess : null;
    progress.note(`bài sửa lên trang sau ${(editedArticleMs / 1000).toFixed(1)} s`);
    return {
      newArticleMs,
      editedArticleMs,
      newArticleBuildMs: newBuild?.durationMs ?? null,
      editedArticleBuildMs: editBuild?.durationMs ?? null,
    };
  } finally {
    await service.stop();
  }
}
