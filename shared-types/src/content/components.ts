import { z } from 'zod';
import { mediaSchema, optionalText, populated } from './common.js';

const componentId = { id: z.number().int() };

export const bylineSchema = z.object({
  ...componentId,
  name: z.string().min(1).max(160),
  position: optionalText(300),
  department: optionalText(300),
});

export const seoSchema = z.object({
  ...componentId,
  metaTitle: optionalText(70),
  metaDescription: optionalText(200),
  ogImage: populated(mediaSchema.nullable()),
  noIndex: z.boolean().nullable().optional(),
});

export const photoSchema = z.object({
  ...componentId,
  image: populated(mediaSchema.nullable()),
  caption: optionalText(500),
  credit: optionalText(160),
});

export const menuLinkSchema = z.object({ ...componentId, label: z.string().min(1).max(120), url: z.string().min(1).max(500) });

export const menuItemSchema = z.object({
  ...componentId,
  label: z.string().min(1).max(120),
  url: z.string().min(1).max(500),
  children: populated(z.array(menuLinkSchema)),
});

export const keyFigureSchema = z.object({
  ...componentId,
  label: z.string().min(1).max(200),
  value: z.number().int().min(0),
  unit: optionalText(60),
});

/** Component uid → schema: mirrors cms/src/components/<category>/<name>.json. */
export const componentSchemas = {
  'content.byline': bylineSchema,
  'content.seo': seoSchema,
  'content.photo': photoSchema,
  'site.menu-link': menuLinkSchema,
  'site.menu-item': menuItemSchema,
  'site.key-figure': keyFigureSchema,
} as const;
