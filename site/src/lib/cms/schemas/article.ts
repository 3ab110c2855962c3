// An article as the site reads it (populate.ts `articles`) and as its pages receive it.
import { articleSchema as rawArticle, findDocumentCitations } from '@dbk/shared-types';
import type { z } from 'zod';
import { lastEdited } from '../last-edit';
import type { Media } from '../media';
import { required, seoPopulated } from './populated';

const s = rawArticle.shape;

export const articleSchema = (media: Media) =>
  rawArticle
    .extend({
      cover: required(s.cover),
      bylines: required(s.bylines),
      category: required(s.category),
      relatedDocuments: required(s.relatedDocuments),
      gallery: required(s.gallery),
      seo: seoPopulated,
    })
    .transform((raw) => ({
      id: raw.documentId,
      slug: raw.slug,
      title: raw.title,
      kicker: raw.kicker ?? null,
      summary: raw.summary ?? null,
      body: raw.body,
      /**
       * The document numbers the body mentions, found when the entry is read from the CMS and kept
       * in the content store with it: every build links each article to the documents it cites
       * (data/indexes.ts), and searching 10,000 bodies again took 0.6 s of every publish.
       */
      bodyCitations: findDocumentCitations(raw.body),
      date: new Date(raw.displayDate),
      /** the content's last real edit, never before `date` (last-edit.ts), not the import's write */
      updatedAt: lastEdited(raw, new Date(raw.displayDate)),
      cover: media.image(raw.cover, raw.coverCaption ?? raw.title),
      coverCaption: raw.coverCaption ?? null,
      coverCredit: raw.coverCredit ?? null,
      bylines: raw.bylines.map((b) => ({ name: b.name, position: b.position ?? null, department: b.department ?? null })),
      source: raw.source ?? null,
      category: raw.category ? { name: raw.category.name, slug: raw.category.slug } : null,
      relatedDocuments: raw.relatedDocuments.map((d) => ({
        documentNumber: d.documentNumber,
        slug: d.slug,
        kind: d.kind,
        issuingBody: d.issuingBody,
        issueDate: d.issueDate,
        excerpt: d.excerpt,
      })),
      gallery: raw.gallery ? { title: raw.gallery.title, slug: raw.gallery.slug } : null,
      featured: raw.featured ?? false,
      seo: media.seo(raw.seo, raw.title),
      /** the old site's address (imported articles): only the redirect map uses it, never the page */
      legacyUrl: raw.legacyUrl ?? null,
    }));

export type ArticleVM = z.output<ReturnType<typeof articleSchema>>;
