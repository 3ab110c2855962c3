// Route config shared by every content API router: reads pass through the published-only guard.
export const publishedOnlyReads = {
  config: {
    find: { middlewares: ['global::published-only'] },
    findOne: { middlewares: ['global::published-only'] },
  },
};
