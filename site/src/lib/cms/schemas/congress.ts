// A congress (populate.ts `congresses`: its photo album).
import { congressSchema as rawCongress } from '@dbk/shared-types';
import type { z } from 'zod';
import { required } from './populated';

export const congressSchema = () =>
  rawCongress.extend({ gallery: required(rawCongress.shape.gallery) }).transform((raw) => ({
    id: raw.documentId,
    name: raw.name,
    slug: raw.slug,
    ordinal: raw.ordinal,
    term: raw.term,
    startDate: raw.startDate,
    endDate: raw.endDate ?? null,
    place: raw.place ?? null,
    summary: raw.summary?.trim() ? raw.summary : null,
    gallery: raw.gallery ? { title: raw.gallery.title, slug: raw.gallery.slug } : null,
    updatedAt: new Date(raw.updatedAt ?? `${raw.startDate}T00:00:00+07:00`),
  }));

export type CongressVM = z.output<ReturnType<typeof congressSchema>>;
