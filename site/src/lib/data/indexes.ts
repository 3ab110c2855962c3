// Derived lookups built once per build: articles per category, documents by number, which articles
// cite which document, archive months.
import { parseDocumentNumber } from '@dbk/shared-types';
import type { ArticleVM } from '../cms/view-models';
import { groupByCategory, groupByMonth } from './article-groups';
import type { ArticleSources } from './article-page';
import { citedIn, type DocumentsByKey } from './citations';
import { getArticles, getCategories, getCommentsByArticle, getDocuments, getSiteSetting, once } from './content';

/** Category slug → its articles and those of its sub-categories, newest first. */
export const articlesByCategory = once(async () => {
  const [articles, categories] = await Promise.all([getArticles(), getCategories()]);
  return groupByCategory(articles, categories);
});

/** Canonical document-number key → every published document with that number (numbers restart each term). */
export const documentsByKey = once(async () => {
  const map: DocumentsByKey = new Map();
  for (const d of await getDocuments()) {
    const parsed = parseDocumentNumber(d.documentNumber);
    if (parsed) map.set(parsed.key, [...(map.get(parsed.key) ?? []), d]);
  }
  return map;
});

/** Document slug → published document. */
export const documentsBySlug = once(async () => new Map((await getDocuments()).map((d) => [d.slug, d])));

/** Numbers shared by two or more published documents: each gets a page listing them (urls.documentNumber). */
export const sharedNumbers = once(async () => [...(await documentsByKey()).values()].filter((docs) => docs.length > 1));

/**
 * Document slug → articles that list it as related or cite it in the body, newest first. A
 * citation counts only when it means that document alone: an ambiguous one lists no article.
 */
export const citingArticles = once(async () => {
  const [articles, byKey] = await Promise.all([getArticles(), documentsByKey()]);
  const map = new Map<string, ArticleVM[]>();
  for (const a of articles) {
    const slugs = new Set(a.relatedDocuments.map((d) => d.slug));
    for (const d of citedIn(a.bodyCitations, byKey, a.date)) slugs.add(d.slug);
    for (const slug of slugs) map.set(slug, [...(map.get(slug) ?? []), a]);
  }
  return map;
});

/** Year → month → articles, newest first, by the Asia/Ho_Chi_Minh calendar. */
export const articlesByMonth = once(async () => groupByMonth(await getArticles()));

/** What an article page reads besides the article (article-page.ts). */
export const articleSources = once(async (): Promise<ArticleSources> => {
  const [setting, byCategory, bySlug, byKey, comments] = await Promise.all([
    getSiteSetting(),
    articlesByCategory(),
    documentsBySlug(),
    documentsByKey(),
    getCommentsByArticle(),
  ]);
  return { setting, articlesByCategory: byCategory, documentsBySlug: bySlug, documentsByKey: byKey, commentsByArticle: comments };
});
