// Astro content-layer loaders over the Strapi REST API. Each load replaces the collection's store
// with exactly what the CMS publishes now, so unpublished or deleted entries disappear.
import type { Loader } from 'astro/loaders';
import { cmsConfig, CmsError } from './client';
import type { SiteCollection } from './collections';
import { SITE_SETTING } from './collections';
import { fetchAll, fetchSingle } from './fetch-all';
import { Mapper } from './mappers';
import { setSkipped } from './skipped';
import { siteEnv } from '../../env';

/**
 * `npm run typecheck` runs `astro sync` only for the types it generates; it sets SITE_TYPES_ONLY
 * so the loaders leave the store empty instead of asking a CMS that a type check does not need.
 */
const typesOnly = () => siteEnv().SITE_TYPES_ONLY;

export function mapper(): Mapper {
  const config = cmsConfig();
  return new Mapper(siteEnv().MEDIA_URL ?? config.url);
}

export function strapiLoader<Raw, VM extends object>(collection: SiteCollection<Raw, VM>): Loader {
  return {
    name: `strapi:${collection.spec.path}`,
    async load({ store, logger, generateDigest }) {
      if (typesOnly()) return;
      const config = cmsConfig();
      const { entries: raws, invalid } = await fetchAll(config, collection.spec);
      // Left out, not fatal: the rest of the site goes live; the log and build-info.json name them.
      for (const e of invalid) logger.warn(`Bỏ qua ${collection.spec.label} ${e.entry} vì dữ liệu không hợp lệ: ${e.problems}`);
      setSkipped(
        collection.spec.path,
        invalid.map((e) => ({ collection: collection.spec.path, label: collection.spec.label, entry: e.entry, problems: e.problems })),
      );
      const map = mapper();
      const entries = raws.map((raw) => collection.map(map, raw));
      const ids = new Set<string>();
      for (const vm of entries) {
        const id = collection.id(vm);
        if (ids.has(id)) throw new CmsError(`Hai mục ${collection.spec.label} trùng đường dẫn "${id}".`);
        ids.add(id);
      }
      store.clear();
      for (const vm of entries) {
        const data = vm as Record<string, unknown>;
        store.set({ id: collection.id(vm), data, digest: generateDigest(data) });
      }
      logger.info(`${entries.length} ${collection.spec.label}`);
    },
  };
}

export function siteSettingLoader(): Loader {
  return {
    name: 'strapi:site-setting',
    async load({ store, generateDigest }) {
      if (typesOnly()) return;
      const raw = await fetchSingle(cmsConfig(), SITE_SETTING);
      const vm = mapper().siteSetting(raw) as unknown as Record<string, unknown>;
      store.clear();
      store.set({ id: 'site', data: vm, digest: generateDigest(vm) });
    },
  };
}
