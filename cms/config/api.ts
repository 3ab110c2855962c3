export default {
  rest: {
    defaultLimit: 25,
    // The site's loaders page through everything with this size (ARCHITECTURE: "the API's maximum page size").
    maxLimit: 100,
    withCount: true,
  },
};
