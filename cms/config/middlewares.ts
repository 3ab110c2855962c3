export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
  // Around the upload plugin's /uploads/ route: 304s and cache lifetimes (see the middleware).
  'global::uploads-cache',
];
