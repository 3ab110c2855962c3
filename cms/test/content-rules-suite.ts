// Invalid content never publishes, on any path; nothing an editor types is lost to the body limit.
// Runs inside the CMS suite on SQLite and PostgreSQL (cms-suite.ts), on its booted CMS.
import { expect, it } from 'vitest';
import type { TestCms } from './harness';

const ARTICLE = 'api::article.article';
const CM = `/content-manager/collection-types/${ARTICLE}`;
type Json = Record<string, any>;

interface Ctx {
  cms(): TestCms;
  skipReason(): string | null;
}

async function send(
  cms: TestCms,
  method: string,
  pathname: string,
  token: string,
  body?: unknown,
): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${cms.url}${pathname}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json().catch(() => ({}))) as Json };
}

async function adminJwt(cms: TestCms): Promise<string> {
  const login = await fetch(`${cms.url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD }),
  });
  return ((await login.json()) as Json).data.token as string;
}

async function fullAccessToken(cms: TestCms): Promise<string> {
  const tokens = cms.strapi.service('admin::api-token') as { create(a: object): Promise<{ accessKey: string }> };
  return (await tokens.create({ name: `kiểm thử quy tắc ${Date.now()}`, type: 'full-access', lifespan: null })).accessKey;
}

const articleCount = (cms: TestCms) => cms.strapi.db.query(ARTICLE).count();
const publishedCount = (cms: TestCms, documentId: string) =>
  cms.strapi.db.query(ARTICLE).count({ where: { documentId, publishedAt: { $notNull: true } } });

export function contentRulesTests(ctx: Ctx): void {
  it('REST with a full-access token: an empty or blank title is refused with a Vietnamese message naming "Tiêu đề"', async (t) => {
    if (ctx.skipReason()) return t.skip();
    const cms = ctx.cms();
    const token = await fullAccessToken(cms);
    const before = await articleCount(cms);
    for (const title of ['', '   \u200B ']) {
      const res = await send(cms, 'POST', '/api/articles?status=published', token, {
        data: { title, body: 'Nội dung đầy đủ', displayDate: '2025-01-02T03:00:00.000Z' },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.error.message).toContain('“Tiêu đề” không được để trống.');
      expect(res.body.error.details.errors[0].path).toEqual(['title']);
    }
    // A draft, too: a nameless draft is a "-" in the list that no one can find.
    const draft = await send(cms, 'POST', '/api/articles', token, { data: { title: ' ' } });
    expect(draft.status).toBe(400);
    expect(await articleCount(cms)).toBe(before);
  });

  it('REST: an article published at creation without "Ngày đăng" gets the moment of creation, as the admin form does', async (t) => {
    if (ctx.skipReason()) return t.skip();
    const cms = ctx.cms();
    const token = await fullAccessToken(cms);
    const before = Date.now();
    const res = await send(cms, 'POST', '/api/articles?status=published', token, {
      data: { title: 'Bài đăng ngay không ghi ngày', body: 'Đủ.' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const stored = (await cms.strapi.db
      .query(ARTICLE)
      .findOne({ where: { documentId: res.body.data.documentId, publishedAt: { $notNull: true } } })) as Json | null;
    const date = new Date(stored!.displayDate as string).getTime();
    expect(date).toBeGreaterThanOrEqual(before - 1000);
    expect(date).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('REST: a published entry needs every required field, each refusal naming the Vietnamese label', async (t) => {
    if (ctx.skipReason()) return t.skip();
    const cms = ctx.cms();
    const token = await fullAccessToken(cms);
    const before = await articleCount(cms);
    const res = await send(cms, 'POST', '/api/articles?status=published', token, { data: { title: 'Bài chưa có nội dung và ngày đăng' } });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.error.message).toMatch(/“(Nội dung|Ngày đăng)” là bắt buộc\./);
    expect(await articleCount(cms)).toBe(before);
    const tooLong = await send(cms, 'POST', '/api/articles?status=published', token, {
      data: { title: 'Bài có tiêu đề phụ quá dài', body: 'x', displayDate: '2025-01-02T03:00:00.000Z', kicker: 'k'.repeat(161) },
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.message).toContain('“Tiêu đề phụ (kicker)”');
    expect(tooLong.body.error.message).not.toMatch(/must|required|characters/i);
  });

  it('the admin refuses to save a draft with an empty title, marking the field', async (t) => {
    if (ctx.skipReason()) return t.skip();
    const cms = ctx.cms();
    const jwt = await adminJwt(cms);
    const before = await articleCount(cms);
    const res = await send(cms, 'POST', CM, jwt, { title: '', body: 'Nội dung nháp' });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(res.body.error.details.errors).toEqual([
      expect.objectContaining({ path: ['title'], message: '“Tiêu đề” không được để trống.' }),
    ]);
    expect(await articleCount(cms)).toBe(before);
  });

  it('bulk publish and the admin publish button refuse an invalid draft, which stays unpublished', async (t) => {
    if (ctx.skipReason()) return t.skip();
    const cms = ctx.cms();
    const jwt = await adminJwt(cms);
    // A draft may be unfinished: no body, no date.
    const draft = await cms.strapi.documents(ARTICLE).create({ data: { title: 'Bản nháp chưa viết xong' } as never });
    const bulk = await send(cms, 'POST', `${CM}/actions/bulkPublish`, jwt, { documentIds: [draft.documentId] });
    expect(bulk.status).toBe(400);
    expect(JSON.stringify(bulk.body)).toMatch(/“(Nội dung|Ngày đăng)” là bắt buộc/);
    const one = await send(cms, 'POST', `${CM}/${draft.documentId}/actions/publish`, jwt, { title: 'Bản nháp chưa viết xong' });
    expect(one.status).toBe(400);
    expect(await publishedCount(cms, draft.documentId)).toBe(0);
  });

  it('scheduled publishing refuses an invalid draft, reports it and publishes the valid one', async (t) => {
    if (ctx.skipReason()) return t.skip();
    const cms = ctx.cms();
    const docs = cms.strapi.documents(ARTICLE);
    const due = '2020-01-01T00:00:00.000Z';
    const bad = await docs.create({ data: { title: 'Hẹn giờ nhưng thiếu nội dung', publishAt: due } as never });
    const good = await docs.create({ data: { title: 'Hẹn giờ và đủ nội dung', body: 'Đủ.', displayDate: due, publishAt: due } as never });
    const warnings: string[] = [];
    const warn = cms.strapi.log.warn.bind(cms.strapi.log);
    cms.strapi.log.warn = ((m: string) => {
      warnings.push(String(m));
      return warn(m);
    }) as typeof cms.strapi.log.warn;
    try {
      const { publishDueDocuments } = cms.load<{ publishDueDocuments(s: unknown): Promise<{ published: number; refused: number }> }>(
        'publish/scheduled-publish.js',
      );
      const result = await publishDueDocuments(cms.strapi);
      expect(result.refused).toBeGreaterThanOrEqual(1);
      expect(result.published).toBeGreaterThanOrEqual(1);
    } finally {
      cms.strapi.log.warn = warn;
    }
    expect(await publishedCount(cms, bad.documentId)).toBe(0);
    expect(await publishedCount(cms, good.documentId)).toBe(1);
    expect(warnings.join('\n')).toMatch(/Hẹn giờ nhưng thiếu nội dung.*“Nội dung” là bắt buộc/);
  });

  it('a 5 MB body saves and publishes from the admin; a body over the limit gets a Vietnamese 413 the admin can show', async (t) => {
    if (ctx.skipReason()) return t.skip();
    const cms = ctx.cms();
    const jwt = await adminJwt(cms);
    const paragraph = 'Đại hội đại biểu Đảng bộ Khối lần thứ XV, nhiệm kỳ 2025 - 2030, thảo luận văn kiện. ';
    const fiveMb = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(paragraph)));
    expect(Buffer.byteLength(fiveMb)).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    const created = await send(cms, 'POST', CM, jwt, {
      title: 'Toàn văn báo cáo chính trị',
      body: fiveMb,
      displayDate: '2025-10-01T01:00:00.000Z',
    });
    expect(created.status, JSON.stringify(created.body).slice(0, 300)).toBe(201);
    const documentId = created.body.data.documentId as string;
    const published = await send(cms, 'POST', `${CM}/${documentId}/actions/publish`, jwt, { ...created.body.data, body: fiveMb });
    expect(published.status, JSON.stringify(published.body).slice(0, 300)).toBe(200);
    const stored = await cms.strapi.documents(ARTICLE).findOne({ documentId, status: 'published' });
    // Compared by length and equality, not toBe: a 5 MB diff would drown the report.
    expect(stored?.body?.length).toBe(fiveMb.length);
    expect(stored?.body === fiveMb).toBe(true);

    const elevenMb = paragraph.repeat(Math.ceil((11 * 1024 * 1024) / Buffer.byteLength(paragraph)));
    const refused = await send(cms, 'PUT', `${CM}/${documentId}`, jwt, { ...created.body.data, body: elevenMb });
    expect(refused.status).toBe(413);
    expect(refused.body.error.name).toBe('ValidationError');
    expect(refused.body.error.message).toMatch(/^Nội dung quá lớn để lưu \(giới hạn 10 MB/);
    expect(JSON.stringify(refused.body)).not.toMatch(/entity too large/i);
    const draft = await cms.strapi.documents(ARTICLE).findOne({ documentId, status: 'draft' });
    expect(draft?.body === fiveMb, 'the saved draft is left as it was').toBe(true);
  });
}
