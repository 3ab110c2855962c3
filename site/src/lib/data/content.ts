// Typed, memoised access to the content collections. Astro renders every page in one process, so
// each collection is read and sorted once per build, not once per page. The types come from each
// collection's schema (content.config.ts), through `getCollection` and `getEntry`.
import { getCollection, getEntry } from 'astro:content';
import type { CommentVM } from '../cms/view-models';
import { compareVi } from '../format/vi';

/** Once per build: the first call's promise, shared by every page. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

const newestFirst = <T extends { date: Date }>(a: T, b: T) => b.date.getTime() - a.date.getTime();
const byOrderThenName = <T extends { order: number; name?: string; title?: string }>(a: T, b: T) =>
  a.order - b.order || compareVi(a.name ?? a.title ?? '', b.name ?? b.title ?? '');

export const getArticles = once(async () => (await getCollection('articles')).map((e) => e.data).sort(newestFirst));
export const getCategories = once(async () => (await getCollection('categories')).map((e) => e.data).sort(byOrderThenName));
export const getDocuments = once(async () =>
  (await getCollection('documents'))
    .map((e) => e.data)
    .sort((a, b) => b.issueDate.localeCompare(a.issueDate) || compareVi(a.documentNumber, b.documentNumber)),
);
export const getCongresses = once(async () => (await getCollection('congresses')).map((e) => e.data).sort((a, b) => b.ordinal - a.ordinal));
export const getGalleries = once(async () => (await getCollection('galleries')).map((e) => e.data).sort(newestFirst));
export const getVideos = once(async () => (await getCollection('videos')).map((e) => e.data).sort(newestFirst));
export const getPages = once(async () => (await getCollection('pages')).map((e) => e.data).sort(byOrderThenName));
export const getLinkedSites = once(async () => (await getCollection('linkedSites')).map((e) => e.data).sort(byOrderThenName));
export const getAnniversaries = once(async () => (await getCollection('anniversaries')).map((e) => e.data));
export const getSiteSetting = once(async () => {
  const setting = await getEntry('siteSetting', 'site');
  if (!setting) throw new Error('Thiếu cài đặt trang (site-setting) trong CMS.');
  return setting.data;
});

/** Article documentId → its approved comments, oldest first (as the live list shows them). */
export const getCommentsByArticle = once(async () => {
  const map = new Map<string, CommentVM[]>();
  const comments = (await getCollection('comments')).map((e) => e.data).sort((a, b) => a.date.getTime() - b.date.getTime());
  for (const c of comments) map.set(c.articleId, [...(map.get(c.articleId) ?? []), c]);
  return map;
});
