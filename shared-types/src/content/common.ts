import { z } from 'zod';

// Shapes of Strapi 5 REST responses (flattened: attributes sit beside id and documentId).

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày phải có dạng YYYY-MM-DD');
export const isoDateTime = z.iso.datetime({ offset: true });

/** Present on every entry Strapi returns. */
export const systemFields = {
  id: z.number().int(),
  documentId: z.string().min(1),
  createdAt: isoDateTime.optional(),
  updatedAt: isoDateTime.optional(),
  publishedAt: isoDateTime.nullable().optional(),
  locale: z.string().nullable().optional(),
};
export const SYSTEM_FIELD_NAMES = Object.keys(systemFields);

const mediaFormat = z.object({
  url: z.string(),
  width: z.number().nullable().optional(),
  height: z.number().nullable().optional(),
  mime: z.string().optional(),
});

export const mediaSchema = z.object({
  id: z.number().int(),
  documentId: z.string().optional(),
  name: z.string(),
  url: z.string().min(1),
  alternativeText: z.string().nullable().optional(),
  caption: z.string().nullable().optional(),
  width: z.number().nullable().optional(),
  height: z.number().nullable().optional(),
  mime: z.string(),
  size: z.number().optional(),
  formats: z.record(z.string(), mediaFormat).nullable().optional(),
  /** changes when the file is replaced (its URL does not): the site versions image URLs with it */
  updatedAt: isoDateTime.optional(),
});
export type RawMedia = z.infer<typeof mediaSchema>;

/** Relations, media and components come only when populated: absent otherwise. */
export const populated = <T extends z.ZodType>(schema: T) => schema.optional();
export const optionalText = (max: number) => z.string().max(max).nullable().optional();
