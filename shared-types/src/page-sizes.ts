// How many entries one list answer of the CMS may hold: the CMS enforces these, the site's build
// asks for them. One place, so the two cannot drift apart.

/**
 * Strapi's `api.rest.maxLimit` (cms/config/api.ts): the page size the site's build reads every
 * content collection with (site/src/lib/cms/fetch-all.ts). At 10,000 articles the whole read took
 * 7.2-11.4 s in 118 requests of 100 and 5.4-5.9 s in 32 requests of 500 (`npm run bench -- --steps
 * gen,read`, one machine, runs in turn): Strapi pays its per-request work (the count, one query per
 * populated relation, the response's set-up) once per page, so fewer pages cost less. Only tokens
 * read these collections (readers have no REST access to them), and each answer stays about 2 MB.
 */
export const REST_MAX_PAGE_SIZE = 500;

/**
 * The approved-comments endpoint (`/api/interactions/comments`, cms/src/lib/interactions/http.ts):
 * readers' browsers call it, so its pages stay small; the build reads it at this size too.
 */
export const COMMENTS_MAX_PAGE_SIZE = 100;
