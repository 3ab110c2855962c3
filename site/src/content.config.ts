// Every collection comes from the CMS through the loaders in lib/cms. Each declares its schema, the
// one its loader parses entries with (lib/cms/schemas: validation, then the view model), so
// `getCollection` and `CollectionEntry` are typed as the pages receive them.
import { defineCollection } from 'astro:content';
import { COLLECTIONS, SITE_SETTING } from './lib/cms/collections';
import { siteSettingLoader, strapiLoader } from './lib/cms/loader';

const { articles, categories, documents, congresses, galleries, videos, pages, linkedSites, anniversaries, comments } = COLLECTIONS;

export const collections = {
  articles: defineCollection({ loader: strapiLoader(articles), schema: articles.spec.schema }),
  categories: defineCollection({ loader: strapiLoader(categories), schema: categories.spec.schema }),
  documents: defineCollection({ loader: strapiLoader(documents), schema: documents.spec.schema }),
  congresses: defineCollection({ loader: strapiLoader(congresses), schema: congresses.spec.schema }),
  galleries: defineCollection({ loader: strapiLoader(galleries), schema: galleries.spec.schema }),
  videos: defineCollection({ loader: strapiLoader(videos), schema: videos.spec.schema }),
  pages: defineCollection({ loader: strapiLoader(pages), schema: pages.spec.schema }),
  linkedSites: defineCollection({ loader: strapiLoader(linkedSites), schema: linkedSites.spec.schema }),
  anniversaries: defineCollection({ loader: strapiLoader(anniversaries), schema: anniversaries.spec.schema }),
  siteSetting: defineCollection({ loader: siteSettingLoader(), schema: SITE_SETTING.schema }),
  comments: defineCollection({ loader: strapiLoader(comments), schema: comments.spec.schema }),
};
