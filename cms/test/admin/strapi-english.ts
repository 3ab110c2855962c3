// Strapi's English interface strings, read from the installed packages' en.json files: the
// source both of the key check of our translations and of the "English UI word" dictionary.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const require = createRequire(import.meta.url);

/** The installed file of a package, e.g. "@strapi/upload/dist/...". */
export const strapiFile = (relative: string) => path.join(root, 'node_modules', relative);

function load(relative: string): Record<string, string> {
  const loaded = require(strapiFile(relative)) as { default?: Record<string, string> } & Record<string, string>;
  return loaded.default ?? loaded;
}

/** Per Strapi package: the prefix its keys are looked up under, and its English messages. */
export const STRAPI_ENGLISH: Record<string, { prefix: string; messages: Record<string, string> }> = {
  admin: { prefix: '', messages: load('@strapi/admin/dist/admin/admin/src/translations/en.json.js') },
  'content-manager': { prefix: 'content-manager.', messages: load('@strapi/content-manager/dist/admin/translations/en.json.js') },
  upload: { prefix: 'upload.', messages: load('@strapi/upload/dist/admin/translations/en.json.js') },
  i18n: { prefix: 'i18n.', messages: load('@strapi/i18n/dist/admin/translations/en.json.js') },
  'content-releases': { prefix: 'content-releases.', messages: load('@strapi/content-releases/dist/admin/translations/en.json.js') },
  'users-permissions': {
    prefix: 'users-permissions.',
    messages: load('@strapi/plugin-users-permissions/dist/admin/translations/en.json.js'),
  },
  email: { prefix: 'email.', messages: load('@strapi/email/dist/admin/translations/en.json.js') },
};
