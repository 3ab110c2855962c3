// Document identity, structured data, video and congress pages on the sample build. The content
// added here is what the sample lacks: a second "01-NQ/ĐUK" (the number restarts every term: the
// sample has the 2025 one, this is the 2020 one of Congress VII), articles and a page citing it
// with and without a date, an article edited long after it was entered, and an uploaded video.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { listFiles, read, type SiteFixture } from './fixture';

const SITE = 'https://dangbokhoi.example.vn';

export const OLD_RESOLUTION = {
  documentNumber: '01-NQ/ĐUK',
  slug: 'nghi-quyet-01-nq-duk-nhiem-ky-2020-2025',
  kind: 'nghi_quyet',
  title: 'Nghị quyết Đại hội đại biểu Đảng bộ Khối lần thứ VII, nhiệm kỳ 2020 - 2025',
  issuingBody: 'Đại hội đại biểu Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh lần thứ VII',
  issueDate: '2020-08-28',
  term: '2020 - 2025',
  excerpt: 'Nghị quyết Đại hội lần thứ VII: mục tiêu, chỉ tiêu và nhiệm vụ nhiệm kỳ 2020 - 2025.',
};
// Dated in the old term, before the new 01-NQ/ĐUK existed: cites the old one. Its title does not
// name the congress: only the citation ties it to Congress VII.
export const MID_TERM_ARTICLE = {
  title: 'Sơ kết giữa nhiệm kỳ việc thực hiện nghị quyết của Đảng bộ',
  slug: 'so-ket-giua-nhiem-ky-thuc-hien-nghi-quyet',
  displayDate: '2022-05-10T08:00:00+07:00',
  body: 'Hội nghị đánh giá kết quả hai năm thực hiện Nghị quyết số 01-NQ/ĐUK của Đảng bộ Khối.',
};
// In the new term: the dated citation is the old resolution, the undated one the new.
export const NEW_TERM_ARTICLE = {
  title: 'Quán triệt chỉ tiêu của nhiệm kỳ mới',
  slug: 'quan-triet-chi-tieu-cua-nhiem-ky-moi',
  displayDate: '2025-09-02T08:00:00+07:00',
  body: 'So với Nghị quyết số 01-NQ/ĐUK, ngày 28/8/2020, Nghị quyết 01-NQ/ĐUK của nhiệm kỳ này đặt chỉ tiêu cao hơn.',
};
// A page has no date of its own: nothing tells the two apart, the reader chooses.
export const UNDATED_PAGE = {
  title: 'Hệ thống văn bản của Đảng bộ Khối',
  slug: 'he-thong-van-ban',
  body: 'Mỗi kỳ Đại hội ban hành Nghị quyết 01-NQ/ĐUK của nhiệm kỳ mình.',
};
export const UPLOADED_VIDEO = {
  title: 'Video tải lên: hội nghị sơ kết',
  slug: 'video-tai-len-hoi-nghi-so-ket',
  date: '2024-05-20T09:00:00+07:00',
};
const NEW_RESOLUTION_SLUG = '01-nq-duk';
// The seed's "Đổi mới sáng tạo" article, edited here "years after" it was entered.
export const EDITED_SLUG = 'doi-moi-sang-tao-xay-dung-dang-bo-trong-sach-vung-manh';

export interface IdentityContent {
  /** when the edit of EDITED_SLUG was made: its dateModified is at least this */
  editedAt: Date;
}

export async function createIdentityContent(site: SiteFixture): Promise<IdentityContent> {
  const strapi = site.cms.strapi;
  const congress = await strapi.documents('api::congress.congress').findFirst({ filters: { slug: 'dai-hoi-lan-thu-vii' } } as never);
  await strapi
    .documents('api::party-document.party-document')
    .create({ data: { ...OLD_RESOLUTION, congress: congress!.documentId }, status: 'published' } as never);
  for (const data of [MID_TERM_ARTICLE, NEW_TERM_ARTICLE])
    await strapi.documents('api::article.article').create({ data, status: 'published' } as never);
  await strapi.documents('api::page.page').create({ data: UNDATED_PAGE, status: 'published' } as never);

  // An uploaded file (a few bytes are enough: the page is what is checked, not playback).
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dbk-video-'));
  const filepath = path.join(dir, 'hoi-nghi-so-ket.mp4');
  await fs.writeFile(filepath, Buffer.alloc(2048, 1));
  const upload = strapi.plugin('upload').service('upload') as { upload(input: unknown): Promise<{ id: number }[]> };
  const [file] = await upload.upload({
    data: { fileInfo: { name: 'hoi-nghi-so-ket.mp4' } },
    files: { filepath, originalFilename: 'hoi-nghi-so-ket.mp4', mimetype: 'video/mp4', size: 2048 },
  });
  await fs.rm(dir, { recursive: true, force: true });
  const poster = (await strapi.db.query('plugin::upload.file').findOne({ where: { mime: 'image/jpeg' } })) as { id: number };
  await strapi
    .documents('api::video.video')
    .create({ data: { ...UPLOADED_VIDEO, file: file!.id, poster: poster.id }, status: 'published' } as never);

  // Entered long ago, edited now: the edit is its last change, not its display date.
  const articles = strapi.documents('api::article.article');
  const edited = (await articles.findFirst({ filters: { slug: EDITED_SLUG } } as never))!;
  await strapi.db
    .query('api::article.article')
    .updateMany({ where: { documentId: edited.documentId }, data: { createdAt: new Date('2020-08-17T01:33:00Z') } });
  const editedAt = new Date();
  await articles.update({ documentId: edited.documentId, data: { kicker: 'Bài đã sửa' } } as never);
  await articles.publish({ documentId: edited.documentId } as never);
  return { editedAt };
}

/** Every JSON-LD object of a page, parsed: a page whose JSON-LD does not parse fails here. */
function jsonLd(html: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (nodes: ReturnType<typeof parseDocument>['children']): void => {
    for (const node of nodes) {
      if (node.type === 'script' && node.attribs['type'] === 'application/ld+json') {
        const text = node.children.map((c) => ('data' in c ? c.data : '')).join('');
        found.push(JSON.parse(text) as Record<string, unknown>);
      }
      if ('children' in node) walk(node.children as ReturnType<typeof parseDocument>['children']);
    }
  };
  walk(parseDocument(html).children);
  return found;
}

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/u;
const page = (outDir: string, url: string) => read(outDir, path.join(url, 'index.html'));
/** href of every document link in the page's prose, in order */
const docLinks = (html: string) => [...html.matchAll(/<a href="([^"]+)" class="doc-link">([^<]+)<\/a>/gu)].map((m) => `${m[2]} → ${m[1]}`);

export function defineIdentityTests(outDir: () => string, content: () => IdentityContent): void {
  describe('document identity', () => {
    it('links a citation to the document whose date or term fits, and an undecidable one to a list', () => {
      expect(docLinks(page(outDir(), `/bai-viet/${MID_TERM_ARTICLE.slug}/`))).toEqual([`01-NQ/ĐUK → /van-ban/${OLD_RESOLUTION.slug}/`]);
      expect(docLinks(page(outDir(), `/bai-viet/${NEW_TERM_ARTICLE.slug}/`))).toEqual([
        `01-NQ/ĐUK → /van-ban/${OLD_RESOLUTION.slug}/`,
        `01-NQ/ĐUK → /van-ban/${NEW_RESOLUTION_SLUG}/`,
      ]);
      expect(docLinks(page(outDir(), `/trang/${UNDATED_PAGE.slug}/`))).toEqual(['01-NQ/ĐUK → /van-ban/so/01-nq-duk/']);
    });

    it('lists the documents sharing a number on their own page, each with its date and term', () => {
      const html = page(outDir(), '/van-ban/so/01-nq-duk/');
      const choices = html.slice(html.indexOf('<ul class="doc-choices">'), html.indexOf('</ul>', html.indexOf('doc-choices')));
      expect([...choices.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/gu)].map((m) => `${m[2]} → ${m[1]}`)).toEqual([
        `Nghị quyết số 01-NQ/ĐUK, ngày 13/06/2025 → /van-ban/${NEW_RESOLUTION_SLUG}/`,
        `Nghị quyết số 01-NQ/ĐUK, ngày 28/08/2020 → /van-ban/${OLD_RESOLUTION.slug}/`,
      ]);
      expect(choices).toContain('nhiệm kỳ 2020 - 2025');
    });

    it("lists an article as citing a document only on that document's page", () => {
      const citing = (slug: string) => {
        const html = page(outDir(), `/van-ban/${slug}/`);
        return html.slice(html.indexOf('Tin bài nhắc đến văn bản này'));
      };
      expect(citing(OLD_RESOLUTION.slug)).toContain(`href="/bai-viet/${MID_TERM_ARTICLE.slug}/"`);
      expect(citing(OLD_RESOLUTION.slug)).toContain(`href="/bai-viet/${NEW_TERM_ARTICLE.slug}/"`);
      expect(citing(NEW_RESOLUTION_SLUG)).not.toContain(`href="/bai-viet/${MID_TERM_ARTICLE.slug}/"`);
      expect(citing(NEW_RESOLUTION_SLUG)).toContain(`href="/bai-viet/${NEW_TERM_ARTICLE.slug}/"`);
    });
  });

  describe('structured data', () => {
    it('gives JSON-LD that parses, with a schema.org type, on every page that has any', () => {
      const kinds = new Map<string, number>();
      for (const file of listFiles(outDir()).filter((f) => f.endsWith('.html'))) {
        for (const ld of jsonLd(read(outDir(), file))) {
          expect(ld['@context'], file).toBe('https://schema.org');
          expect(typeof ld['@type'], file).toBe('string');
          kinds.set(ld['@type'] as string, (kinds.get(ld['@type'] as string) ?? 0) + 1);
        }
      }
      // Every article and document page, and the home page.
      expect(kinds.get('NewsArticle')).toBe(23);
      expect(kinds.get('Legislation')).toBe(14);
      expect(kinds.get('Organization')).toBe(1);
    });

    it('describes the organisation on the home page, with a logo served from the site', async () => {
      const [org] = jsonLd(read(outDir(), 'index.html'));
      expect(org).toMatchObject({ '@context': 'https://schema.org', '@type': 'Organization', url: `${SITE}/` });
      expect(org!['name']).toBe('Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Điện Biên');
      const logo = org!['logo'] as { url: string; width: number; height: number };
      expect(logo.url.startsWith(`${SITE}/`)).toBe(true);
      expect((await fs.stat(path.join(outDir(), new URL(logo.url).pathname))).size).toBeGreaterThan(1000);
      expect([logo.width, logo.height]).toEqual([512, 512]);
      expect(org!['address']).toMatchObject({ '@type': 'PostalAddress', addressCountry: 'VN' });
    });

    it('describes every document as Legislation with its number, kind, issuer and dates', () => {
      const [ld] = jsonLd(page(outDir(), `/van-ban/${OLD_RESOLUTION.slug}/`));
      expect(ld).toMatchObject({
        '@type': 'Legislation',
        legislationIdentifier: '01-NQ/ĐUK',
        legislationType: 'Nghị quyết',
        legislationDate: '2020-08-28',
        datePublished: '2020-08-28',
        legislationPassedBy: { '@type': 'Organization', name: OLD_RESOLUTION.issuingBody },
        url: `${SITE}/van-ban/${OLD_RESOLUTION.slug}/`,
        inLanguage: 'vi',
      });
      expect(ld!['dateModified']).toMatch(isoDateTime);
      expect((ld!['image'] as string[])[0]!.startsWith(`${SITE}/`)).toBe(true);
    });

    it("dates an article's last change by its content, not by when it was entered", () => {
      const ld = (slug: string) => jsonLd(page(outDir(), `/bai-viet/${slug}/`))[0]!;
      // Entered by the seed (as the importer does) and never edited: modified when published.
      const untouched = ld(MID_TERM_ARTICLE.slug);
      expect(untouched).toMatchObject({ '@type': 'NewsArticle', datePublished: '2022-05-10T08:00:00+07:00' });
      expect(untouched['dateModified']).toBe(untouched['datePublished']);
      expect((untouched['publisher'] as { logo: { url: string } }).logo.url.startsWith(`${SITE}/`)).toBe(true);
      // Edited long after it was entered: the edit.
      const edited = ld(EDITED_SLUG);
      expect(edited['datePublished']).toBe('2020-08-17T08:33:00+07:00');
      expect(new Date(edited['dateModified'] as string).getTime()).toBeGreaterThanOrEqual(content().editedAt.getTime() - 1000);
    });
  });

  describe('video and congress pages', () => {
    it('plays an uploaded video in a <video> with its poster', () => {
      const html = page(outDir(), `/video/${UPLOADED_VIDEO.slug}/`);
      const video = /<video ([^>]*)>\s*<source src="([^"]+)" type="video\/mp4"/u.exec(html);
      expect(video).not.toBeNull();
      expect(video![1]).toMatch(/\bcontrols\b/u);
      expect(video![1]).toMatch(/poster="\/_astro\/[^"]+\.webp"/u);
      expect(video![2]).toMatch(/hoi_nghi_so_ket[^"]*\.mp4$/u);
    });

    it('shows an external video with its poster and says where it plays', () => {
      const html = page(outDir(), '/video/phong-su-dai-hoi-dai-bieu-dang-bo-khoi-lan-thu-viii/');
      const figure = html.slice(html.indexOf('<figure class="video-external">'), html.indexOf('</figure>', html.indexOf('video-external')));
      expect(figure).toMatch(/<a href="https:\/\/www\.youtube\.com\/watch\?v=Dk8vQm2ZpLw"[^>]*>\s*<img src="\/_astro\/[^"]+\.webp"/u);
      expect(figure).toContain('Xem video trên YouTube</a>');
      expect(figure).toContain('(mở trang ngoài)');
      expect(html).not.toContain('<video');
    });

    it("shows a congress's photos and the articles about it", () => {
      const viii = page(outDir(), '/dai-hoi/dai-hoi-lan-thu-viii/');
      const photos = viii.slice(viii.indexOf('Ảnh Đại hội'), viii.indexOf('Tin bài về Đại hội'));
      expect(photos.match(/<li>\s*<figure>/gu)?.length ?? 0).toBeGreaterThan(1);
      const articles = viii.slice(viii.indexOf('Tin bài về Đại hội'));
      // By its documents, its album, and by name; a sub-unit's congress held under the congress's
      // guidance (15-HD/ĐUK) too; an article about something else not.
      expect(articles).toContain('href="/bai-viet/dai-hoi-dai-bieu-dang-bo-khoi-lan-thu-viii-thanh-cong-tot-dep/"');
      expect(articles).toContain('Tiểu ban Nội dung Đại hội đại biểu Đảng bộ Khối lần thứ VIII họp phiên thứ nhất');
      expect(articles).toContain('Trường Cao đẳng Y tế');
      expect(articles).not.toContain(`href="/bai-viet/${EDITED_SLUG}/"`);
      expect(articles).not.toContain(`href="/bai-viet/${MID_TERM_ARTICLE.slug}/"`);
      const vii = page(outDir(), '/dai-hoi/dai-hoi-lan-thu-vii/');
      const viiArticles = vii.slice(vii.indexOf('Tin bài về Đại hội'));
      expect(viiArticles).toContain(`href="/bai-viet/${MID_TERM_ARTICLE.slug}/"`);
      expect(viiArticles).not.toContain('lần thứ VIII');
    });
  });
}
