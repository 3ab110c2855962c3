import { BODY_LIMIT } from '../src/lib/body-limit';
import { uploadOrigins } from '../src/lib/upload-storage';
import { cmsEnv } from '../src/lib/env';

// Uploads in an S3 bucket: the admin panel must be allowed to show them (Strapi's documented CSP).
const bucket = uploadOrigins();
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

type Env = (key: string, fallback?: string) => string;

export default ({ env }: { env: Env }) => [
  // One line per request: useful while developing, noise without rotation in production (a busy
  // day is hundreds of thousands of lines). On in development, off elsewhere; REQUEST_LOG=1 (or 0)
  // decides explicitly (through lib/env.ts: Strapi's env.bool reads "1" as false).
  ...((cmsEnv().REQUEST_LOG ?? env('NODE_ENV', 'development') === 'development') ? ['strapi::logger'] : []),
  'strapi::errors',
  // Inside strapi::errors: readers' 4xx become one warning line instead of an error with a stack.
  'global::reader-mistakes',
  security,
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // Around every route: no secret party document leaves through the content API (see the file).
  'global::secret-documents',
  // Right before the parser: a body over the limit gets a Vietnamese 413 the admin can show.
  'global::body-too-large',
  { name: 'strapi::body', config: { jsonLimit: BODY_LIMIT, formLimit: BODY_LIMIT, textLimit: BODY_LIMIT } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
  // Around the upload plugin's /uploads/ route: 304s and cache lifetimes (see the middleware).
  'global::uploads-cache',
];
