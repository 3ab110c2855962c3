// Typed, memoised access to the content collections. Astro renders every page in one process, so
// each collection is read and sorted once per build, not once per page.
import { getCollection } from 'astro:content';
import { compareVi } from '../format/vi';
import type {
  AnniversaryVM,
  ArticleVM,
  CommentVM,
  CategoryVM,
  CongressVM,
  GalleryVM,
  LinkedSiteVM,
  PageVM,
  PartyDocumentVM,
  SiteSettingVM,
  VideoVM,
} from '../cms/view-models';

type Name =
  | 'articles'
  | 'categories'
  | 'documents'
  | 'congresses'
  | 'galleries'
  | 'videos'
  | 'pages'
  | 'linkedSites'
  | 'anniversaries'
  | 'siteSetting'
  | 'comments';

const cache = new Map<string, Promise<unknown>>();
/** Once per build: the first call's promise, shared by every page (keys are unique across lib/data). */
export function memo<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as Promise<T>;
}

async function all<T>(name: Name): Promise<T[]> {
  return (await getCollection(name)).map((e) => e.data as T);
}

const newestFirst = <T extends { date: Date }>(a: T, b: T) => b.date.getTime() - a.date.getTime();
const byOrderThenName = <T extends { order: number; name?: string; title?: string }>(a: T, b: T) =>
  a.order - b.order || compareVi(a.name ?? a.title ?? '', b.name ?? b.title ?? '');

export const getArticles = () => memo('articles', async () => (await all<ArticleVM>('articles')).sort(newestFirst));
export const getCategories = () => memo('categories', async () => (await all<CategoryVM>('categories')).sort(byOrderThenName));
export const getDocuments = () =>
  memo('documents', async () =>
    (await all<PartyDocumentVM>('documents')).sort(
      (a, b) => b.issueDate.localeCompare(a.issueDate) || compareVi(a.documentNumber, b.documentNumber),
    ),
  );
export const getCongresses = () =>
  memo('congresses', async () => (await all<CongressVM>('congresses')).sort((a, b) => b.ordinal - a.ordinal));
export const getGalleries = () => memo('galleries', async () => (await all<GalleryVM>('galleries')).sort(newestFirst));
export const getVideos = () => memo('videos', async () => (await all<VideoVM>('videos')).sort(newestFirst));
export const getPages = () => memo('pages', async () => (await all<PageVM>('pages')).sort(byOrderThenName));
export const getLinkedSites = () => memo('linkedSites', async () => (await all<LinkedSiteVM>('linkedSites')).sort(byOrderThenName));
export const getAnniversaries = () => memo('anniversaries', () => all<AnniversaryVM>('anniversaries'));
export const getSiteSetting = () =>
  memo('siteSetting', async () => {
    const [setting] = await all<SiteSettingVM>('siteSetting');
    if (!setting) throw new Error('Thiếu cài đặt trang (site-setting) trong CMS.');
    return setting;
  });

/** Article documentId → its approved comments, oldest first (as the live list shows them). */
export const getCommentsByArticle = () =>
  memo('comments', async () => {
    const map = new Map<string, CommentVM[]>();
    for (const c of (await all<CommentVM>('comments')).sort((a, b) => a.date.getTime() - b.date.getTime())) {
      map.set(c.articleId, [...(map.get(c.articleId) ?? []), c]);
    }
    return map;
  });
