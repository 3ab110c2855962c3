// SITE_CONTENT_SYNC=delta through real `astro build` runs sharing one cacheDir (as the fast lane's
// builds do): the second build's loaders sync a delta from the bookkeeping the first left in
// Astro's meta store, and the edited article's page shows the edit. (delta-sync.test.ts checks the
// stores entry for entry against a full sync; this checks the loaders run that way inside Astro.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildSite, read, removeBuild, startCms, type SiteFixture } from './fixture';

let site: SiteFixture;
let seededBy: number;
beforeAll(async () => {
  site = await startCms();
  seededBy = Date.now();
});
afterAll(async () => {
  if (site) await site.cms.stop();
});

it('astro build with SITE_CONTENT_SYNC=delta syncs a delta on the second build', async () => {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-delta-cache-'));
  const env = { ...site.env, SITE_TODAY: '2024-06-11', TZ: 'UTC', SITE_CONTENT_SYNC: 'delta', ASTRO_CACHE_DIR: cache };
  // One output folder: Astro hashes its config (outDir included) and clears the store when it differs.
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-delta-out-')), 'build');
  // A delta reads what changed since its previous sync began, minus a 30 s margin: a sample content
  // seeded less than 30 s before the first sync would count as changed on the second, and every
  // collection embedding it would be read in full (correct, but not what this test is about).
  await new Promise((r) => setTimeout(r, Math.max(0, seededBy + 31_000 - Date.now())));
  const first = await buildSite(env, out);
  expect(first.code, first.output.slice(-3000)).toBe(0);
  // Past the sync margin (30 s), as a publish minutes after the previous build is.
  await new Promise((r) => setTimeout(r, 31_000));
  const articles = site.cms.strapi.documents('api::article.article');
  const a = (await articles.findFirst({ status: 'published' } as never)) as unknown as { documentId: string; slug: string };
  await articles.update({ documentId: a.documentId, data: { title: 'Tiêu đề sửa qua đồng bộ phần thay đổi' } } as never);
  await articles.publish({ documentId: a.documentId } as never);
  const second = await buildSite(env, out);
  expect(second.code, second.output.slice(-3000)).toBe(0);
  expect(second.output).toMatch(/tin bài: đồng bộ phần thay đổi, đọc \d+, bỏ 0/);
  expect(second.output).not.toMatch(/tin bài: đọc lại toàn bộ/);
  expect(read(second.outDir, `bai-viet/${a.slug}/index.html`)).toContain('Tiêu đề sửa qua đồng bộ phần thay đổi');
  removeBuild(second);
  fs.rmSync(cache, { recursive: true, force: true });
}, 600_000);
