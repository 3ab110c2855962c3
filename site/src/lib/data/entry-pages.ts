// The page data of a congress, a party document and a static page: everything the page shows,
// the Markdown already turned into HTML with its document links, so that the page's cache key
// (page-keys.ts pageKey) digests exactly what is rendered. Pure (no astro:content): the loaders
// of the build-wide lookups are in page-sources.ts.
import type { ArticleVM, CongressVM, GalleryVM, PageVM, PartyDocumentVM, SiteSettingVM } from '../cms/view-models';
import { renderMarkdown } from '../render/markdown';
import { linkerFor, type DocumentsByKey } from './citations';

/** The end of a day in Vietnam: cited numbers are judged by the citing text's own date. */
const endOfDay = (ymd: string) => new Date(`${ymd}T23:59:59+07:00`);

export interface CongressSources {
  /** every published document, as the documents list orders them */
  documents: PartyDocumentVM[];
  galleries: GalleryVM[];
  /** congress slug → articles about it, newest first (congress-articles.ts) */
  articlesByCongress: Map<string, ArticleVM[]>;
  documentsByKey: DocumentsByKey;
}

/** A congress: its facts, summary, resolutions and other documents, photos, and articles about it. */
export function congressPageData(congress: CongressVM, sources: CongressSources) {
  const documents = sources.documents.filter((d) => d.congress?.slug === congress.slug);
  // Numbers the summary cites are judged by the congress's last day (numbers restart every term).
  const linker = linkerFor(sources.documentsByKey, endOfDay(congress.endDate ?? congress.startDate));
  return {
    congress,
    resolutions: documents.filter((d) => d.kind === 'nghi_quyet'),
    others: documents.filter((d) => d.kind !== 'nghi_quyet'),
    summary: congress.summary ? renderMarkdown(congress.summary, { documentUrl: linker }).html : null,
    gallery: (congress.gallery && sources.galleries.find((g) => g.slug === congress.gallery!.slug)) ?? null,
    articles: sources.articlesByCongress.get(congress.slug) ?? [],
  };
}

export interface DocumentSources {
  setting: SiteSettingVM;
  /** document slug → articles that relate or cite it, newest first (indexes.ts citingArticles) */
  citingArticles: Map<string, ArticleVM[]>;
  documentsByKey: DocumentsByKey;
}

/** A party document: its metadata (the view model), full text, and the articles that cite it. */
export function documentPageData(document: PartyDocumentVM, sources: DocumentSources) {
  // The document's own issue date judges the numbers its full text cites.
  const linker = linkerFor(sources.documentsByKey, endOfDay(document.issueDate));
  return {
    document,
    setting: sources.setting,
    fullText: document.fullText ? renderMarkdown(document.fullText, { documentUrl: linker }).html : null,
    citing: sources.citingArticles.get(document.slug) ?? [],
  };
}

export type DocumentPageData = ReturnType<typeof documentPageData>;

/** A static page (history, introduction, contact ...): its fields and its body as HTML. */
export function staticPageData(page: PageVM, documentsByKey: DocumentsByKey) {
  return { page, body: renderMarkdown(page.body, { documentUrl: linkerFor(documentsByKey) }).html };
}

export type StaticPageData = ReturnType<typeof staticPageData>;
