// The newsroom's rules, checked through the admin API with each role's own login (admin JWT), as
// the admin panel calls it: who may write, publish and moderate, what the publication log records,
// that nobody can change the log, and that the comment moderation migration keeps every state.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { CMS_DIR, type TestCms } from './harness';

const ARTICLE = 'api::article.article';
const COMMENT = 'api::comment.comment';
const AUDIT = 'api::audit-log.audit-log';
const CM = '/content-manager/collection-types';
const PASSWORD = 'Dbk-Newsroom-Password-1';
const MIGRATION = fs.readdirSync(path.join(CMS_DIR, 'database', 'migrations')).find((f) => f.endsWith('comment-moderation-column.js'))!;

type Json = Record<string, any>;
interface Ctx {
  cms: () => TestCms;
  skipReason: () => string | null;
}

async function call(
  cms: TestCms,
  method: string,
  pathname: string,
  token?: string,
  body?: unknown,
): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${cms.url}${pathname}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json().catch(() => ({}))) as Json };
}

async function roleId(cms: TestCms, name: string): Promise<number> {
  const role = await cms.strapi.db.query('admin::role').findOne({ where: { name } });
  expect(role, name).toBeTruthy();
  return role.id as number;
}

/** Creates an active admin user with one role and logs in through POST /admin/login. */
async function staff(cms: TestCms, roleName: string, email: string): Promise<{ token: string; id: number }> {
  const users = cms.strapi.service('admin::user') as { create(a: Json): Promise<{ id: number }> };
  const user = await users.create({
    email,
    firstname: roleName,
    lastname: 'Thử',
    password: PASSWORD,
    isActive: true,
    registrationToken: null,
    roles: [await roleId(cms, roleName)],
  });
  const login = await call(cms, 'POST', '/admin/login', undefined, { email, password: PASSWORD });
  expect(login.status, JSON.stringify(login.body)).toBe(200);
  return { token: login.body.data.token as string, id: user.id };
}

async function pendingComment(cms: TestCms, articleId: string, text: string): Promise<string> {
  const { storePendingComment } = cms.load<{
    storePendingComment(s: unknown, input: Json, title: string): Promise<{ documentId: string }>;
  }>('lib/interactions/comments.js');
  return (await storePendingComment(cms.strapi, { articleId, name: 'Bạn đọc Thử', text }, 'Tin thử')).documentId;
}

const liveCommentIds = async (cms: TestCms, articleId: string) =>
  ((await call(cms, 'GET', `/api/interactions/comments/${articleId}`)).body.data as Json[]).map((c) => c.documentId);

const logOf = (cms: TestCms, documentId: string) =>
  cms.strapi.db.query(AUDIT).findMany({ where: { targetDocumentId: documentId }, orderBy: { id: 'asc' } }) as Promise<Json[]>;

export function newsroomTests({ cms: get, skipReason }: Ctx): void {
  let reporter: { token: string; id: number };
  let editor: { token: string; id: number };
  let article: Json;

  it('creates the Vietnamese roles with Strapi RBAC, again and again without duplicates', async (ctx) => {
    if (skipReason()) return ctx.skip();
    const cms = get();
    const names = async () => ((await cms.strapi.db.query('admin::role').findMany({})) as Json[]).map((r) => r.name).sort();
    const permissionCount = async (name: string) =>
      cms.strapi.db.query('admin::permission').count({ where: { role: { id: await roleId(cms, name) } } });
    expect(await names()).toEqual(expect.arrayContaining(['Biên tập viên', 'Phóng viên', 'Quản trị']));
    const before = { names: await names(), reporter: await permissionCount('Phóng viên'), editor: await permissionCount('Biên tập viên') };
    expect(before.reporter).toBeGreaterThan(0);
    const { ensureNewsroomRoles } = cms.load<{ ensureNewsroomRoles(s: unknown): Promise<void> }>('bootstrap/newsroom-roles.js');
    await ensureNewsroomRoles(cms.strapi);
    expect({ names: await names(), reporter: await permissionCount('Phóng viên'), editor: await permissionCount('Biên tập viên') }).toEqual(
      before,
    );

    reporter = await staff(cms, 'Phóng viên', 'phongvien@dangbokhoi.example');
    editor = await staff(cms, 'Biên tập viên', 'bientap@dangbokhoi.example');
    article = (await cms.strapi.documents(ARTICLE).findFirst({ status: 'published' })) as Json;
    expect(article).toBeTruthy();
  });

  it('lets a Phóng viên write and edit own drafts, never publish, unpublish, delete or edit others', async (ctx) => {
    if (skipReason()) return ctx.skip();
    const cms = get();
    const draft = { title: 'Bản nháp của phóng viên', body: 'Nội dung bản nháp.', displayDate: '2024-06-01T08:00:00+07:00' };
    const created = await call(cms, 'POST', `${CM}/${ARTICLE}`, reporter.token, draft);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.data.documentId as string;
    expect((await call(cms, 'PUT', `${CM}/${ARTICLE}/${id}`, reporter.token, { ...draft, summary: 'Sửa lại' })).status).toBe(200);

    expect((await call(cms, 'POST', `${CM}/${ARTICLE}/${id}/actions/publish`, reporter.token, draft)).status).toBe(403);
    expect(await cms.strapi.documents(ARTICLE).findOne({ documentId: id, status: 'published' })).toBeNull();
    expect((await call(cms, 'POST', `${CM}/${ARTICLE}/${article.documentId}/actions/unpublish`, reporter.token, {})).status).toBe(403);
    expect((await call(cms, 'DELETE', `${CM}/${ARTICLE}/${id}`, reporter.token)).status).toBe(403);
    // Someone else's article: readable (to link it), not editable.
    expect((await call(cms, 'GET', `${CM}/${ARTICLE}/${article.documentId}`, reporter.token)).status).toBe(200);
    expect((await call(cms, 'PUT', `${CM}/${ARTICLE}/${article.documentId}`, reporter.token, { title: 'Sửa trộm' })).status).toBe(403);
    // Nor may a reporter moderate comments.
    const comment = await pendingComment(cms, article.documentId, 'Phóng viên không duyệt được.');
    expect((await call(cms, 'POST', '/moderation/comments', reporter.token, { decision: 'approve', documentIds: [comment] })).status).toBe(
      403,
    );
    expect(await liveCommentIds(cms, article.documentId)).not.toContain(comment);

    // The editor publishes the reporter's draft; the log names who and what.
    const published = await call(cms, 'POST', `${CM}/${ARTICLE}/${id}/actions/publish`, editor.token, { ...draft, summary: 'Sửa lại' });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(await cms.strapi.documents(ARTICLE).findOne({ documentId: id, status: 'published' })).toBeTruthy();
    const log = await logOf(cms, id);
    expect(log).toEqual([
      expect.objectContaining({
        action: 'xuat_ban',
        actorName: 'Biên tập viên Thử',
        actorEmail: 'bientap@dangbokhoi.example',
        contentType: ARTICLE,
        contentTypeName: 'Tin bài',
        targetTitle: draft.title,
      }),
    ]);
    expect(new Date(log[0]!.at).getTime()).not.toBeNaN();
  });

  it('logs every unpublish and delete, and the system as the actor of server-side actions', async (ctx) => {
    if (skipReason()) return ctx.skip();
    const cms = get();
    const created = await cms.strapi.documents(ARTICLE).create({
      data: { title: 'Tin sẽ bị gỡ', body: 'Nội dung.', displayDate: '2024-06-02T08:00:00+07:00' } as never,
      status: 'published',
    });
    const id = created.documentId;
    expect((await call(cms, 'POST', `${CM}/${ARTICLE}/${id}/actions/unpublish`, editor.token, {})).status).toBe(200);
    expect((await call(cms, 'DELETE', `${CM}/${ARTICLE}/${id}`, editor.token)).status).toBe(200);
    const log = await logOf(cms, id);
    expect(log.map((e) => [e.action, e.actorName, e.targetTitle])).toEqual([
      ['xuat_ban', 'Hệ thống', 'Tin sẽ bị gỡ'],
      ['go_xuat_ban', 'Biên tập viên Thử', 'Tin sẽ bị gỡ'],
      ['xoa', 'Biên tập viên Thử', 'Tin sẽ bị gỡ'],
    ]);
  });

  it('approves and rejects one comment or a selection through POST /moderation/comments; the live list follows at once', async (ctx) => {
    if (skipReason()) return ctx.skip();
    const cms = get();
    const [a, b, c] = [
      await pendingComment(cms, article.documentId, 'Bình luận một.'),
      await pendingComment(cms, article.documentId, 'Bình luận hai.'),
      await pendingComment(cms, article.documentId, 'Bình luận ba.'),
    ];
    expect(await liveCommentIds(cms, article.documentId)).not.toEqual(expect.arrayContaining([a]));

    const one = await call(cms, 'POST', '/moderation/comments', editor.token, { decision: 'approve', documentIds: [a] });
    expect(one.status, JSON.stringify(one.body)).toBe(200);
    expect(one.body).toEqual({ data: { decision: 'approve', moderation: 'da_duyet', updated: [a] } });
    expect(await liveCommentIds(cms, article.documentId)).toContain(a);

    const many = await call(cms, 'POST', '/moderation/comments', editor.token, { decision: 'approve', documentIds: [b, c] });
    expect(many.status).toBe(200);
    expect(await liveCommentIds(cms, article.documentId)).toEqual(expect.arrayContaining([a, b, c]));
    expect((await call(cms, 'POST', '/moderation/comments', editor.token, { decision: 'reject', documentIds: [a, c] })).status).toBe(200);
    const live = await liveCommentIds(cms, article.documentId);
    expect(live).toContain(b);
    expect(live).not.toContain(a);
    expect(live).not.toContain(c);
    const stored = await cms.strapi.db
      .query(COMMENT)
      .findMany({ where: { documentId: { $in: [a, b, c] } }, select: ['documentId', 'moderation'] });
    expect(Object.fromEntries(stored.map((r: Json) => [r.documentId, r.moderation]))).toEqual({
      [a]: 'tu_choi',
      [b]: 'da_duyet',
      [c]: 'tu_choi',
    });

    expect((await logOf(cms, a)).map((e) => [e.action, e.detail, e.actorName])).toEqual([
      ['kiem_duyet', 'Đã duyệt', 'Biên tập viên Thử'],
      ['kiem_duyet', 'Từ chối', 'Biên tập viên Thử'],
    ]);
    // Refusals, in Vietnamese.
    const bad = await call(cms, 'POST', '/moderation/comments', editor.token, { decision: 'publish', documentIds: [a] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/Quyết định không hợp lệ/);
    expect((await call(cms, 'POST', '/moderation/comments', editor.token, { decision: 'approve', documentIds: [] })).status).toBe(400);
    const unknown = await call(cms, 'POST', '/moderation/comments', editor.token, {
      decision: 'approve',
      documentIds: ['khong-co-binh-luan-nay'],
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toMatch(/Không tìm thấy bình luận/);
    expect([401, 403]).toContain(
      (await call(cms, 'POST', '/moderation/comments', undefined, { decision: 'approve', documentIds: [b] })).status,
    );
    // An API token (the site build's) is no admin session.
    expect([401, 403]).toContain(
      (await call(cms, 'POST', '/moderation/comments', cms.buildToken, { decision: 'approve', documentIds: [a] })).status,
    );
  });

  it('keeps "Nhật ký xuất bản" read-only for every role and every path', async (ctx) => {
    if (skipReason()) return ctx.skip();
    const cms = get();
    const writes = ['create', 'update', 'delete', 'publish'].map((a) => `plugin::content-manager.explorer.${a}`);
    const granted = await cms.strapi.db.query('admin::permission').findMany({ where: { subject: AUDIT, action: { $in: writes } } });
    expect(granted).toEqual([]);
    const readers = await cms.strapi.db
      .query('admin::permission')
      .findMany({ where: { subject: AUDIT, action: 'plugin::content-manager.explorer.read' }, populate: ['role'] });
    expect(readers.map((p: Json) => p.role.name).sort()).toEqual(['Biên tập viên', 'Quản trị']);

    const [entry] = (await cms.strapi.db.query(AUDIT).findMany({ limit: 1 })) as Json[];
    expect(entry).toBeTruthy();
    const count = await cms.strapi.db.query(AUDIT).count();
    await expect(
      cms.strapi.documents(AUDIT).create({ data: { action: 'xoa', at: new Date(), contentType: ARTICLE } as never }),
    ).rejects.toThrow(/chỉ do hệ thống ghi/);
    await expect(cms.strapi.db.query(AUDIT).update({ where: { id: entry!.id }, data: { actorName: 'Sửa trộm' } })).rejects.toThrow(
      /chỉ do hệ thống ghi/,
    );
    await expect(cms.strapi.db.query(AUDIT).delete({ where: { id: entry!.id } })).rejects.toThrow(/chỉ do hệ thống ghi/);
    await expect(cms.strapi.db.query(AUDIT).deleteMany({ where: {} })).rejects.toThrow(/chỉ do hệ thống ghi/);
    expect(await cms.strapi.db.query(AUDIT).count()).toBe(count);
    expect((await cms.strapi.db.query(AUDIT).findOne({ where: { id: entry!.id } }))?.actorName).toBe(entry!.actorName);
    // The editor reads it in the content manager, and cannot write to it there.
    expect((await call(cms, 'GET', `${CM}/${AUDIT}`, editor.token)).status).toBe(200);
    expect((await call(cms, 'POST', `${CM}/${AUDIT}`, editor.token, { action: 'xoa', at: new Date(), contentType: ARTICLE })).status).toBe(
      403,
    );
    expect((await call(cms, 'GET', `${CM}/${AUDIT}`, reporter.token)).status).toBe(403);
  });

  // Last: it restarts Strapi on a database rewritten to the schema before the rename.
  it('the migration keeps every comment state when an old database (column "status") starts', async (ctx) => {
    if (skipReason()) return ctx.skip();
    const cms = get();
    const states = { cho_duyet: 'Cũ, chờ duyệt.', da_duyet: 'Cũ, đã duyệt.', tu_choi: 'Cũ, từ chối.' } as const;
    const ids: Record<string, string> = {};
    for (const [moderation, text] of Object.entries(states)) {
      ids[moderation] = await pendingComment(cms, article.documentId, text);
      await cms.strapi.db.query(COMMENT).update({ where: { documentId: ids[moderation] }, data: { moderation } });
    }
    const before = Object.fromEntries(
      ((await cms.strapi.db.query(COMMENT).findMany({ select: ['documentId', 'moderation'] })) as Json[]).map((r) => [
        r.documentId,
        r.moderation,
      ]),
    );

    await cms.restart(async (knex, schemaName) => {
      // What a database written before the rename holds: the column, its index and Strapi's record
      // of the schema all say `status`, and the migration has not run.
      const schema = () => (schemaName ? knex.schema.withSchema(schemaName) : knex.schema);
      const table = (name: string) => (schemaName ? knex(name).withSchema(schemaName) : knex(name));
      await schema().alterTable('comments', (t) => t.renameColumn('moderation', 'status'));
      const stored = (await table('strapi_database_schema').select('id', 'schema')) as { id: number; schema: unknown }[];
      for (const row of stored) {
        const text = typeof row.schema === 'string' ? row.schema : JSON.stringify(row.schema);
        const old = text
          .replaceAll('comments_article_moderation_idx', 'comments_article_status_idx')
          .replaceAll('"moderation"', '"status"');
        await table('strapi_database_schema').where({ id: row.id }).update({ schema: old, hash: 'truoc-khi-doi-ten' });
      }
      expect(await table('strapi_migrations').where({ name: MIGRATION }).delete()).toBe(1);
    });

    const after = Object.fromEntries(
      ((await cms.strapi.db.query(COMMENT).findMany({ select: ['documentId', 'moderation'] })) as Json[]).map((r) => [
        r.documentId,
        r.moderation,
      ]),
    );
    expect(after).toEqual(before);
    expect(after[ids.da_duyet!]).toBe('da_duyet');
    expect(after[ids.tu_choi!]).toBe('tu_choi');
    const knex = cms.strapi.db.connection;
    const schemaName = cms.strapi.db.getSchemaName();
    const schema = () => (schemaName ? knex.schema.withSchema(schemaName) : knex.schema);
    expect(await schema().hasColumn('comments', 'status')).toBe(false);
    const ran = schemaName ? knex('strapi_migrations').withSchema(schemaName) : knex('strapi_migrations');
    expect(await ran.where({ name: MIGRATION })).toHaveLength(1);
    const live = await liveCommentIds(cms, article.documentId);
    expect(live).toContain(ids.da_duyet);
    expect(live).not.toContain(ids.tu_choi);
    expect(live).not.toContain(ids.cho_duyet);
  });
}
