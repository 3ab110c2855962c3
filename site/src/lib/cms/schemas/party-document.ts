// A party document (populate.ts `documents`: its files and congress).
import { partyDocumentSchema as rawDocument } from '@dbk/shared-types';
import type { z } from 'zod';
import { lastEdited } from '../last-edit';
import type { Media } from '../media';
import { required } from './populated';

export const partyDocumentSchema = (media: Media) =>
  rawDocument.extend({ files: required(rawDocument.shape.files), congress: required(rawDocument.shape.congress) }).transform((raw) => ({
    id: raw.documentId,
    documentNumber: raw.documentNumber,
    slug: raw.slug,
    kind: raw.kind,
    title: raw.title ?? null,
    issuingBody: raw.issuingBody,
    issueDate: raw.issueDate,
    term: raw.term ?? null,
    signer: raw.signer ?? null,
    excerpt: raw.excerpt,
    fullText: raw.fullText?.trim() ? raw.fullText : null,
    files: (raw.files ?? []).map((f) => media.file(f)),
    congress: raw.congress
      ? { name: raw.congress.name, slug: raw.congress.slug, ordinal: raw.congress.ordinal, term: raw.congress.term }
      : null,
    /** the content's last real edit (last-edit.ts) */
    updatedAt: lastEdited(raw, new Date(`${raw.issueDate}T00:00:00+07:00`)),
  }));

export type PartyDocumentVM = z.output<ReturnType<typeof partyDocumentSchema>>;
