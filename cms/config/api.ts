import { REST_MAX_PAGE_SIZE } from '@dbk/shared-types';

export default {
  rest: {
    defaultLimit: 25,
    // The site's loaders page through everything with this size (ARCHITECTURE: "the API's maximum
    // page size"); why 500: shared-types/src/page-sizes.ts.
    maxLimit: REST_MAX_PAGE_SIZE,
    withCount: true,
  },
};
