import { BODY_LIMIT } from '../src/lib/body-limit';
import { uploadOrigins } from '../src/lib/upload-storage';

// Uploads in an S3 bucket: the admin panel must be allowed to show them (Strapi's documented CSP).
const bucket = uploadOrigins(process.env);
const security = bucket.length
  ? {
      name: 'strapi::security',
      config: {
        contentSecurityPolicy: {
          useDefaults: true,
          directives: {
            'connect-src': ["'self'", 'https:'],
            'img-src': ["'self'", 'data:', 'blob:', 'market-assets.strapi.io', ...bucket],
            'media-src': ["'self'", 'data:', 'blob:', 'market-assets.strapi.io', ...bucket],
            upgradeInsecureRequests: null,
          },
        },
      },
    }
  : 'strapi::security';

export default [
  'strapi::logger',
  'strapi::errors',
  security,
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
