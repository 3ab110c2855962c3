// The article page's incremental-build key is made from the same data ArticleView renders from:
// change anything that page shows and the key changes; change nothing and it stays.
import { parseDocumentNumber } from '@dbk/shared-types';
import { describe, expect, it } from 'vitest';
import { Media } from '../src/lib/cms/media';
import { articleSchema } from '../src/lib/cms/schemas/article';
import { partyDocumentSchema } from '../src/lib/cms/schemas/party-document';
import { siteSettingSchema } from '../src/lib/cms/schemas/site-setting';
import type { ArticleVM, CommentVM } from '../src/lib/cms/view-models';
import { articleBody, articlePageData, type ArticleSources } from '../src/lib/data/article-page';
import { digestOf } from '../src/lib/data/page-digest';

const media = new Media(() => 'https://cms.example.vn');
const parseArticle = (raw: object) => articleSchema(media).parse(raw);
const parseDocument = (raw: object) => partyDocumentSchema(media).parse(raw);

const rawArticle = (n: number, changes: Record<string, unknown> = {}) => ({
  id: n,
  documentId: `art${n}`,
  title: `Hội nghị lần thứ ${n}`,
  slug: `hoi-nghi-${n}`,
  kicker: null,
  summary: 'Sáng nay, Đảng bộ Khối tổ chức hội nghị.',
  body: 'Thực hiện Nghị quyết số 35-NQ/TW, hội nghị đã thảo luận.',
  coverCaption: null,
  coverCredit: null,
  source: null,
  displayDate: `2024-08-${String(10 + n).padStart(2, '0')}T08:33:00+07:00`,
  updatedAt: '2024-08-20T01:00:00.000Z',
  featured: false,
  legacyUrl: null,
  cover: {
    id: 9,
    name: 'anh.jpg',
    url: '/uploads/anh.jpg',
    mime: 'image/jpeg',
    width: 1200,
    height: 800,
    updatedAt: '2024-08-01T00:00:00.000Z',
  },
  bylines: [{ id: 1, name: 'Nguyễn Văn A', position: 'Phóng viên', department: null }],
  category: { id: 2, documentId: 'cat1', name: 'Tin hoạt động', slug: 'tin-hoat-dong' },
  relatedDocuments: [],
  gallery: null,
  seo: null,
  ...changes,
});

const rawDocument = (changes: Record<string, unknown> = {}) => ({
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
  congress: null,
  ...changes,
});

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

function sources(articles: ArticleVM[], changes: Partial<ArticleSources> = {}): ArticleSources {
  const doc = parseDocument(rawDocument());
  return {
    setting,
    articlesByCategory: new Map([['tin-hoat-dong', articles]]),
    documentsBySlug: new Map([[doc.slug, doc]]),
    documentsByKey: new Map([[KEY, [doc]]]),
    commentsByArticle: new Map(),
    ...changes,
  };
}

const KEY = parseDocumentNumber('35-NQ/TW')!.key;
const keyOf = (article: ArticleVM, s: ArticleSources) => digestOf(articlePageData(article, s));

/** A value of the same kind that differs from `value`. */
function another(value: unknown): unknown {
  if (typeof value === 'string') return `${value} (sửa)`;
  if (typeof value === 'boolean') return !value;
  if (typeof value === 'number') return value + 1;
  if (value instanceof Date) return new Date(value.getTime() + 60_000);
  if (value === null) return 'mới';
  if (Array.isArray(value)) return [...value, { name: 'Trần Thị B', position: null, department: null }];
  return { ...(value as object), changed: true };
}

describe('article page key', () => {
  const others = [1, 2, 3].map((n) => parseArticle(rawArticle(n)));
  const article = others[0]!;

  it('is the same for the same content, parsed anew', () => {
    const again = [1, 2, 3].map((n) => parseArticle(rawArticle(n)));
    expect(keyOf(again[0]!, sources(again))).toBe(keyOf(article, sources(others)));
  });

  it('changes when any field of the article changes', () => {
    const before = keyOf(article, sources(others));
    for (const field of Object.keys(article) as (keyof ArticleVM)[]) {
      const changed = { ...article, [field]: another(article[field]) };
      expect(keyOf(changed, sources([changed, ...others.slice(1)])), field).not.toBe(before);
    }
  });

  it('changes when a field shown from the CMS changes (the photo credit)', () => {
    const credited = parseArticle(rawArticle(1, { coverCredit: 'Ảnh: Minh Anh' }));
    expect(keyOf(credited, sources([credited, ...others.slice(1)]))).not.toBe(keyOf(article, sources(others)));
  });

  it('changes with what the page shows around the article', () => {
    const before = keyOf(article, sources(others));
    const retitled = parseArticle(rawArticle(2, { title: 'Tin khác đã sửa tên' }));
    expect(keyOf(article, sources([article, retitled, others[2]!]))).not.toBe(before);

    const comment: CommentVM = {
      id: 'c1',
      articleId: article.id,
      name: 'Bạn đọc',
      text: 'Rất hay',
      date: new Date('2024-08-21T00:00:00Z'),
    };
    expect(keyOf(article, sources(others, { commentsByArticle: new Map([[article.id, [comment]]]) }))).not.toBe(before);

    // The body cites 35-NQ/TW: its listing under the article shows the document's excerpt.
    const doc = parseDocument(rawDocument({ excerpt: 'Trích yếu đã sửa' }));
    const edited = sources(others, { documentsBySlug: new Map([[doc.slug, doc]]), documentsByKey: new Map([[KEY, [doc]]]) });
    expect(keyOf(article, edited)).not.toBe(before);
    expect(articleBody(articlePageData(article, edited)).related).toEqual([doc]);

    const renamed = { ...setting, siteName: 'Đảng bộ Khối (mới)' };
    expect(keyOf(article, sources(others, { setting: renamed }))).not.toBe(before);
  });

  it('stays when a new article is published more than 4 articles newer (Tin khác shows neighbours)', () => {
    // Articles 1..12, newest first; article 12 + 1 is new. Article 8 shows 12..9 and 7..4 before and after.
    const category = Array.from({ length: 12 }, (_, i) => parseArticle(rawArticle(12 - i)));
    const eighth = category.find((a) => a.slug === 'hoi-nghi-8')!;
    const ninth = category.find((a) => a.slug === 'hoi-nghi-9')!;
    const fresh = parseArticle(rawArticle(13));
    expect(keyOf(eighth, sources([fresh, ...category]))).toBe(keyOf(eighth, sources(category)));
    expect(keyOf(ninth, sources([fresh, ...category]))).not.toBe(keyOf(ninth, sources(category)));
  });

  it('leaves out the article itself from "Tin khác"', () => {
    expect(articlePageData(article, sources(others)).others.map((a) => a.slug)).toEqual(['hoi-nghi-2', 'hoi-nghi-3']);
  });
});
