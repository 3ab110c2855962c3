// Every collection comes from the CMS through the loaders in lib/cms.
import { defineCollection } from 'astro:content';
import { COLLECTIONS } from './lib/cms/collections';
import { siteSettingLoader, strapiLoader } from './lib/cms/loader';

export const collections = {
  articles: defineCollection({ loader: strapiLoader(COLLECTIONS.articles) }),
  categories: defineCollection({ loader: strapiLoader(COLLECTIONS.categories) }),
  documents: defineCollection({ loader: strapiLoader(COLLECTIONS.documents) }),
  congresses: defineCollection({ loader: strapiLoader(COLLECTIONS.congresses) }),
  galleries: defineCollection({ loader: strapiLoader(COLLECTIONS.galleries) }),
  videos: defineCollection({ loader: strapiLoader(COLLECTIONS.videos) }),
  pages: defineCollection({ loader: strapiLoader(COLLECTIONS.pages) }),
  linkedSites: defineCollection({ loader: strapiLoader(COLLECTIONS.linkedSites) }),
  anniversaries: defineCollection({ loader: strapiLoader(COLLECTIONS.anniversaries) }),
  siteSetting: defineCollection({ loader: siteSettingLoader() }),
  comments: defineCollection({ loader: strapiLoader(COLLECTIONS.comments) }),
};
