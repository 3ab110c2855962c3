// An anniversary: the banner text is computed from it (lib/banner), never typed.
import { anniversarySchema as rawAnniversary } from '@dbk/shared-types';
import type { z } from 'zod';

export const anniversarySchema = () =>
  rawAnniversary.transform((raw) => ({
    id: raw.documentId,
    subject: raw.subject,
    originalDate: raw.originalDate,
    recurrence: raw.recurrence,
    roundEvery: raw.roundEvery ?? null,
    daysBefore: raw.daysBefore ?? null,
    daysAfter: raw.daysAfter ?? null,
    order: raw.order ?? null,
    active: raw.active ?? null,
  }));

export type AnniversaryVM = z.output<ReturnType<typeof anniversarySchema>>;
