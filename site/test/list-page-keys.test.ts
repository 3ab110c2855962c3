// The listing, congress, document and static pages' incremental-build keys are made from the same
// page data their views render from (list-pages.ts, entry-pages.ts): change anything a page shows
// and its key changes; change what it does not show and the key stays.
import { parseDocumentNumber } from '@dbk/shared-types';
import { describe, expect, it } from 'vitest';
import { partyDocumentSchema } from '../src/lib/cms/schemas/party-document';
import { siteSettingSchema } from '../src/lib/cms/schemas/site-setting';
import type { CategoryVM, CongressVM, GalleryVM, PageVM, PartyDocumentVM } from '../src/lib/cms/view-models';
import { documentFacets } from '../src/lib/data/document-facets';
import {
  congressPageData,
  documentPageData,
  staticPageData,
  type CongressSources,
  type DocumentSources,
} from '../src/lib/data/entry-pages';
import { categoryPages, monthPages, newsPages, yearPageData } from '../src/lib/data/list-pages';
import { digestOf } from '../src/lib/data/page-digest';
import { article, testMedia as media } from './fixtures/article';

/** Articles 1..n, newest first, as the build lists them. */
const articles = (n: number) => Array.from({ length: n }, (_, i) => article(n - i));

const document = (changes: Record<string, unknown> = {}): PartyDocumentVM =>
  partyDocumentSchema(media).parse({
    id: 5,
    documentId: 'doc1',
    documentNumber: '35-NQ/TW',
    slug: '35-nq-tw',
    kind: 'nghi_quyet',
    title: null,
    issuingBody: 'Ban Chấp hành Trung ương',
    issueDate: '2019-10-22',
    excerpt: 'Về tăng cường bảo vệ nền tảng tư tưởng của Đảng',
    files: [],
    congress: {
      id: 1,
      documentId: 'con1',
      name: 'Đại hội lần thứ VIII',
      slug: 'dai-hoi-viii',
      ordinal: 8,
      term: '2020-2025',
      startDate: '2020-08-26',
    },
    ...changes,
  });
const KEY = parseDocumentNumber('35-NQ/TW')!.key;
const byKey = (...docs: PartyDocumentVM[]) => new Map([[KEY, docs]]);

/** Key of each page, by its params. */
const keys = (pages: { params: object; data: object }[]) => new Map(pages.map((p) => [JSON.stringify(p.params), digestOf(p.data)]));
const changedPages = (before: Map<string, string>, after: Map<string, string>) =>
  [...after.keys()].filter((k) => before.get(k) !== after.get(k));

describe('news list keys', () => {
  it('change only for the front page when an article is added, and for the page of an edited article', () => {
    const list = articles(100); // pages 1..3 of 20, and a front of 40
    const before = keys(newsPages(list));
    expect(changedPages(before, keys(newsPages([article(101), ...list])))).toEqual([JSON.stringify({})]);
    // Article 30 is on page 2 (articles 21..40): retitling it changes that page's key alone.
    const retitled = list.map((a) => (a.slug === 'tin-so-30' ? article(30, { title: 'Tin số 30 (đã sửa)' }) : a));
    expect(changedPages(before, keys(newsPages(retitled)))).toEqual([JSON.stringify({ page: 'trang-2' })]);
    // The same content, read again by the next build: no key changes.
    expect(changedPages(before, keys(newsPages(articles(100))))).toEqual([]);
  });
});

describe('category list keys', () => {
  const category: CategoryVM = { id: 'cat1', name: 'Tin hoạt động', slug: 'tin-hoat-dong', description: null, order: 0, parent: null };
  const child: CategoryVM = {
    id: 'cat2',
    name: 'Tin cơ sở',
    slug: 'tin-co-so',
    description: null,
    order: 1,
    parent: { name: category.name, slug: category.slug },
  };
  const other: CategoryVM = { id: 'cat3', name: 'Văn hóa', slug: 'van-hoa', description: null, order: 2, parent: null };
  const list = articles(70);
  const pagesOf = (c: CategoryVM, all: CategoryVM[]) => keys(categoryPages(c, all, list));
  const before = pagesOf(category, [category, child, other]);

  it('change on every page of the category with its name, description and sub-categories', () => {
    const all = [...before.keys()];
    expect(changedPages(before, pagesOf({ ...category, name: 'Hoạt động' }, [category, child, other]))).toEqual(all);
    expect(changedPages(before, pagesOf({ ...category, description: 'Mô tả mới' }, [category, child, other]))).toEqual(all);
    expect(changedPages(before, pagesOf(category, [category, { ...child, name: 'Cơ sở' }, other]))).toEqual(all);
  });

  it('stay when another category changes', () => {
    expect(changedPages(before, pagesOf(category, [category, child, { ...other, name: 'Văn hóa - Xã hội' }]))).toEqual([]);
  });
});

describe('archive keys', () => {
  it('change for a month page when an article it lists changes, and only for that page', () => {
    const list = articles(45); // page 1 and a front of 25
    const before = keys(monthPages(2024, 1, list));
    const edited = list.map((a) => (a.slug === 'tin-so-3' ? article(3, { summary: 'Tóm tắt mới.' }) : a));
    expect(changedPages(before, keys(monthPages(2024, 1, edited)))).toEqual([JSON.stringify({ year: '2024', month: '01/trang-1' })]);
  });

  it('of a year follow the counts and the latest titles it lists, not the articles behind them', () => {
    const months = () =>
      new Map([
        [1, articles(12)],
        [2, articles(3)],
      ]);
    const before = digestOf(yearPageData(2024, months()));
    expect(digestOf(yearPageData(2024, months()))).toBe(before);
    const grown = months();
    grown.set(2, [article(99), ...grown.get(2)!]);
    expect(digestOf(yearPageData(2024, grown))).not.toBe(before);
    const retitled = months();
    retitled.set(
      1,
      retitled.get(1)!.map((a) => (a.slug === 'tin-so-10' ? article(10, { title: 'Tin số 10 (sửa)' }) : a)),
    );
    expect(digestOf(yearPageData(2024, retitled))).not.toBe(before);
    // Article 2 is not among January's latest five: its body is not on the year's page.
    const deep = months();
    deep.set(
      1,
      deep.get(1)!.map((a) => (a.slug === 'tin-so-2' ? article(2, { body: 'Nội dung khác.' }) : a)),
    );
    expect(digestOf(yearPageData(2024, deep))).toBe(before);
  });
});

describe('congress page key', () => {
  const congress: CongressVM = {
    id: 'con1',
    name: 'Đại hội lần thứ VIII',
    slug: 'dai-hoi-viii',
    ordinal: 8,
    term: '2020-2025',
    startDate: '2020-08-26',
    endDate: '2020-08-27',
    place: 'Hội trường tỉnh',
    summary: 'Đại hội quán triệt Nghị quyết số 35-NQ/TW.',
    gallery: { title: 'Ảnh Đại hội', slug: 'anh-dai-hoi' },
    updatedAt: new Date('2020-09-01T00:00:00Z'),
  };
  const gallery: GalleryVM = {
    id: 'gal1',
    title: 'Ảnh Đại hội',
    slug: 'anh-dai-hoi',
    date: new Date('2020-08-27T00:00:00Z'),
    description: null,
    photos: [],
    updatedAt: new Date('2020-09-01T00:00:00Z'),
  };
  const sources = (changes: Partial<CongressSources> = {}): CongressSources => ({
    documents: [document()],
    galleries: [gallery],
    articlesByCongress: new Map([[congress.slug, [article(1)]]]),
    documentsByKey: byKey(document()),
    ...changes,
  });
  const before = digestOf(congressPageData(congress, sources()));

  it('changes with the congress, its documents, its album and the articles about it', () => {
    expect(digestOf(congressPageData({ ...congress, place: 'Nhà văn hóa' }, sources()))).not.toBe(before);
    const edited = document({ excerpt: 'Trích yếu đã sửa' });
    expect(digestOf(congressPageData(congress, sources({ documents: [edited], documentsByKey: byKey(edited) })))).not.toBe(before);
    expect(digestOf(congressPageData(congress, sources({ galleries: [{ ...gallery, description: 'Mô tả' }] })))).not.toBe(before);
    expect(
      digestOf(congressPageData(congress, sources({ articlesByCongress: new Map([[congress.slug, [article(2), article(1)]]]) }))),
    ).not.toBe(before);
    // The summary's link to 35-NQ/TW goes to the number's page once two documents share it.
    const twin = document({ documentId: 'doc2', slug: '35-nq-tw-2', issueDate: '2019-10-22', congress: null });
    const data = congressPageData(congress, sources({ documentsByKey: byKey(document(), twin) }));
    expect(data.summary).toContain('/van-ban/so/');
    expect(digestOf(data)).not.toBe(before);
  });

  it('stays when an unrelated document or album changes', () => {
    const unrelated = document({ documentId: 'doc9', slug: 'khac', documentNumber: '09-CT/TU', congress: null });
    expect(digestOf(congressPageData(congress, sources({ documents: [document(), unrelated] })))).toBe(before);
    expect(digestOf(congressPageData(congress, sources({ galleries: [gallery, { ...gallery, slug: 'khac', title: 'Khác' }] })))).toBe(
      before,
    );
  });
});

describe('document page key', () => {
  const setting = siteSettingSchema(media).parse({
    id: 1,
    documentId: 'set1',
    siteName: 'Đảng bộ Khối',
    provinceName: 'Tỉnh',
    responsibleAgency: 'Ban Thường vụ',
    editorInChief: 'Chịu trách nhiệm: ...',
    bannerPrefix: 'Nhiệt liệt chào mừng',
    logo: null,
    menu: [],
    keyFigures: [],
  });
  const doc = document({ fullText: 'Căn cứ Nghị quyết số 35-NQ/TW.' });
  const sources = (changes: Partial<DocumentSources> = {}): DocumentSources => ({
    setting,
    citingArticles: new Map([[doc.slug, [article(1)]]]),
    documentsByKey: byKey(doc),
    ...changes,
  });
  const before = digestOf(documentPageData(doc, sources()));

  it('changes with the document, its full text links and the articles citing it', () => {
    expect(digestOf(documentPageData({ ...doc, signer: 'Bí thư' }, sources()))).not.toBe(before);
    expect(digestOf(documentPageData(doc, sources({ citingArticles: new Map([[doc.slug, [article(2), article(1)]]]) })))).not.toBe(before);
    const twin = document({ documentId: 'doc2', slug: '35-nq-tw-2', congress: null });
    expect(digestOf(documentPageData(doc, sources({ documentsByKey: byKey(doc, twin) })))).not.toBe(before);
    expect(digestOf(documentPageData(doc, sources({ setting: { ...setting, siteName: 'Tên mới' } })))).not.toBe(before);
  });

  it('stays when another document is cited by a new article', () => {
    expect(
      digestOf(
        documentPageData(
          doc,
          sources({
            citingArticles: new Map([
              [doc.slug, [article(1)]],
              ['khac', [article(3)]],
            ]),
          }),
        ),
      ),
    ).toBe(before);
  });
});

describe('static page key', () => {
  const page: PageVM = {
    id: 'p1',
    title: 'Lịch sử truyền thống',
    slug: 'lich-su-truyen-thong',
    summary: null,
    body: 'Theo Nghị quyết số 35-NQ/TW.',
    order: 0,
    seo: { title: null, description: null, image: null, noIndex: false },
    updatedAt: new Date('2024-01-01T00:00:00Z'),
  };
  const before = digestOf(staticPageData(page, byKey(document())));

  it('changes with the page and with where its citations link; stays with a document it does not cite', () => {
    expect(digestOf(staticPageData({ ...page, body: 'Nội dung mới.' }, byKey(document())))).not.toBe(before);
    expect(digestOf(staticPageData(page, byKey()))).not.toBe(before); // 35-NQ/TW no longer links
    const other = document({ documentId: 'doc9', slug: 'khac', documentNumber: '09-CT/TU' });
    expect(
      digestOf(
        staticPageData(
          page,
          new Map([
            [KEY, [document()]],
            [parseDocumentNumber('09-CT/TU')!.key, [other]],
          ]),
        ),
      ),
    ).toBe(before);
  });
});

describe('document filter page keys', () => {
  it('change with the counts every filter page shows', () => {
    const docs = [document(), document({ documentId: 'doc2', slug: 'ct-05', documentNumber: '05-CT/TU', kind: 'chi_thi', congress: null })];
    const before = digestOf(documentFacets(docs));
    expect(digestOf(documentFacets([docs[0]!, { ...docs[1]!, kind: 'nghi_quyet' }]))).not.toBe(before);
    expect(digestOf(documentFacets(docs))).toBe(before);
  });
});
