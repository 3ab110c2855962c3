// Explicit populate objects, one per collection: exactly what the pages need, never `populate=*`.
// Relations list only the fields pages show, so a long article body is never fetched twice.

const media = { fields: ['name', 'url', 'alternativeText', 'caption', 'width', 'height', 'mime', 'size', 'updatedAt'] } as const;
const seo = { populate: { ogImage: media } } as const;

export const POPULATE = {
  articles: {
    cover: media,
    bylines: true,
    category: { fields: ['name', 'slug'] },
    relatedDocuments: { fields: ['documentNumber', 'slug', 'kind', 'issuingBody', 'issueDate', 'excerpt'] },
    gallery: { fields: ['title', 'slug', 'date'] },
    seo,
  },
  categories: { parent: { fields: ['name', 'slug'] } },
  documents: {
    files: media,
    congress: { fields: ['name', 'slug', 'ordinal', 'term', 'startDate'] },
  },
  congresses: {
    gallery: { fields: ['title', 'slug', 'date'] },
  },
  galleries: { photos: { populate: { image: media } } },
  videos: { file: media, poster: media },
  pages: { seo },
  linkedSites: { logo: media },
  anniversaries: {},
  siteSetting: { logo: media, menu: { populate: { children: true } }, keyFigures: true },
} as const;
