// Who may call every route the CMS exposes (issue 13, item 2): anonymous readers, the site build's
// token, the preview server's token and a logged-in admin. The table lists EVERY route by method and
// path; a route Strapi serves that is not in it fails the test, so a new route (a plugin, an upgrade,
// a new content type) cannot open silently: whoever adds it must say here who may call it.
import { expect, it } from 'vitest';
import type { TestCms } from './harness';

export type Caller = 'anonymous' | 'build' | 'preview' | 'admin';
const CALLERS: readonly Caller[] = ['anonymous', 'build', 'preview', 'admin'];

// Shorthands of the table.
const NOBODY = '';
const ADMIN = 'admin';
const ALL = 'anonymous build preview admin';
const SITE = 'build'; // published reads of a type the site is built from
const DRAFTS = 'build preview'; // ...and that the preview server reads as drafts (find only)

/**
 * `METHOD path` → the callers who get through (any answer but 401/403). Admin routes other than GET
 * are not called with the admin's session (they would change the CMS); their entry documents intent.
 * "ALL" methods (`/_health`) are called with GET.
 */
export const ROUTE_ACCESS: Readonly<Record<string, string>> = {
  // Strapi itself: health check, the public folder (uploads and static files).
  'ALL /_health': ALL,
  'GET /': ALL,
  'GET /uploads/(.*)': ALL,
  'GET /((?!uploads/).+)': ALL,

  // Our content types: published reads for the build, drafts of previewed types (and the types they
  // link to) for the preview; no writes through the API for anyone (staff use the admin).
  'GET /api/anniversaries': SITE,
  'GET /api/anniversaries/:id': SITE,
  'POST /api/anniversaries': NOBODY,
  'PUT /api/anniversaries/:id': NOBODY,
  'DELETE /api/anniversaries/:id': NOBODY,
  'GET /api/articles': DRAFTS,
  'GET /api/articles/:id': SITE,
  'POST /api/articles': NOBODY,
  'PUT /api/articles/:id': NOBODY,
  'DELETE /api/articles/:id': NOBODY,
  'GET /api/categories': DRAFTS,
  'GET /api/categories/:id': SITE,
  'POST /api/categories': NOBODY,
  'PUT /api/categories/:id': NOBODY,
  'DELETE /api/categories/:id': NOBODY,
  'GET /api/congresses': DRAFTS,
  'GET /api/congresses/:id': SITE,
  'POST /api/congresses': NOBODY,
  'PUT /api/congresses/:id': NOBODY,
  'DELETE /api/congresses/:id': NOBODY,
  'GET /api/galleries': DRAFTS,
  'GET /api/galleries/:id': SITE,
  'POST /api/galleries': NOBODY,
  'PUT /api/galleries/:id': NOBODY,
  'DELETE /api/galleries/:id': NOBODY,
  'GET /api/linked-sites': SITE,
  'GET /api/linked-sites/:id': SITE,
  'POST /api/linked-sites': NOBODY,
  'PUT /api/linked-sites/:id': NOBODY,
  'DELETE /api/linked-sites/:id': NOBODY,
  'GET /api/pages': DRAFTS,
  'GET /api/pages/:id': SITE,
  'POST /api/pages': NOBODY,
  'PUT /api/pages/:id': NOBODY,
  'DELETE /api/pages/:id': NOBODY,
  'GET /api/party-documents': DRAFTS,
  'GET /api/party-documents/:id': SITE,
  'POST /api/party-documents': NOBODY,
  'PUT /api/party-documents/:id': NOBODY,
  'DELETE /api/party-documents/:id': NOBODY,
  'GET /api/site-setting': SITE,
  'PUT /api/site-setting': NOBODY,
  'DELETE /api/site-setting': NOBODY,
  'GET /api/videos': SITE,
  'GET /api/videos/:id': SITE,
  'POST /api/videos': NOBODY,
  'PUT /api/videos/:id': NOBODY,
  'DELETE /api/videos/:id': NOBODY,

  // Readers' endpoints (auth: false, rate limited) and the approved comments the build bakes in.
  'GET /api/interactions/comment-token': ALL,
  'POST /api/interactions/comments': ALL,
  'GET /api/interactions/comments/:articleId': ALL,
  'GET /api/interactions/comments': 'build',
  'POST /api/interactions/views/:articleId': ALL,
  'GET /api/interactions/views/:articleId': ALL,
  'GET /api/interactions/views': ALL,
  'POST /api/interactions/visits': ALL,
  'GET /api/interactions/stats': ALL,

  // Plugins' content API routes: mounted by Strapi, allowed to nobody (no role or token holds them).
  'GET /api/content-type-builder/content-types': NOBODY,
  'GET /api/content-type-builder/content-types/:uid': NOBODY,
  'GET /api/content-type-builder/components': NOBODY,
  'GET /api/content-type-builder/components/:uid': NOBODY,
  'POST /api/email': NOBODY,
  'POST /api/upload': NOBODY,
  'GET /api/upload/files': NOBODY,
  'GET /api/upload/files/page': NOBODY,
  'GET /api/upload/files/:id': NOBODY,
  'DELETE /api/upload/files/:id': NOBODY,
  'GET /api/i18n/locales': NOBODY,
  // users-permissions' content API (sign-up, login, /api/users, roles) is not mounted at all.

  // The admin panel's API: the admin's session only, except the login screens' own endpoints.
  'GET /admin/init': ALL,
  'GET /admin/project-type': ALL,
  'POST /admin/login': ALL,
  'POST /admin/register-admin': ALL,
  'GET /admin/registration-info': ALL,
  'POST /admin/register': ALL,
  'POST /admin/forgot-password': ALL,
  'POST /admin/reset-password': ALL,
  // Public, but answers 401 itself without the refresh cookie the login sets.
  'POST /admin/access-token': NOBODY,
  // Comment moderation from the admin's list and edit view (lib/newsroom/moderation-route.ts):
  // an admin session with the right to edit comments, never an API token.
  'POST /moderation/comments': ADMIN,
  // The editors' "Bài chờ duyệt" page (lib/newsroom/pending-drafts.ts): an admin session; the rows
  // follow the user's own publish permissions.
  'GET /newsroom/pending-drafts': ADMIN,
  // The preview button's script: public, it only says how to talk to the preview frame.
  'GET /content-manager/preview/script': ALL,
  // Data transfer: only transfer tokens (none exist), not the admin's session.
  'GET /admin/transfer/runner/push': NOBODY,
  'GET /admin/transfer/runner/pull': NOBODY,
  ...Object.fromEntries(
    `GET /admin/project-settings|POST /admin/project-settings|GET /admin/information|GET /admin/telemetry-properties|GET /admin/plugins|GET /admin/license-trial-time-left|GET /admin/guided-tour-meta|POST /admin/logout|GET /admin/permissions|POST /admin/permissions/check|GET /admin/users/me|PUT /admin/users/me|GET /admin/users/me/permissions|GET /admin/users/me/sessions|DELETE /admin/users/me/sessions|DELETE /admin/users/me/sessions/:sessionId|POST /admin/users|GET /admin/users|GET /admin/users/:id|PUT /admin/users/:id|DELETE /admin/users/:id|POST /admin/users/batch-delete|GET /admin/roles/:id/permissions|PUT /admin/roles/:id/permissions|GET /admin/roles/:id|GET /admin/roles|POST /admin/roles|PUT /admin/roles/:id|DELETE /admin/roles/:id|POST /admin/roles/batch-delete|GET /admin/webhooks|POST /admin/webhooks|GET /admin/webhooks/:id|PUT /admin/webhooks/:id|DELETE /admin/webhooks/:id|POST /admin/webhooks/batch-delete|POST /admin/webhooks/:id/trigger|POST /admin/api-tokens|GET /admin/api-tokens|DELETE /admin/api-tokens/:id|GET /admin/api-tokens/:id|PUT /admin/api-tokens/:id|POST /admin/api-tokens/:id/regenerate|POST /admin/admin-tokens|GET /admin/admin-tokens|DELETE /admin/admin-tokens/:id|GET /admin/admin-tokens/:id|PUT /admin/admin-tokens/:id|POST /admin/admin-tokens/:id/regenerate|GET /admin/admin-tokens/:id/owner-permissions|GET /admin/content-api/permissions|GET /admin/content-api/routes|POST /admin/transfer/tokens|GET /admin/transfer/tokens|DELETE /admin/transfer/tokens/:id|GET /admin/transfer/tokens/:id|PUT /admin/transfer/tokens/:id|POST /admin/transfer/tokens/:id/regenerate|GET /admin/homepage/key-statistics|GET /admin/homepage/layout|PUT /admin/homepage/layout|GET /admin/ai-usage|GET /admin/ai-token|GET /admin/ai-feature-config`
      .split('|')
      .map((key) => [key, ADMIN]),
  ),
  ...Object.fromEntries(
    `GET /content-manager/init|GET /content-manager/content-types|GET /content-manager/content-types-settings|GET /content-manager/content-types/:uid/configuration|PUT /content-manager/content-types/:uid/configuration|GET /content-manager/components|GET /content-manager/components/:uid/configuration|PUT /content-manager/components/:uid/configuration|POST /content-manager/uid/generate|POST /content-manager/uid/check-availability|GET /content-manager/relations/:model/:targetField|GET /content-manager/relations/:model/:id/:targetField|GET /content-manager/single-types/:model|PUT /content-manager/single-types/:model|DELETE /content-manager/single-types/:model|POST /content-manager/single-types/:model/actions/publish|POST /content-manager/single-types/:model/actions/unpublish|POST /content-manager/single-types/:model/actions/discard|GET /content-manager/single-types/:model/actions/countDraftRelations|GET /content-manager/collection-types/:model|POST /content-manager/collection-types/:model|POST /content-manager/collection-types/:model/clone/:sourceId|POST /content-manager/collection-types/:model/auto-clone/:sourceId|GET /content-manager/collection-types/:model/:id|PUT /content-manager/collection-types/:model/:id|DELETE /content-manager/collection-types/:model/:id|POST /content-manager/collection-types/:model/actions/publish|POST /content-manager/collection-types/:model/:id/actions/publish|POST /content-manager/collection-types/:model/:id/actions/unpublish|POST /content-manager/collection-types/:model/:id/actions/discard|POST /content-manager/collection-types/:model/actions/bulkDelete|POST /content-manager/collection-types/:model/actions/bulkFindForValidation|POST /content-manager/collection-types/:model/actions/bulkPublish|POST /content-manager/collection-types/:model/actions/bulkUnpublish|GET /content-manager/collection-types/:model/:id/actions/countDraftRelations|GET /content-manager/collection-types/:model/actions/countManyEntriesDraftRelations|GET /content-manager/preview/url/:contentType|GET /content-manager/homepage/recent-documents|GET /content-manager/homepage/count-documents`
      .split('|')
      .map((key) => [key, ADMIN]),
  ),
  ...Object.fromEntries(
    `GET /content-type-builder/reserved-names|GET /content-type-builder/content-types|GET /content-type-builder/content-types/:uid|POST /content-type-builder/content-types|PUT /content-type-builder/content-types/:uid|DELETE /content-type-builder/content-types/:uid|GET /content-type-builder/components|GET /content-type-builder/components/:uid|POST /content-type-builder/components|PUT /content-type-builder/components/:uid|DELETE /content-type-builder/components/:uid|PUT /content-type-builder/component-categories/:name|DELETE /content-type-builder/component-categories/:name|GET /content-type-builder/schema|POST /content-type-builder/update-schema|GET /content-type-builder/update-schema-status|POST /email|POST /email/test|GET /email/settings|POST /email/verify|GET /upload/settings|PUT /upload/settings|POST /upload|POST /upload/actions/upload-from-urls|GET /upload/files|POST /upload/files|GET /upload/files/:id|PUT /upload/files/:id|POST /upload/files/:id/replace|DELETE /upload/files/:id|GET /upload/folders/:id|GET /upload/folders|POST /upload/folders|PUT /upload/folders/:id|GET /upload/folder-structure|POST /upload/actions/bulk-delete|POST /upload/actions/bulk-move|POST /upload/actions/bulk-update|POST /upload/actions/generate-ai-metadata|POST /upload/ai-metadata-jobs|GET /upload/ai-metadata-jobs/latest|GET /upload/ai-metadata-jobs/pending-count|GET /upload/configuration|PUT /upload/configuration|GET /i18n/iso-locales|GET /i18n/locales|POST /i18n/locales|PUT /i18n/locales/:id|DELETE /i18n/locales/:id|POST /i18n/content-manager/actions/get-non-localized-fields|GET /i18n/content-manager/get-fill-from-locale/:model|GET /i18n/settings|PUT /i18n/settings|GET /i18n/ai-localization-jobs/collection-types/:contentType/:documentId|GET /i18n/ai-localization-jobs/single-types/:contentType|GET /users-permissions/roles/:id|GET /users-permissions/roles|POST /users-permissions/roles|PUT /users-permissions/roles/:role|DELETE /users-permissions/roles/:role|GET /users-permissions/email-templates|PUT /users-permissions/email-templates|GET /users-permissions/advanced|PUT /users-permissions/advanced|GET /users-permissions/providers|PUT /users-permissions/providers|GET /users-permissions/permissions|GET /users-permissions/policies|GET /users-permissions/routes`
      .split('|')
      .map((key) => [key, ADMIN]),
  ),
};

type Layer = { path: string; methods: string[] };

/** Every route Strapi serves, as `METHOD path` (HEAD left out: Koa answers it with GET's handler). */
export function listRoutes(cms: TestCms): string[] {
  const layers = (cms.strapi.server as unknown as { listRoutes(): Layer[] }).listRoutes();
  const keys = new Set<string>();
  for (const layer of layers) {
    const methods = layer.methods.filter((m) => m !== 'HEAD');
    // router.all(): every method Node knows. One entry, called with GET.
    if (methods.length > 10) keys.add(`ALL ${layer.path}`);
    else for (const m of methods) keys.add(`${m} ${layer.path}`);
  }
  return [...keys];
}

/**
 * A concrete URL for a route pattern: a type parameter names a real type (so the admin's request is
 * judged on its permissions, not refused for an unknown type), every other parameter and wildcard
 * a harmless placeholder that matches no entry.
 */
const concrete = (pattern: string) =>
  pattern
    .replace(/single-types\/:model/, 'single-types/@SINGLE@')
    .replace(/:(model|uid|contentType)\b/g, '@TYPE@')
    .replace(/:[A-Za-z_]+/g, 'khong-co')
    .replace(/\([^)]*\)/g, 'khong-co')
    .replace('@SINGLE@', 'api::site-setting.site-setting')
    .replace(/@TYPE@/g, 'api::article.article');

async function status(cms: TestCms, method: string, pathname: string, bearer: string | null): Promise<number> {
  const verb = method === 'ALL' ? 'GET' : method;
  const res = await fetch(`${cms.url}${concrete(pathname)}`, {
    method: verb,
    headers: {
      ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}),
      ...(verb === 'GET' ? {} : { 'Content-Type': 'application/json' }),
    },
    body: verb === 'GET' ? undefined : '{}',
    signal: AbortSignal.timeout(15_000),
  });
  await res.arrayBuffer().catch(() => undefined);
  return res.status;
}

async function adminJwt(cms: TestCms): Promise<string> {
  const login = await fetch(`${cms.url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD }),
  });
  return ((await login.json()) as { data: { token: string } }).data.token;
}

export function routeAccessTests(opts: { cms: () => TestCms; skipReason: () => string | null }): void {
  it('lists every route Strapi serves in the access table, and nothing that is gone', (ctx) => {
    if (opts.skipReason()) return ctx.skip();
    const served = listRoutes(opts.cms());
    expect(served.length).toBeGreaterThan(200);
    const unknown = served.filter((key) => !(key in ROUTE_ACCESS));
    expect(unknown, 'routes missing from test/route-access.ts: say who may call them').toEqual([]);
    const gone = Object.keys(ROUTE_ACCESS).filter((key) => !served.includes(key));
    expect(gone, 'routes in the table that Strapi no longer serves').toEqual([]);
  });

  it('lets through exactly the callers the table names, on every route', async (ctx) => {
    if (opts.skipReason()) return ctx.skip();
    const cms = opts.cms();
    const bearer: Record<Caller, string | null> = {
      anonymous: null,
      build: cms.buildToken,
      preview: cms.previewToken,
      admin: await adminJwt(cms),
    };
    const wrong: string[] = [];
    for (const key of listRoutes(cms)) {
      const [method, pathname] = key.split(' ') as [string, string];
      const allowed = new Set((ROUTE_ACCESS[key] ?? '').split(' ').filter(Boolean));
      for (const caller of CALLERS) {
        // The admin's session is not used on admin routes that change things (see the table).
        if (caller === 'admin' && method !== 'GET' && method !== 'ALL' && !pathname.startsWith('/api/')) continue;
        const got = await status(cms, method, pathname, bearer[caller]);
        const through = got !== 401 && got !== 403;
        if (through !== allowed.has(caller)) wrong.push(`${key} ${caller}: ${got} (bảng: ${allowed.has(caller) ? 'được gọi' : 'bị chặn'})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('answers 401/403/404 to the build token for users, roles and uploads, and 404/405 to sign-up', async (ctx) => {
    if (opts.skipReason()) return ctx.skip();
    const cms = opts.cms();
    for (const pathname of ['/api/users', '/api/users/me', '/api/users-permissions/roles', '/api/upload/files', '/api/upload/files/1']) {
      for (const bearer of [cms.buildToken, cms.previewToken, null]) {
        expect([401, 403, 404], `${pathname} ${bearer === null ? 'anonymous' : bearer === cms.buildToken ? 'build' : 'preview'}`).toContain(
          await status(cms, 'GET', pathname, bearer),
        );
      }
    }
    const register = await fetch(`${cms.url}/api/auth/local/register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'ke-la', email: 'ke-la@example.vn', password: 'Mat-khau-1234' }),
    });
    expect([404, 405]).toContain(register.status);
    expect(await cms.strapi.db.query('plugin::users-permissions.user').count()).toBe(0);
    for (const pathname of ['/api/auth/local', '/api/auth/forgot-password', '/api/connect/github']) {
      expect([404, 405], pathname).toContain(await status(cms, pathname.includes('connect') ? 'GET' : 'POST', pathname, null));
    }
  });
}
