// Which collections embed entries of which others, derived from populate.ts (what each collection
// fetches) and the CMS's model (what each populated relation points at): an article carries its
// category's name, so a renamed category must re-read the articles. No second hand-written list.
import type { ContentTypes } from './content-types';

/**
 * REST paths of the collections whose entries `populate` embeds into an entry of `typePath`,
 * following components (seo, photos...) into the relations they hold. Media are not collections.
 */
export function populatedCollections(types: ContentTypes, typePath: string, populate: object): Set<string> {
  const found = new Set<string>();
  const walk = (attributes: Record<string, { type: string; target?: string; component?: string }>, pop: unknown) => {
    if (typeof pop !== 'object' || pop === null) return;
    for (const [field, sub] of Object.entries(pop)) {
      const attribute = attributes[field];
      if (!attribute) continue;
      if (attribute.type === 'relation' && attribute.target) {
        const target = types.pathOfUid.get(attribute.target);
        // A relation to something that is not a content type of the API (a user...) cannot be
        // watched: the caller treats an unknown target as "always changed".
        found.add(target ?? `?${attribute.target}`);
        // Relations of the related entry (populate: { populate: ... }) are embedded too.
        const nested = (sub as { populate?: unknown } | null)?.populate;
        if (target && nested) walk(types.byPath.get(target) ?? {}, nested);
      } else if ((attribute.type === 'component' || attribute.type === 'dynamiczone') && attribute.component) {
        const nested = (sub as { populate?: unknown } | null)?.populate;
        if (nested) walk(types.components.get(attribute.component) ?? {}, nested);
      }
    }
  };
  walk(types.byPath.get(typePath) ?? {}, populate);
  return found;
}
