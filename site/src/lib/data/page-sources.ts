// The build-wide lookups the congress, document and static pages read (entry-pages.ts), loaded
// once per build.
import { articlesByCongress } from './congress-articles';
import { getDocuments, getGalleries, getSiteSetting, once } from './content';
import type { CongressSources, DocumentSources } from './entry-pages';
import { citingArticles, documentsByKey } from './indexes';

export const congressSources = once(async (): Promise<CongressSources> => {
  const [documents, galleries, byCongress, byKey] = await Promise.all([
    getDocuments(),
    getGalleries(),
    articlesByCongress(),
    documentsByKey(),
  ]);
  return { documents, galleries, articlesByCongress: byCongress, documentsByKey: byKey };
});

export const documentSources = once(async (): Promise<DocumentSources> => {
  const [setting, citing, byKey] = await Promise.all([getSiteSetting(), citingArticles(), documentsByKey()]);
  return { setting, citingArticles: citing, documentsByKey: byKey };
});
