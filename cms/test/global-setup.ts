import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

// Strapi's ESM build does not load under Node's ESM resolver; its CommonJS build does.
const { compileStrapi } = createRequire(import.meta.url)('@strapi/strapi') as typeof import('@strapi/strapi');

// Compile the CMS's TypeScript once (no admin build: the tests use the APIs only).
export default async function setup() {
  await compileStrapi({ appDir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..') });
}
