// Typed, memoised access to the content collections. Astro renders every page in one process, so
// each collection is read and sorted once per build, not once per page. The types come from each
// collection's schema (content.config.ts), through `getCollection` and `getEntry`.
import { getCollection, getEntry } from 'astro:content';
import type { CommentVM } from '../cms/view-models';
import { compareVi } from '../format/vi';
import { adoptStoreDigest } from './page-digest';

/** Once per build: the first call's promise, shared by every page. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

/** The entries' data, each known to page keys by its store digest (page-digest.ts). */
const dataOf = <T extends object>(entries: { data: T; digest?: string | number }[]): T[] =>
  entries.map((e) => {
    adoptStoreDigest(e.data, e.digest);
    return e.data;
  });

const newestFirst = <T extends { date: Date }>(a: T, b: T) => b.date.getTime() - a.date.getTime();
const byOrderThenName = <T extends { order: number; name?: string; title?: string }>(a: T, b: T) =>
  a.order - b.order || compareVi(a.name ?? a.title ?? '', b.name ?? b.title ?? '');

export const getArticles = once(async () => dataOf(await getCollection('articles')).sort(newestFirst));
export const getCategories = once(async () => dataOf(await getCollection('categories')).sort(byOrderThenName));
export const getDocuments = once(async () =>
  dataOf(await getCollection('documents')).sort(
    (a, b) => b.issueDate.localeCompare(a.issueDate) || compareVi(a.documentNumber, b.documentNumber),
  ),
);
export const getCongresses = once(async () => dataOf(await getCollection('congresses')).sort((a, b) => b.ordinal - a.ordinal));
export const getGalleries = once(async () => dataOf(await getCollection('galleries')).sort(newestFirst));
export const getVideos = once(async () => dataOf(await getCollection('videos')).sort(newestFirst));
export const getPages = once(async () => dataOf(await getCollection('pages')).sort(byOrderThenName));
export const getLinkedSites = once(async () => dataOf(await getCollection('linkedSites')).sort(byOrderThenName));
export const getAnniversaries = once(async () => dataOf(await getCollection('anniversaries')));
export const getSiteSetting = once(async () => {
  const setting = await getEntry('siteSetting', 'site');
  if (!setting) throw new Error('Thiếu cài đặt trang (site-setting) trong CMS.');
  return setting.data;
});

/** Article documentId → its approved comments, oldest first (as the live list shows them). */
export const getCommentsByArticle = once(async () => {
  const map = new Map<string, CommentVM[]>();
  const comments = dataOf(await getCollection('comments')).sort((a, b) => a.date.getTime() - b.date.getTime());
  for (const c of comments) map.set(c.articleId, [...(map.get(c.articleId) ?? []), c]);
  return map;
});
