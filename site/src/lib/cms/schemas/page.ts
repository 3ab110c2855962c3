// A static page: history, introduction, contact... (populate.ts `pages`: its SEO fields).
import { pageSchema as rawPage } from '@dbk/shared-types';
import type { z } from 'zod';
import type { Media } from '../media';
import { seoPopulated } from './populated';

export const pageSchema = (media: Media) =>
  rawPage.extend({ seo: seoPopulated }).transform((raw) => ({
    id: raw.documentId,
    title: raw.title,
    slug: raw.slug,
    summary: raw.summary ?? null,
    body: raw.body,
    order: raw.order ?? 0,
    seo: media.seo(raw.seo, raw.title),
    updatedAt: new Date(raw.updatedAt ?? Date.now()),
  }));

export type PageVM = z.output<ReturnType<typeof pageSchema>>;
