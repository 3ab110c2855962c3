// Everything an article's page shows, made by one function from the build's lookups: ArticleView
// renders from it, and the page's incremental-build key (page-keys.ts) digests it, so the key
// covers what the page shows by construction. Pure (no astro:content), so a test can check it.
import type { ArticleVM, CommentVM, PartyDocumentVM, SiteSettingVM } from '../cms/view-models';
import { renderMarkdown } from '../render/markdown';
import { citedIn, linkerFor, type DocumentsByKey } from './citations';
import { neighbours } from './neighbours';

/** The build-wide lookups an article page reads (indexes.ts articleSources). */
export interface ArticleSources {
  setting: SiteSettingVM;
  /** category slug → its articles and those of its sub-categories, newest first */
  articlesByCategory: Map<string, ArticleVM[]>;
  /** document slug → published document */
  documentsBySlug: Map<string, PartyDocumentVM>;
  /** canonical document-number key → every published document with that number */
  documentsByKey: DocumentsByKey;
  /** article documentId → its approved comments, oldest first */
  commentsByArticle: Map<string, CommentVM[]>;
}

/** "Tin khác" under an article: its neighbours in its own category by date (neighbours.ts). */
export function otherArticles(article: ArticleVM, byCategory: Map<string, ArticleVM[]>): ArticleVM[] {
  const inCategory = article.category ? (byCategory.get(article.category.slug) ?? []) : [];
  return neighbours(inCategory, article, (a) => a.slug);
}

/** What ArticleView shows, besides the chrome every page has (BaseLayout). */
export function articlePageData(article: ArticleVM, sources: ArticleSources) {
  return {
    article,
    setting: sources.setting,
    others: otherArticles(article, sources.articlesByCategory),
    comments: sources.commentsByArticle.get(article.id) ?? [],
    // The body links the document numbers it mentions; the list under it shows them.
    documentsBySlug: sources.documentsBySlug,
    documentsByKey: sources.documentsByKey,
  };
}

export type ArticlePageData = ReturnType<typeof articlePageData>;

/** The body's HTML and the documents listed under it, made from the page data alone. */
export function articleBody(data: ArticlePageData) {
  const { article, documentsByKey, documentsBySlug } = data;
  // Citations are judged by the article's own date when no date is written next to the number.
  const { html } = renderMarkdown(article.body, { documentUrl: linkerFor(documentsByKey, article.date) });
  // Documents shown below the body: those the editor related, then those the text cites.
  const related = [
    ...new Set([
      ...article.relatedDocuments.flatMap((r) => documentsBySlug.get(r.slug) ?? []),
      ...citedIn(article.bodyCitations, documentsByKey, article.date),
    ]),
  ];
  return { html, related };
}
