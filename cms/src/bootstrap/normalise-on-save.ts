import type { Core } from '@strapi/strapi';
import { normalizeLine, normalizeText, slugify, uniqueSlug } from '@dbk/shared-types';
import { API_UIDS, COMPONENT_UIDS } from './content-types';

type Attribute = { type: string; targetField?: string; maxLength?: number };
type Event = {
  action: string;
  model: { uid: string; attributes: Record<string, Attribute> };
  params: { data?: Record<string, unknown>; where?: Record<string, unknown> };
};

const SINGLE_LINE = new Set(['string', 'email']);
const MULTI_LINE = new Set(['text', 'richtext']);

/**
 * Every write of our models goes through the database layer, whatever its origin (admin, REST,
 * seed, import), so normalising there covers every path: NFC, Ð→Đ, no invisible characters,
 * slugs by the shared Vietnamese rule and unique per type.
 */
export function registerNormalisation(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: [...API_UIDS, ...COMPONENT_UIDS],
    async beforeCreate(event: Event) {
      await normaliseData(strapi, event);
    },
    async beforeUpdate(event: Event) {
      await normaliseData(strapi, event);
    },
  });
}

async function normaliseData(strapi: Core.Strapi, event: Event): Promise<void> {
  const data = event.params.data;
  if (!data) return;
  const attributes = event.model.attributes;
  for (const [name, attribute] of Object.entries(attributes)) {
    const value = data[name];
    if (typeof value !== 'string') continue;
    if (SINGLE_LINE.has(attribute.type)) data[name] = normalizeLine(value);
    else if (MULTI_LINE.has(attribute.type)) data[name] = normalizeText(value);
  }
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.type !== 'uid' || !attribute.targetField) continue;
    const wanted = typeof data[name] === 'string' && data[name] !== '' ? String(data[name]) : data[attribute.targetField];
    // An update that touches neither the slug nor its source keeps the stored slug.
    if (typeof wanted !== 'string') continue;
    const documentId = await documentIdOf(strapi, event);
    data[name] = await uniqueSlug(slugify(wanted, attribute.maxLength ?? 80), async (candidate) => {
      const clash = await strapi.db.query(event.model.uid as never).findOne({
        select: ['id'],
        where: documentId ? { [name]: candidate, documentId: { $ne: documentId } } : { [name]: candidate },
      });
      return clash != null;
    });
  }
}

// A draft and its published copy share a documentId and a slug; only other documents clash.
async function documentIdOf(strapi: Core.Strapi, event: Event): Promise<string | null> {
  const fromData = event.params.data?.documentId;
  if (typeof fromData === 'string') return fromData;
  const where = event.params.where;
  if (!where) return null;
  const row = await strapi.db.query(event.model.uid as never).findOne({ select: ['documentId'], where });
  return (row as { documentId?: string } | null)?.documentId ?? null;
}
