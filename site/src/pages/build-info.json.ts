// Read by the rebuild service to check a new release before it goes live (counts must not collapse),
// and shown in its /status: `skipped` lists the published entries the build left out as invalid.
import type { APIRoute } from 'astro';
import type { BuildInfo } from '@dbk/shared-types';
import { getArticles, getDocuments, getGalleries, getPages, getVideos } from '../lib/data/content';
import { skippedEntries } from '../lib/cms/skipped';

export const GET: APIRoute = async () => {
  const [articles, documents, pages, galleries, videos] = await Promise.all([
    getArticles(),
    getDocuments(),
    getPages(),
    getGalleries(),
    getVideos(),
  ]);
  const counts = {
    articles: articles.length,
    documents: documents.length,
    pages: pages.length,
    galleries: galleries.length,
    videos: videos.length,
  };
  const info: BuildInfo = { builtAt: new Date().toISOString(), counts, skipped: skippedEntries() };
  return new Response(JSON.stringify(info), { headers: { 'Content-Type': 'application/json' } });
};
