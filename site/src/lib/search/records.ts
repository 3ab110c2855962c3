// Search records from the same view models the pages render: articles, party documents, static
// pages and photo albums, exactly as published (the loaders only ever see published entries).
// Entries whose SEO settings say "Không cho máy tìm kiếm lập chỉ mục" stay out of site search too.
import { DOCUMENT_KINDS } from '@dbk/shared-types';
import type { ArticleVM, CategoryVM, GalleryVM, PageVM, PartyDocumentVM } from '../cms/view-models';
import { isoWithOffset } from '../format/vi';
import { markdownToPlainText } from '../render/markdown';
import { urls } from '../urls';
import type { SearchRecord } from './record-html';

/** Characters of text shown under a result when the entry has no summary of its own. */
export const EXCERPT_CHARS = 240;

const text = (...parts: (string | null | undefined)[]) => parts.filter((p): p is string => !!p && p.trim() !== '').join('\n');
/** "2020-08-17T08:33": Asia/Ho_Chi_Minh wall time, whatever zone the build runs in. */
const wallTime = (d: Date) => isoWithOffset(d).slice(0, 16);

export interface SearchSource {
  articles: ArticleVM[];
  categories: CategoryVM[];
  documents: PartyDocumentVM[];
  pages: PageVM[];
  galleries: GalleryVM[];
}

export function articleRecord(a: ArticleVM, parentOf: Map<string, string | null>): SearchRecord {
  const plain = markdownToPlainText(a.body);
  const category = a.category?.slug;
  const parent = category ? parentOf.get(category) : null;
  return {
    url: urls.article(a.slug),
    kind: 'tin-bai',
    title: a.title,
    date: wallTime(a.date),
    categories: [category, parent].filter((c): c is string => !!c),
    excerpt: a.summary ?? markdownToPlainText(a.body, EXCERPT_CHARS),
    body: text(a.kicker, a.summary, plain, a.coverCaption, ...a.bylines.map((b) => b.name), a.source),
    documentNumbers: [],
  };
}

/** The title matches the document page's h1: "Nghị quyết số 35-NQ/TW: ...". */
export function documentRecord(d: PartyDocumentVM): SearchRecord {
  return {
    url: urls.document(d.slug),
    kind: 'van-ban',
    title: `${DOCUMENT_KINDS[d.kind]} số ${d.documentNumber}${d.title ? `: ${d.title}` : ''}`,
    date: `${d.issueDate}T00:00`,
    categories: [],
    excerpt: d.excerpt,
    body: text(
      d.excerpt,
      d.issuingBody,
      d.signer,
      d.term && `Nhiệm kỳ ${d.term}`,
      d.congress?.name,
      d.fullText && markdownToPlainText(d.fullText),
    ),
    documentNumbers: [d.documentNumber],
  };
}

export function pageRecord(p: PageVM): SearchRecord {
  return {
    url: urls.page(p.slug),
    kind: 'trang',
    title: p.title,
    date: null,
    categories: [],
    excerpt: p.summary ?? markdownToPlainText(p.body, EXCERPT_CHARS),
    body: text(p.summary, markdownToPlainText(p.body)),
    documentNumbers: [],
  };
}

export function galleryRecord(g: GalleryVM): SearchRecord {
  const captions = g.photos.flatMap((p) => [p.caption, p.credit]);
  return {
    url: urls.gallery(g.slug),
    kind: 'thu-vien-anh',
    title: g.title,
    date: wallTime(g.date),
    categories: [],
    excerpt: g.description ?? text(...g.photos.map((p) => p.caption)).slice(0, EXCERPT_CHARS),
    body: text(g.description, ...captions),
    documentNumbers: [],
  };
}

export function searchRecords(source: SearchSource): SearchRecord[] {
  const parentOf = new Map(source.categories.map((c) => [c.slug, c.parent?.slug ?? null]));
  return [
    ...source.articles.filter((a) => !a.seo.noIndex).map((a) => articleRecord(a, parentOf)),
    ...source.documents.map(documentRecord),
    ...source.pages.filter((p) => !p.seo.noIndex).map(pageRecord),
    ...source.galleries.map(galleryRecord),
  ];
}
