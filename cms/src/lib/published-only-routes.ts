// Route config shared by every content API router: reads pass through the published-only guard.
// A fresh object per router: Strapi writes each route's `auth.scope` into this config, so one object
// shared by all routers gave every router the first one's scope ("api::anniversary.anniversary.find"),
// and a custom API token allowed to read categories was refused on /api/categories.
export const publishedOnlyReads = () => ({
  config: {
    find: { middlewares: ['global::published-only'] },
    findOne: { middlewares: ['global::published-only'] },
  },
});
