import { BODY_LIMIT } from '../src/lib/body-limit';

export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // Right before the parser: a body over the limit gets a Vietnamese 413 the admin can show.
  'global::body-too-large',
  { name: 'strapi::body', config: { jsonLimit: BODY_LIMIT, formLimit: BODY_LIMIT, textLimit: BODY_LIMIT } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
  // Around the upload plugin's /uploads/ route: 304s and cache lifetimes (see the middleware).
  'global::uploads-cache',
];
