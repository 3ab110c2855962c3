// Publish to live, CMS side: the notifier (rebuild service, GitHub repository_dispatch, build
// hooks) and scheduled publishing, on the real Strapi. The three targets are local listeners: the
// only things faked are the outside services.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bootCms, type TestCms } from './harness';
import { startRecorder, waitFor, waitQuiet, type Recorder } from './http-recorder';

const ARTICLE = 'api::article.article';
const PAGE = 'api::page.page';
const DOCUMENT = 'api::party-document.party-document';
const SECRET = 'bi-mat-dung-chung-cho-dich-vu-dung-lai';
const GITHUB_TOKEN = 'ghp_thu_nghiem_khong_that';

type Json = Record<string, any>;

describe('publish to live: notifications and scheduled publishing', () => {
  let cms: TestCms;
  let rebuild: Recorder;
  let github: Recorder;
  let hook: Recorder;
  let all: Recorder[];
  let fullToken: string;

  beforeAll(async () => {
    [rebuild, github, hook] = await Promise.all([startRecorder(), startRecorder(), startRecorder()]);
    all = [rebuild, github, hook];
    cms = await bootCms('sqlite', {
      REBUILD_WEBHOOK_URL: `${rebuild.url}/hooks/rebuild`,
      REBUILD_WEBHOOK_SECRET: SECRET,
      GITHUB_DISPATCH_REPO: 'dangbo-khoi/trang-tinh',
      GITHUB_DISPATCH_TOKEN: GITHUB_TOKEN,
      GITHUB_API_URL: github.url,
      BUILD_HOOK_URLS: `${hook.url}/build-hook/khoa-trong-duong-dan, not a url`,
      NOTIFY_BATCH_MS: '200',
      NOTIFY_RETRY_BASE_MS: '150',
      NOTIFY_RETRY_ATTEMPTS: '4',
      NOTIFY_TIMEOUT_MS: '2000',
      CRON_PUBLISH_RULE: '* * * * * *',
    });
    const tokens = cms.strapi.service('admin::api-token') as { create(a: object): Promise<{ accessKey: string }> };
    fullToken = (await tokens.create({ name: 'kiểm thử toàn quyền', type: 'full-access', lifespan: null })).accessKey;
    // The seed published a lot at boot: let those notifications land before counting (on a busy
    // machine the first batch can take longer than any fixed quiet time to arrive).
    await waitFor('thông báo của dữ liệu mẫu', () => all.every((r) => r.requests.length > 0) || undefined, 60_000);
    await waitQuiet(all, 1500);
  });
  afterAll(async () => {
    await cms?.stop();
    await Promise.all((all ?? []).map((r) => r.close()));
  });
  beforeEach(async () => {
    await waitQuiet(all, 600);
    for (const r of all) {
      r.clear();
      r.respondWith();
    }
  });

  const changesIn = (r: Recorder) => r.requests.flatMap((q) => (q.body?.changes ?? []) as Json[]);
  const hasChange = (r: Recorder, event: string, uid: string, documentId?: string) =>
    changesIn(r).some((c) => c.event === event && c.uid === uid && (!documentId || c.documentId === documentId));

  async function createDraft(title: string, extra: Json = {}) {
    return cms.strapi
      .documents(ARTICLE)
      .create({ data: { title, body: `Nội dung ${title}`, displayDate: new Date().toISOString(), ...extra } as never });
  }

  it('saving a draft notifies nobody; publishing notifies every target once committed, secrets in headers', async () => {
    const draft = await createDraft('Hội nghị sơ kết công tác Đảng 6 tháng');
    await new Promise((r) => setTimeout(r, 800));
    expect(all.flatMap((r) => r.requests)).toEqual([]);

    await cms.strapi.documents(ARTICLE).publish({ documentId: draft.documentId });
    const toRebuild = await waitFor('thông báo tới dịch vụ dựng lại', () => rebuild.requests[0]);
    expect(toRebuild.method).toBe('POST');
    expect(toRebuild.path).toBe('/hooks/rebuild');
    expect(toRebuild.headers['x-rebuild-secret']).toBe(SECRET);
    expect(toRebuild.headers['content-type']).toMatch(/application\/json/);
    expect(toRebuild.body.changes).toContainEqual({ event: 'entry.publish', uid: ARTICLE, documentId: draft.documentId });
    expect(JSON.stringify(toRebuild.body)).not.toContain(SECRET);

    const dispatch = await waitFor('repository_dispatch tới GitHub', () => github.requests[0]);
    expect(dispatch.path).toBe('/repos/dangbo-khoi/trang-tinh/dispatches');
    expect(dispatch.headers.authorization).toBe(`Bearer ${GITHUB_TOKEN}`);
    expect(dispatch.headers.accept).toBe('application/vnd.github+json');
    expect(dispatch.body.event_type).toBe('cms-publish');
    expect(dispatch.body.client_payload.uids).toEqual([ARTICLE]);
    expect(Object.keys(dispatch.body.client_payload).length).toBeLessThanOrEqual(10);

    const buildHook = await waitFor('build hook', () => hook.requests[0]);
    expect(buildHook.path).toBe('/build-hook/khoa-trong-duong-dan');
    expect(buildHook.body.changes).toContainEqual({ event: 'entry.publish', uid: ARTICLE, documentId: draft.documentId });
  });

  it('notifies on unpublish and on delete', async () => {
    const draft = await createDraft('Bài sẽ gỡ rồi xóa');
    await cms.strapi.documents(ARTICLE).publish({ documentId: draft.documentId });
    await waitFor('xuất bản', () => hasChange(rebuild, 'entry.publish', ARTICLE, draft.documentId));
    await cms.strapi.documents(ARTICLE).unpublish({ documentId: draft.documentId });
    await waitFor('gỡ xuất bản', () => hasChange(rebuild, 'entry.unpublish', ARTICLE, draft.documentId));
    await cms.strapi.documents(ARTICLE).delete({ documentId: draft.documentId });
    await waitFor('xóa', () => hasChange(rebuild, 'entry.delete', ARTICLE, draft.documentId));
  });

  it('notifies on any change of the types without drafts: menus (categories), banner, links, settings', async () => {
    const category = await cms.strapi.documents('api::category.category').findFirst({});
    await cms.strapi
      .documents('api::category.category')
      .update({ documentId: category!.documentId, data: { description: 'Mô tả mới' } as never });
    await waitFor('chuyên mục', () => hasChange(rebuild, 'entry.update', 'api::category.category', category!.documentId));

    const anniversary = await cms.strapi.documents('api::anniversary.anniversary').findFirst({});
    await cms.strapi
      .documents('api::anniversary.anniversary')
      .update({ documentId: anniversary!.documentId, data: { daysBefore: 3 } as never });
    await waitFor('ngày kỷ niệm', () => hasChange(rebuild, 'entry.update', 'api::anniversary.anniversary'));

    const link = await cms.strapi
      .documents('api::linked-site.linked-site')
      .create({ data: { name: 'Cổng thông tin tỉnh', url: 'https://tinh.gov.vn' } as never });
    await waitFor('website liên kết', () => hasChange(rebuild, 'entry.create', 'api::linked-site.linked-site', link.documentId));

    const setting = await cms.strapi.documents('api::site-setting.site-setting').findFirst({});
    await cms.strapi
      .documents('api::site-setting.site-setting')
      .update({ documentId: setting!.documentId, data: { phone: '0236 3822 000' } as never });
    await waitFor('cài đặt trang', () => hasChange(rebuild, 'entry.update', 'api::site-setting.site-setting'));
  });

  it('notifies when media is uploaded through the API', async () => {
    const form = new FormData();
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    form.append('files', new Blob([png], { type: 'image/png' }), 'anh-hoi-nghi.png');
    const res = await fetch(`${cms.url}/api/upload`, { method: 'POST', headers: { Authorization: `Bearer ${fullToken}` }, body: form });
    expect(res.status).toBe(201);
    await waitFor('tệp media', () => hasChange(rebuild, 'media.create', 'plugin::upload.file'));
  });

  it('stays silent for types outside the allowlist (reader interactions, users)', async () => {
    const { changeOf: changeIn } = cms.load<typeof import('../src/publish/rebuild-triggers')>('publish/rebuild-triggers.js');
    const { modelRegistry } = cms.load<typeof import('../src/lib/model-registry')>('lib/model-registry.js');
    const changeOf = (event: string, payload: unknown) => changeIn(event, payload, modelRegistry(cms.strapi));
    for (const uid of ['api::article-view.article-view', 'api::visit.visit', 'api::comment.comment', 'plugin::users-permissions.user']) {
      for (const event of ['entry.create', 'entry.update', 'entry.publish', 'entry.delete']) {
        expect(changeOf(event, { uid, entry: { documentId: 'x' } }), `${uid} ${event}`).toBeNull();
      }
    }
    // A draft edit of a published type changes nothing readers see.
    expect(changeOf('entry.update', { uid: ARTICLE, entry: {} })).toBeNull();

    // Readers' comments (and their moderation) live in their own type and never rebuild the site.
    const comment = await cms.strapi.documents('api::comment.comment' as never).create({
      data: { articleId: 'x', name: 'Bạn đọc', text: 'Bài viết rất hay', moderation: 'cho_duyet' } as never,
    });
    await cms.strapi
      .documents('api::comment.comment' as never)
      .update({ documentId: (comment as Json).documentId, data: { moderation: 'da_duyet' } as never });
    await cms.strapi.documents('plugin::users-permissions.user').create({
      data: { username: 'ban-doc', email: 'bandoc@example.vn', password: 'Mat-khau-1', provider: 'local' } as never,
    });
    const draft = await createDraft('Chỉ lưu nháp, chưa xuất bản');
    await cms.strapi.documents(ARTICLE).update({ documentId: draft.documentId, data: { summary: 'Sửa bản nháp' } as never });
    await new Promise((r) => setTimeout(r, 1000));
    expect(all.flatMap((r) => r.requests)).toEqual([]);
  });

  it('retries a failing target with growing waits, and gives up at once on a refusal', async () => {
    hook.respondWith(503, 503, 200);
    rebuild.respondWith(401);
    const draft = await createDraft('Bài thử gửi lại');
    await cms.strapi.documents(ARTICLE).publish({ documentId: draft.documentId });
    await waitFor('ba lần gửi tới build hook', () => hook.requests.length >= 3, 15_000);
    const [a, b, c] = hook.requests.map((q) => q.at);
    expect(b! - a!).toBeGreaterThanOrEqual(140);
    expect(c! - b!).toBeGreaterThanOrEqual(290);
    await new Promise((r) => setTimeout(r, 1500));
    expect(hook.requests).toHaveLength(3);
    // 401: a wrong secret does not get better by retrying.
    expect(rebuild.requests).toHaveLength(1);
  });

  it("never makes the editor's save wait for, or fail because of, a hanging target", async () => {
    rebuild.respondWith('hang');
    hook.respondWith(500, 500, 500, 500);
    const started = Date.now();
    const res = await fetch(`${cms.url}/api/articles?status=published`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${fullToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        data: { title: 'Đăng ngay khi đích thông báo treo', body: 'Nội dung', displayDate: new Date().toISOString() },
      }),
    });
    const took = Date.now() - started;
    expect(res.status).toBe(201);
    expect(took).toBeLessThan(1500);
    await waitFor('thông báo tới đích treo', () => rebuild.requests.length >= 1);
  });

  it('publishes a scheduled draft when its time comes, once, and notifies the rebuild', async () => {
    const at = new Date(Date.now() + 3000).toISOString();
    const draft = await createDraft('Tin hẹn giờ xuất bản lúc 6 giờ sáng mai', { publishAt: at });
    const page = await cms.strapi
      .documents(PAGE)
      .create({ data: { title: 'Trang hẹn giờ', body: 'Nội dung trang', publishAt: at } as never });
    await new Promise((r) => setTimeout(r, 1200));
    expect(await cms.strapi.documents(ARTICLE).findOne({ documentId: draft.documentId, status: 'published' })).toBeNull();
    expect(hasChange(rebuild, 'entry.publish', ARTICLE, draft.documentId)).toBe(false);

    const live = await waitFor(
      'bài hẹn giờ được xuất bản',
      () => cms.strapi.documents(ARTICLE).findOne({ documentId: draft.documentId, status: 'published' }),
      8000,
    );
    expect(live, 'xuất bản đúng giờ').toBeTruthy();
    expect(new Date(live!.publishedAt).getTime()).toBeGreaterThanOrEqual(new Date(at).getTime());
    expect(new Date(live!.publishedAt).getTime()).toBeLessThan(new Date(at).getTime() + 3000);
    expect(live!.publishAt).toBeNull();
    const draftAfter = await cms.strapi.documents(ARTICLE).findOne({ documentId: draft.documentId, status: 'draft' });
    expect(draftAfter!.publishAt).toBeNull();
    expect(await cms.strapi.documents(PAGE).findOne({ documentId: page.documentId, status: 'published' })).toBeTruthy();
    await waitFor('thông báo xuất bản theo lịch', () => hasChange(rebuild, 'entry.publish', ARTICLE, draft.documentId));

    // Published once: later runs find nothing due and leave the published version alone.
    await new Promise((r) => setTimeout(r, 2000));
    const again = await cms.strapi.documents(ARTICLE).findOne({ documentId: draft.documentId, status: 'published' });
    expect(again!.publishedAt).toBe(live!.publishedAt);
  });

  it('never publishes a scheduled secret document: the guard refuses, the schedule is dropped', async () => {
    const doc = await cms.strapi.documents(DOCUMENT).create({
      data: {
        documentNumber: '77-TB/ĐUK',
        kind: 'thong_bao',
        issuingBody: 'Đảng ủy Khối',
        issueDate: '2024-07-01',
        excerpt: 'Thông báo mật hẹn giờ',
        secret: true,
        publishAt: new Date(Date.now() - 1000).toISOString(),
      } as never,
    });
    const draft = await waitFor(
      'hẹn giờ bị bỏ',
      async () => {
        const d = await cms.strapi.documents(DOCUMENT).findOne({ documentId: doc.documentId, status: 'draft' });
        return d?.publishAt === null ? d : null;
      },
      8000,
    );
    expect(draft!.publishAt, 'hẹn giờ đã bị bỏ').toBeNull();
    expect(await cms.strapi.documents(DOCUMENT).findOne({ documentId: doc.documentId, status: 'published' })).toBeNull();
    expect(hasChange(rebuild, 'entry.publish', DOCUMENT, doc.documentId)).toBe(false);
  });

  it('shows "Hẹn giờ xuất bản" as a column of the admin lists', async () => {
    const service = cms.strapi.plugin('content-manager').service('content-types') as {
      findConfiguration(m: { uid: string }): Promise<Json>;
    };
    for (const uid of [ARTICLE, PAGE, DOCUMENT]) {
      const conf = await service.findConfiguration({ uid });
      expect(conf.layouts.list, uid).toContain('publishAt');
      expect(conf.metadatas.publishAt.list.label).toBe('Hẹn giờ xuất bản');
      expect(conf.metadatas.publishAt.edit.label).toBe('Hẹn giờ xuất bản');
    }
  });
});
