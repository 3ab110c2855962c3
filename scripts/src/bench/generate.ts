// Step 1: fills the fresh CMS with N synthetic articles and documents and albums in proportion,
// then proves through the public REST API that they are there, published, as the site will read them.
import { parseDocumentNumber } from '@dbk/shared-types';
import { planContent, type Plan } from './compose.ts';
import { DocumentWriter, newDocumentId, type NewDocument, type Target, type WrittenDocument } from './document-writer.ts';
import type { FreshCms } from './fresh-cms.ts';
import { uploadImagePool } from './image-pool.ts';
import type { Progress } from './progress.ts';
import { createRandom } from './random.ts';

export interface GenerateOptions {
  articles: number;
  images: number;
  seed: number;
}

export interface GenerateResult {
  ms: number;
  articles: number;
  documents: number;
  galleries: number;
  photos: number;
  images: number;
  covers: number;
  /** published entries the REST API reports after generation (sample content included) */
  published: { articles: number; documents: number; galleries: number };
  /** what a reader of the site sees: a few entries to publish-test (step 5) */
  sample: { articleSlug: string; articleDocumentId: string };
}

const BATCH = 1000;
type Row = Record<string, unknown>;

async function restTotal(cms: FreshCms, path: string, extra = ''): Promise<number> {
  const res = await fetch(`${cms.url}/api/${path}?pagination[pageSize]=1${extra}`, {
    headers: { Authorization: `Bearer ${cms.buildToken}` },
  });
  if (!res.ok) throw new Error(`REST /api/${path}: HTTP ${res.status}`);
  const body = (await res.json()) as { meta: { pagination: { total: number } } };
  return body.meta.pagination.total;
}

export async function generateContent(cms: FreshCms, options: GenerateOptions, progress: Progress): Promise<GenerateResult> {
  const started = Date.now();
  const db = cms.strapi.db;
  const random = createRandom(options.seed);
  const idRandom = createRandom(options.seed ^ 0x5eed);
  const before = {
    articles: await restTotal(cms, 'articles'),
    documents: await restTotal(cms, 'party-documents'),
    galleries: await restTotal(cms, 'galleries'),
  };

  // What the sample content holds already: the site's categories, and slugs and numbers not to reuse.
  const categories = (await db
    .query('api::category.category')
    .findMany({ select: ['id', 'slug'], populate: { parent: { select: ['slug'] } } })) as Array<{
    id: number;
    slug: string;
    parent: { slug: string } | null;
  }>;
  const parents = new Set(categories.flatMap((c) => (c.parent ? [c.parent.slug] : [])));
  const leaves = categories.filter((c) => !parents.has(c.slug));
  const slugs = async (uid: string, field = 'slug') =>
    new Set((await db.query(uid).findMany({ select: [field] })).map((r) => String(r[field])));
  const plan: Plan = await planContent(random, {
    articles: options.articles,
    images: options.images,
    categories: leaves.map((c) => c.slug),
    takenArticleSlugs: await slugs('api::article.article'),
    takenGallerySlugs: await slugs('api::gallery.gallery'),
    takenDocumentSlugs: await slugs('api::party-document.party-document'),
    takenDocumentKeys: new Set(
      [...(await slugs('api::party-document.party-document', 'documentNumber'))].flatMap((n) => parseDocumentNumber(n)?.key ?? []),
    ),
    until: new Date(),
  });
  progress.note(
    `kế hoạch: ${plan.articles.length} tin bài, ${plan.documents.length} văn bản, ${plan.galleries.length} album, ${plan.images.length} ảnh gốc`,
  );

  const fileIds = await uploadImagePool(cms, plan.images, (done) => progress.tick('tải ảnh lên', done, plan.images.length));

  const writer = new DocumentWriter(cms.strapi);
  const publishedAt = new Date();
  const targetOf = (w: WrittenDocument): Target => ({ draft: w.draft, published: w.published });

  const documents = await writer.writePublished(
    'api::party-document.party-document',
    plan.documents.map((d): NewDocument => ({
      documentId: newDocumentId(idRandom.next),
      createdAt: new Date(`${d.issueDate}T09:00:00+07:00`),
      fields: { ...d, secret: false, publishAt: null } as Row,
    })),
    publishedAt,
  );
  progress.tick('văn bản', documents.length, plan.documents.length);

  const galleries = await writer.writePublished(
    'api::gallery.gallery',
    plan.galleries.map((g): NewDocument => ({
      documentId: newDocumentId(idRandom.next),
      createdAt: g.date,
      fields: { title: g.title, slug: g.slug, date: g.date, description: g.description },
      components: {
        photos: g.photos.map((p) => ({ fields: { caption: p.caption, credit: p.credit }, media: { image: fileIds[p.image]! } })),
      },
    })),
    publishedAt,
  );
  progress.tick('album ảnh', galleries.length, plan.galleries.length);

  const categoryBySlug = new Map(leaves.map((c) => [c.slug, { draft: c.id, published: c.id }]));
  const written: WrittenDocument[] = [];
  for (let i = 0; i < plan.articles.length; i += BATCH) {
    const batch = plan.articles.slice(i, i + BATCH).map((a): NewDocument => ({
      documentId: newDocumentId(idRandom.next),
      createdAt: a.displayDate,
      fields: {
        title: a.title,
        slug: a.slug,
        kicker: a.kicker,
        summary: a.summary,
        body: a.body,
        displayDate: a.displayDate,
        coverCaption: a.coverCaption,
        coverCredit: a.coverCredit,
        source: a.source,
        featured: a.featured,
        publishAt: null,
      },
      components: {
        bylines: a.bylines.map((b) => ({ fields: { ...b } })),
        ...(a.seoTitle ? { seo: { fields: { metaTitle: a.seoTitle, noIndex: false } } } : {}),
      },
      media: a.cover === null ? {} : { cover: [fileIds[a.cover]!] },
      relations: {
        category: [categoryBySlug.get(a.category)!],
        ...(a.relatedDocuments.length ? { relatedDocuments: a.relatedDocuments.map((d) => targetOf(documents[d]!)) } : {}),
        ...(a.gallery !== null ? { gallery: [targetOf(galleries[a.gallery]!)] } : {}),
      },
    }));
    written.push(...(await writer.writePublished('api::article.article', batch, publishedAt)));
    progress.tick('tin bài', written.length, plan.articles.length);
  }

  // Through the REST API, as the build reads: every generated entry is published and visible.
  const published = {
    articles: await restTotal(cms, 'articles'),
    documents: await restTotal(cms, 'party-documents'),
    galleries: await restTotal(cms, 'galleries'),
  };
  const drafts = await restTotal(cms, 'articles', '&status=draft');
  const expected = {
    articles: before.articles + plan.articles.length,
    documents: before.documents + plan.documents.length,
    galleries: before.galleries + plan.galleries.length,
  };
  for (const key of ['articles', 'documents', 'galleries'] as const) {
    if (published[key] !== expected[key]) throw new Error(`API trả ${published[key]} ${key} đã xuất bản, cần ${expected[key]}`);
  }
  if (drafts < expected.articles) throw new Error(`API trả ${drafts} bản nháp tin bài, cần ít nhất ${expected.articles}`);

  const sample = plan.articles.findIndex((a) => a.cover !== null && a.bylines.length > 0);
  return {
    ms: Date.now() - started,
    articles: plan.articles.length,
    documents: plan.documents.length,
    galleries: plan.galleries.length,
    photos: plan.galleries.reduce((n, g) => n + g.photos.length, 0),
    images: plan.images.length,
    covers: plan.articles.filter((a) => a.cover !== null).length,
    published,
    sample: { articleSlug: plan.articles[sample]!.slug, articleDocumentId: written[sample]!.documentId },
  };
}
