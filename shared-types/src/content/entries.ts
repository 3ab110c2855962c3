import { z } from 'zod';
import { isoDate, isoDateTime, mediaSchema, optionalText, populated, systemFields } from './common.js';
import { bylineSchema, keyFigureSchema, menuItemSchema, photoSchema, seoSchema } from './components.js';
import { ANNIVERSARY_DEFAULTS } from './anniversary-defaults.js';
import { DOCUMENT_KIND_VALUES, RECURRENCE_VALUES } from './document-kinds.js';
import { commentSchema } from './interactions.js';
import { SLUG_MAX_LENGTH } from '../slug.js';

// Scalar fields of each type: what a nested (populated) relation returns.
const slug = z.string().min(1).max(SLUG_MAX_LENGTH);
// "Hẹn giờ xuất bản": when the CMS cron publishes the draft; cleared once it has.
const scheduledAt = isoDateTime.nullable().optional();

const categoryFields = {
  name: z.string().min(1).max(120),
  slug,
  description: optionalText(500),
  order: z.number().int().min(0).nullable().optional(),
};
const documentFields = {
  documentNumber: z.string().min(1).max(60),
  slug,
  kind: z.enum(DOCUMENT_KIND_VALUES),
  title: optionalText(300),
  issuingBody: z.string().min(1).max(200),
  issueDate: isoDate,
  term: optionalText(40),
  signer: optionalText(160),
  excerpt: z.string().min(1).max(2000),
  fullText: z.string().nullable().optional(),
  secret: z.boolean().nullable().optional(),
  publishAt: scheduledAt,
};
const congressFields = {
  name: z.string().min(1).max(300),
  slug,
  ordinal: z.number().int().min(1),
  term: z.string().min(1).max(40),
  startDate: isoDate,
  endDate: isoDate.nullable().optional(),
  place: optionalText(300),
  summary: z.string().nullable().optional(),
};
const galleryFields = { title: z.string().min(1).max(300), slug, date: isoDateTime, description: optionalText(2000) };
const articleFields = {
  title: z.string().min(1).max(300),
  slug,
  kicker: optionalText(160),
  summary: optionalText(1000),
  body: z.string().min(1),
  coverCaption: optionalText(500),
  coverCredit: optionalText(160),
  source: optionalText(200),
  displayDate: isoDateTime,
  featured: z.boolean().nullable().optional(),
  publishAt: scheduledAt,
  // Written by the importer (scripts/src/import.ts): the old site's address and view count.
  legacyUrl: optionalText(1000),
  legacyViews: z.number().int().min(0).nullable().optional(),
};

const ref = <T extends z.ZodRawShape>(fields: T) => z.object({ ...systemFields, ...fields });

export const categorySchema = z.object({
  ...systemFields,
  ...categoryFields,
  parent: populated(ref(categoryFields).nullable()),
  children: populated(z.array(ref(categoryFields))),
  articles: populated(z.array(ref(articleFields))),
});

export const partyDocumentSchema = z.object({
  ...systemFields,
  ...documentFields,
  files: populated(z.array(mediaSchema).nullable()),
  congress: populated(ref(congressFields).nullable()),
  articles: populated(z.array(ref(articleFields))),
});

export const congressSchema = z.object({
  ...systemFields,
  ...congressFields,
  documents: populated(z.array(ref(documentFields))),
  gallery: populated(ref(galleryFields).nullable()),
});

export const gallerySchema = z.object({ ...systemFields, ...galleryFields, photos: populated(z.array(photoSchema)) });

export const articleSchema = z.object({
  ...systemFields,
  ...articleFields,
  cover: populated(mediaSchema.nullable()),
  bylines: populated(z.array(bylineSchema)),
  category: populated(ref(categoryFields).nullable()),
  relatedDocuments: populated(z.array(ref(documentFields))),
  gallery: populated(ref(galleryFields).nullable()),
  seo: populated(seoSchema.nullable()),
});

export const anniversarySchema = z.object({
  ...systemFields,
  subject: z.string().min(1).max(300),
  originalDate: isoDate,
  recurrence: z.enum(RECURRENCE_VALUES).default(ANNIVERSARY_DEFAULTS.recurrence),
  roundEvery: z.number().int().min(1).max(100).nullable().default(ANNIVERSARY_DEFAULTS.roundEvery),
  daysBefore: z.number().int().min(0).max(366).nullable().default(ANNIVERSARY_DEFAULTS.daysBefore),
  daysAfter: z.number().int().min(0).max(366).nullable().default(ANNIVERSARY_DEFAULTS.daysAfter),
  order: z.number().int().min(0).nullable().default(ANNIVERSARY_DEFAULTS.order),
  active: z.boolean().nullable().default(ANNIVERSARY_DEFAULTS.active),
});

export const videoSchema = z.object({
  ...systemFields,
  title: z.string().min(1).max(300),
  slug,
  date: isoDateTime,
  description: optionalText(2000),
  file: populated(mediaSchema.nullable()),
  externalUrl: z
    .string()
    .regex(/^https?:\/\/\S+$/)
    .max(500)
    .nullable()
    .optional(),
  poster: populated(mediaSchema.nullable()),
});

export const pageSchema = z.object({
  ...systemFields,
  title: z.string().min(1).max(300),
  slug,
  summary: optionalText(1000),
  body: z.string().min(1),
  order: z.number().int().min(0).nullable().optional(),
  publishAt: scheduledAt,
  seo: populated(seoSchema.nullable()),
});

export const linkedSiteSchema = z.object({
  ...systemFields,
  name: z.string().min(1).max(200),
  url: z
    .string()
    .regex(/^https?:\/\/\S+$/)
    .max(500),
  logo: populated(mediaSchema.nullable()),
  order: z.number().int().min(0).nullable().optional(),
});

export const siteSettingSchema = z.object({
  ...systemFields,
  siteName: z.string().min(1).max(200),
  provinceName: z.string().min(1).max(120),
  shortName: optionalText(120),
  description: optionalText(500),
  logo: populated(mediaSchema.nullable()),
  address: optionalText(300),
  phone: optionalText(60),
  email: z.email().nullable().optional(),
  responsibleAgency: z.string().min(1).max(300),
  editorInChief: z.string().min(1).max(300),
  licence: optionalText(300),
  bannerPrefix: z.string().min(1).max(200),
  menu: populated(z.array(menuItemSchema)),
  keyFigures: populated(z.array(keyFigureSchema)),
});

/** Content-type uid → schema of one entry in a REST response: mirrors every cms schema.json. */
export const contentSchemas = {
  'api::article.article': articleSchema,
  'api::category.category': categorySchema,
  'api::party-document.party-document': partyDocumentSchema,
  'api::congress.congress': congressSchema,
  'api::anniversary.anniversary': anniversarySchema,
  'api::gallery.gallery': gallerySchema,
  'api::video.video': videoSchema,
  'api::page.page': pageSchema,
  'api::linked-site.linked-site': linkedSiteSchema,
  'api::site-setting.site-setting': siteSettingSchema,
  'api::comment.comment': commentSchema,
} as const;

export type RawArticle = z.infer<typeof articleSchema>;
export type RawCategory = z.infer<typeof categorySchema>;
export type RawPartyDocument = z.infer<typeof partyDocumentSchema>;
export type RawCongress = z.infer<typeof congressSchema>;
export type RawAnniversary = z.infer<typeof anniversarySchema>;
export type RawGallery = z.infer<typeof gallerySchema>;
export type RawVideo = z.infer<typeof videoSchema>;
export type RawPage = z.infer<typeof pageSchema>;
export type RawLinkedSite = z.infer<typeof linkedSiteSchema>;
export type RawSiteSetting = z.infer<typeof siteSettingSchema>;
