// The site's own CMS code (site/src/lib/cms), loaded into this process so the benchmark measures
// exactly what the build runs. That code is written for Vite, which resolves "./client" to
// "./client.ts"; Node does not, so a resolve hook adds the extension for files below site/src only.
import { registerHooks } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SITE_DIR } from '../lib/paths.ts';

const SITE_SRC = pathToFileURL(path.join(SITE_DIR, 'src')).href;
let registered = false;

function register(): void {
  if (registered) return;
  registered = true;
  registerHooks({
    resolve(specifier, context, next) {
      const relative = specifier.startsWith('./') || specifier.startsWith('../');
      if (relative && !path.extname(specifier) && context.parentURL?.startsWith(SITE_SRC)) return next(`${specifier}.ts`, context);
      return next(specifier, context);
    },
  });
}

export interface CollectionSpec {
  path: string;
  label: string;
}

export interface SiteCmsModules {
  COLLECTIONS: Record<string, { spec: CollectionSpec }>;
  SITE_SETTING: CollectionSpec;
  fetchAll(config: { url: string; token: string }, spec: CollectionSpec): Promise<{ entries: unknown[]; invalid: unknown[] }>;
  fetchSingle(config: { url: string; token: string }, spec: CollectionSpec): Promise<unknown>;
}

export async function loadSiteCms(): Promise<SiteCmsModules> {
  register();
  const file = (name: string) => pathToFileURL(path.join(SITE_DIR, 'src', 'lib', 'cms', name)).href;
  const collections = (await import(file('collections.ts'))) as Pick<SiteCmsModules, 'COLLECTIONS' | 'SITE_SETTING'>;
  const fetchAll = (await import(file('fetch-all.ts'))) as Pick<SiteCmsModules, 'fetchAll' | 'fetchSingle'>;
  return { ...collections, ...fetchAll };
}
