// One more CMS instance as its own process (the multi-instance test starts it next to the one the
// harness boots in the test's process): same compiled CMS, same environment, its own PORT. Prints
// "READY" once it listens; stops when the parent goes away, so no orphan keeps a port or a
// database connection.
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// Strapi's ESM build does not load under Node's ESM resolver; its CommonJS build does.
const { createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
await strapi.listen();
process.send?.('READY');
const stop = async () => {
  await strapi.destroy().catch(() => undefined);
  process.exit(0);
};
process.on('disconnect', stop);
process.on('message', (m) => m === 'STOP' && void stop());
