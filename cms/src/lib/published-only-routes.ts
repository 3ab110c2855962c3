/**
 * Route config shared by every content API router: reads pass through the published-only guard.
 * A function, not one shared object: Strapi writes each route's permission scope into its config
 * object (config.auth.scope), so one object shared by every router gave every type's `find` the
 * scope of the first type registered, and a token allowed to read that type could read them all.
 */
export const publishedOnlyReads = () => ({
  config: {
    find: { middlewares: ['global::published-only'] },
    findOne: { middlewares: ['global::published-only'] },
  },
});
