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

/**
 * One search record before its text is made: what lists and filters need (url, kind, title, date,
 * categories) at once, the text (excerpt and body, from the Markdown: most of the cost) on demand,
 * and the inputs the record is made from, so a fast build can tell an unchanged record without
 * making it (lib/search/record-reuse.ts).
 */
export interface SearchEntry {
  url: string;
  kind: SearchRecord['kind'];
  date: string | null;
  categories: string[];
  /** everything record() reads, for its digest */
  inputs: unknown[];
  record(): SearchRecord;
}

type Head = Pick<SearchRecord, 'url' | 'kind' | 'title' | 'date' | 'categories'>;
type Text = Pick<SearchRecord, 'excerpt' | 'body' | 'documentNumbers'>;

/** The record's fields in one fixed order: a record's key is the hash of its JSON (search-keys.ts). */
const entry = (head: Head, inputs: unknown[], text: () => Text): SearchEntry => ({
  url: head.url,
  kind: head.kind,
  date: head.date,
  categories: head.categories,
  inputs,
  record: () => ({ ...head, ...text() }),
});

export function articleEntry(a: ArticleVM, parentOf: Map<string, string | null>): SearchEntry {
  const category = a.category?.slug;
  const parent = category ? parentOf.get(category) : null;
  const head: Head = {
    url: urls.article(a.slug),
    kind: 'tin-bai',
    title: a.title,
    date: wallTime(a.date),
    categories: [category, parent].filter((c): c is string => !!c),
  };
  return entry(head, [a, parent ?? null], () => ({
    excerpt: a.summary ?? markdownToPlainText(a.body, EXCERPT_CHARS),
    body: text(a.kicker, a.summary, markdownToPlainText(a.body), a.coverCaption, ...a.bylines.map((b) => b.name), a.source),
    documentNumbers: [],
  }));
}

/** The title matches the document page's h1: "Nghị quyết số 35-NQ/TW: ...". */
export function documentEntry(d: PartyDocumentVM): SearchEntry {
  const head: Head = {
    url: urls.document(d.slug),
    kind: 'van-ban',
    title: `${DOCUMENT_KINDS[d.kind]} số ${d.documentNumber}${d.title ? `: ${d.title}` : ''}`,
    date: `${d.issueDate}T00:00`,
    categories: [],
  };
  return entry(head, [d], () => ({
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
  }));
}

export function pageEntry(p: PageVM): SearchEntry {
  const head: Head = { url: urls.page(p.slug), kind: 'trang', title: p.title, date: null, categories: [] };
  return entry(head, [p], () => ({
    excerpt: p.summary ?? markdownToPlainText(p.body, EXCERPT_CHARS),
    body: text(p.summary, markdownToPlainText(p.body)),
    documentNumbers: [],
  }));
}

export function galleryEntry(g: GalleryVM): SearchEntry {
  const head: Head = { url: urls.gallery(g.slug), kind: 'thu-vien-anh', title: g.title, date: wallTime(g.date), categories: [] };
  return entry(head, [g], () => ({
    excerpt: g.description ?? text(...g.photos.map((p) => p.caption)).slice(0, EXCERPT_CHARS),
    body: text(g.description, ...g.photos.flatMap((p) => [p.caption, p.credit])),
    documentNumbers: [],
  }));
}

/** Every record of the site, text not yet made. */
export function searchEntries(source: SearchSource): SearchEntry[] {
  const parentOf = new Map(source.categories.map((c) => [c.slug, c.parent?.slug ?? null]));
  return [
    ...source.articles.filter((a) => !a.seo.noIndex).map((a) => articleEntry(a, parentOf)),
    ...source.documents.map(documentEntry),
    ...source.pages.filter((p) => !p.seo.noIndex).map(pageEntry),
    ...source.galleries.map(galleryEntry),
  ];
}

export function searchRecords(source: SearchSource): SearchRecord[] {
  return searchEntries(source).map((e) => e.record());
}
