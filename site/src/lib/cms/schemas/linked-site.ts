// A linked website (populate.ts `linkedSites`: its logo).
import { linkedSiteSchema as rawLinkedSite } from '@dbk/shared-types';
import type { z } from 'zod';
import type { Media } from '../media';
import { required } from './populated';

export const linkedSiteSchema = (media: Media) =>
  rawLinkedSite.extend({ logo: required(rawLinkedSite.shape.logo) }).transform((raw) => ({
    id: raw.documentId,
    name: raw.name,
    url: raw.url,
    logo: media.image(raw.logo, raw.name),
    order: raw.order ?? 0,
  }));

export type LinkedSiteVM = z.output<ReturnType<typeof linkedSiteSchema>>;
