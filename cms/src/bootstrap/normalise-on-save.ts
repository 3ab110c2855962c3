import type { Core } from '@strapi/strapi';
import { normalizeLine, normalizeText, SLUG_MAX_LENGTH, slugify, uniqueSlug } from '@dbk/shared-types';
import { modelRegistry } from '../lib/model-registry';

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
    // The site's types and every component (bylines, SEO, photos, menus) they embed.
    models: [...modelRegistry(strapi).site, ...Object.keys(strapi.components)],
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
    // Published URLs must stay stable: an update that does not send the slug keeps the stored one,
    // even when the title changes. An empty slug asks for a fresh one from the title.
    if (event.action === 'beforeUpdate' && data[name] === undefined) continue;
    const given = data[name];
    const wanted = typeof given === 'string' && given !== '' ? given : await sourceText(strapi, event, attribute.targetField);
    if (!wanted) continue;
    const documentId = await documentIdOf(strapi, event);
    data[name] = await uniqueSlug(
      slugify(wanted, SLUG_MAX_LENGTH),
      async (candidate) => {
        const clash = await strapi.db.query(event.model.uid as never).findOne({
          select: ['id'],
          where: documentId ? { [name]: candidate, documentId: { $ne: documentId } } : { [name]: candidate },
        });
        return clash != null;
      },
      SLUG_MAX_LENGTH,
    );
  }
}

async function sourceText(strapi: Core.Strapi, event: Event, field: string): Promise<string | null> {
  const value = event.params.data?.[field];
  if (typeof value === 'string') return value;
  if (event.action !== 'beforeUpdate' || !event.params.where) return null;
  const row = (await strapi.db.query(event.model.uid as never).findOne({ select: [field], where: event.params.where })) as Record<
    string,
    unknown
  > | null;
  return typeof row?.[field] === 'string' ? (row[field] as string) : null;
}

// A draft and its published copy share a documentId and a slug; only other documents clash.
async function documentIdOf(strapi: Core.Strapi, event: Event): Promise<string | null> {
  const fromData = event.params.data?.documentId;
  if (typeof fromData === 'string') return fromData;
  // A create without a documentId starts a new document: every existing row is another document.
  const where = event.params.where;
  if (event.action === 'beforeCreate' || !where || Object.keys(where).length === 0) return null;
  const row = await strapi.db.query(event.model.uid as never).findOne({ select: ['documentId'], where });
  return (row as { documentId?: string } | null)?.documentId ?? null;
}
