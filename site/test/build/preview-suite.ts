// Draft preview end to end: the CMS's own preview endpoint (what the admin's "Xem trước" button
// asks) gives a signed link; the build's preview server (server/entry.mjs) renders the draft with
// the site's layout; without a valid link it shows nothing; drafts never reach the static site.
import { signedPreviewPath } from '@dbk/shared-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProcess, waitForHttp, type Running } from '../../../scripts/src/lib/process.ts';
import { previewServerEntry } from '../../../scripts/src/lib/site.ts';
import { listFiles, read, type BuildResult, type SiteFixture } from './fixture';

export const DRAFT_ARTICLE = {
  title: 'Dự thảo tin chưa xuất bản về công tác kiểm tra',
  body: 'Bản nháp nhắc đến Nghị quyết số 35-NQ/TW và chưa được duyệt.\n\n**Đoạn in đậm của bản nháp.**',
};
export const DRAFT_PAGE = { title: 'Trang nháp giới thiệu ban tuyên giáo', body: 'Nội dung trang nháp, chưa công bố.' };
export const DRAFT_DOCUMENT = {
  documentNumber: '99-NQ/ĐUK',
  kind: 'nghi_quyet',
  title: 'Dự thảo nghị quyết chưa ban hành về công tác kiểm tra',
  issuingBody: 'Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh',
  issueDate: '2024-06-01',
  excerpt: 'Dự thảo, chưa ban hành.',
};

export interface Drafts {
  article: string;
  page: string;
  document: string;
}

/** Created before the site is built: the build must leave them out. */
export async function createDrafts(site: SiteFixture): Promise<Drafts> {
  const article = (await site.cms.strapi.documents('api::article.article').create({
    data: { ...DRAFT_ARTICLE, displayDate: '2024-06-10T08:00:00+07:00' },
  } as never)) as { documentId: string };
  const page = (await site.cms.strapi.documents('api::page.page').create({ data: DRAFT_PAGE } as never)) as { documentId: string };
  const document = (await site.cms.strapi.documents('api::party-document.party-document').create({ data: DRAFT_DOCUMENT } as never)) as {
    documentId: string;
  };
  return { article: article.documentId, page: page.documentId, document: document.documentId };
}

async function adminToken(cmsUrl: string): Promise<string> {
  const res = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD }),
  });
  expect(res.status).toBe(200);
  const { data } = (await res.json()) as { data: { token?: string; accessToken?: string } };
  return (data.accessToken ?? data.token)!;
}

export function definePreviewTests(build: () => BuildResult, site: () => SiteFixture, drafts: () => Drafts): void {
  describe('draft preview', () => {
    let server: Running;
    let token: string;
    let base: string;

    /** What the admin's preview button opens for this entry. */
    async function previewUrl(uid: string, documentId: string): Promise<string> {
      const res = await fetch(`${site().cms.url}/content-manager/preview/url/${uid}?documentId=${documentId}&status=draft&locale=`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(res.status, await res.clone().text()).toBe(200);
      return ((await res.json()) as { data: { url: string } }).data.url;
    }

    beforeAll(async () => {
      const { port, secret } = site().preview;
      base = `http://127.0.0.1:${port}`;
      server = startProcess(process.execPath, [previewServerEntry(build().buildDir)], {
        cwd: build().buildDir,
        env: { ...process.env, ...site().env, PREVIEW_SECRET: secret, HOST: '127.0.0.1', PORT: String(port) },
        prefix: '[xem trước]',
        quiet: true,
      });
      await waitForHttp(`${base}/xem-truoc/`, 30_000, server);
      token = await adminToken(site().cms.url);
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('never writes a draft into the static site', () => {
      for (const f of listFiles(build().outDir).filter((f) => /\.(html|xml|json)$/.test(f))) {
        const text = read(build().outDir, f);
        expect(text, f).not.toContain(DRAFT_ARTICLE.title);
        expect(text, f).not.toContain(DRAFT_PAGE.title);
        expect(text, f).not.toContain(DRAFT_DOCUMENT.title);
      }
      expect(listFiles(build().outDir).some((f) => f.startsWith('xem-truoc'))).toBe(false);
    });

    it("opens an article's draft from the admin's link, in the site's layout, private and unindexed", async () => {
      const url = await previewUrl('api::article.article', drafts().article);
      expect(url.startsWith(`${base}/xem-truoc/bai-viet/${drafts().article}/?exp=`)).toBe(true);
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      expect(res.headers.get('x-robots-tag')).toContain('noindex');
      const html = await res.text();
      expect(html).toContain(`<h1>${DRAFT_ARTICLE.title}</h1>`);
      expect(html).toContain('<strong>Đoạn in đậm của bản nháp.</strong>');
      expect(html).toContain('Bản xem trước');
      expect(html).toContain('<meta name="robots" content="noindex">');
      // The site's own pipeline: its header and menu, and the document number linked as on real pages.
      expect(html).toMatch(/Nghị quyết số <a href="\/van-ban\/[^"]+\/" class="doc-link">35-NQ\/TW<\/a>/);
      expect(html).toContain('class="masthead"');
      expect(html).not.toContain('data-record-view');
      // The page's stylesheet is served by the same server.
      const css = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1];
      expect(css).toBeTruthy();
      expect((await fetch(base + css)).status).toBe(200);
    });

    it("opens a page's and a party document's draft too", async () => {
      const page = await fetch(await previewUrl('api::page.page', drafts().page));
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(`<h1>${DRAFT_PAGE.title}</h1>`);
      const document = await fetch(await previewUrl('api::party-document.party-document', drafts().document));
      const html = await document.text();
      expect(document.status, html.slice(0, 300)).toBe(200);
      expect(html).toContain(`<h1>Nghị quyết số 99-NQ/ĐUK: ${DRAFT_DOCUMENT.title}</h1>`);
      expect(html).toContain('Bản xem trước');
    });

    it('shows nothing without a valid link: no signature, a forged one, another entry, expired', async () => {
      const good = new URL(await previewUrl('api::article.article', drafts().article));
      const attempts: Array<[string, number]> = [
        [`${base}/xem-truoc/bai-viet/${drafts().article}/`, 404],
        [`${base}/xem-truoc/bai-viet/${drafts().article}/?exp=${good.searchParams.get('exp')}&sig=${'0'.repeat(64)}`, 404],
        [`${base}/xem-truoc/trang/${drafts().article}/${good.search}`, 404],
        [`${base}/xem-truoc/bai-viet/${drafts().page}/${good.search}`, 404],
        [
          `${base}/xem-truoc/bai-viet/${drafts().article}/?exp=${Number(good.searchParams.get('exp')) + 60}&sig=${good.searchParams.get('sig')}`,
          404,
        ],
        [
          `${base}${await signedPreviewPath('khoa-bi-mat-cua-ke-gia-mao-0000', 'bai-viet', drafts().article, Math.floor(Date.now() / 1000) + 600)}`,
          404,
        ],
        [`${base}${await signedPreviewPath(site().preview.secret, 'bai-viet', drafts().article, Math.floor(Date.now() / 1000) - 1)}`, 403],
      ];
      for (const [url, status] of attempts) {
        const res = await fetch(url);
        const html = await res.text();
        expect(res.status, url).toBe(status);
        expect(html, url).not.toContain(DRAFT_ARTICLE.title);
        expect(html, url).not.toContain(DRAFT_PAGE.title);
        expect(res.headers.get('cache-control'), url).toBe('private, no-store');
      }
    });

    it('gives no preview button to types that have none', async () => {
      const res = await fetch(`${site().cms.url}/content-manager/preview/url/api::category.category?documentId=x&status=draft`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      // Strapi answers 204, no body, when the handler gives no URL: the admin then shows no button.
      expect(res.status).toBe(204);
      expect(await res.text()).toBe('');
    });
  });
}
