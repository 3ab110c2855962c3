import type { Core } from '@strapi/strapi';
import { normalizeLine } from '@dbk/shared-types';
import { sampleContent } from './data';
import { uploadSampleImage } from './images';
import type { SampleContent, SeedImage, Status } from './types';

type Uid = Parameters<Core.Strapi['documents']>[0];
type Where = Record<string, unknown>;

/**
 * Fills an empty CMS with the sample content, idempotently: every entry is looked up by its natural
 * key (slug, document number, URL...) first, so a second run creates nothing twice.
 */
export async function seedSampleContent(strapi: Core.Strapi, content: SampleContent = sampleContent): Promise<{ created: number; skipped: number }> {
  const seeder = new Seeder(strapi);
  for (const c of [...content.categories].sort((a, b) => Number(!!a.parent) - Number(!!b.parent))) {
    await seeder.ensure('api::category.category', { slug: c.slug }, null, async () => ({
      name: c.name, slug: c.slug, description: c.description, order: c.order,
      parent: c.parent ? await seeder.idOf('api::category.category', { slug: c.parent }) : null,
    }));
  }
  for (const g of content.galleries) {
    await seeder.ensure('api::gallery.gallery', { slug: g.slug }, g.status, async () => ({
      title: g.title, slug: g.slug, date: g.date, description: g.description,
      photos: await Promise.all(g.photos.map(async (p) => ({ image: await seeder.image(p.image), caption: p.caption, credit: p.credit }))),
    }));
  }
  for (const c of content.congresses) {
    await seeder.ensure('api::congress.congress', { slug: c.slug }, c.status, async () => ({
      ...c, status: undefined,
      gallery: c.gallery ? await seeder.idOf('api::gallery.gallery', { slug: c.gallery }) : null,
    }));
  }
  for (const d of content.documents) {
    await seeder.ensure('api::party-document.party-document', { documentNumber: normalizeLine(d.documentNumber) }, d.status, async () => ({
      ...d, status: undefined, secret: d.secret ?? false,
      congress: d.congress ? await seeder.idOf('api::congress.congress', { slug: d.congress }) : null,
    }));
  }
  for (const a of content.articles) {
    await seeder.ensure('api::article.article', { title: normalizeLine(a.title) }, a.status, async () => ({
      ...a, status: undefined,
      cover: a.cover ? await seeder.image(a.cover) : null,
      category: await seeder.idOf('api::category.category', { slug: a.category }),
      gallery: a.gallery ? await seeder.idOf('api::gallery.gallery', { slug: a.gallery }) : null,
      relatedDocuments: await Promise.all((a.relatedDocuments ?? []).map((n) =>
        seeder.idOf('api::party-document.party-document', { documentNumber: normalizeLine(n) }))),
    }));
  }
  for (const a of content.anniversaries) {
    await seeder.ensure('api::anniversary.anniversary', { originalDate: a.originalDate, subject: normalizeLine(a.subject) }, null, async () => ({ ...a }));
  }
  for (const v of content.videos) {
    await seeder.ensure('api::video.video', { slug: v.slug }, v.status, async () => ({
      ...v, status: undefined, poster: v.poster ? await seeder.image(v.poster) : null,
    }));
  }
  for (const p of content.pages) {
    await seeder.ensure('api::page.page', { slug: p.slug }, p.status, async () => ({ ...p, status: undefined }));
  }
  for (const l of content.linkedSites) {
    await seeder.ensure('api::linked-site.linked-site', { url: l.url }, null, async () => ({
      ...l, logo: l.logo ? await seeder.image(l.logo) : null,
    }));
  }
  const s = content.siteSetting;
  await seeder.ensure('api::site-setting.site-setting', {}, null, async () => ({
    ...s, logo: s.logo ? await seeder.image(s.logo) : null,
  }));
  strapi.log.info(`Nội dung mẫu: tạo mới ${seeder.created}, đã có ${seeder.skipped}`);
  return { created: seeder.created, skipped: seeder.skipped };
}

class Seeder {
  created = 0;
  skipped = 0;
  constructor(private readonly strapi: Core.Strapi) {}

  /** Creates the entry unless one matching `where` exists (in any status). */
  async ensure(uid: Uid, where: Where, status: Status | null, build: () => Promise<Record<string, unknown>>): Promise<void> {
    const existing = await this.strapi.db.query(uid as never).findOne({ select: ['id'], where });
    if (existing) {
      this.skipped++;
      return;
    }
    const data = withoutUndefined(await build());
    const documents = this.strapi.documents(uid);
    await documents.create({ data: data as never, ...(status === 'published' ? { status: 'published' } : {}) });
    this.created++;
  }

  /** The documentId of an entry the sample content refers to; a dangling reference is a bug in the data. */
  async idOf(uid: Uid, where: Where): Promise<string> {
    const row = (await this.strapi.db.query(uid as never).findOne({ select: ['documentId'], where })) as { documentId?: string } | null;
    if (!row?.documentId) throw new Error(`Nội dung mẫu tham chiếu ${uid} ${JSON.stringify(where)} không tồn tại`);
    return row.documentId;
  }

  image(image: SeedImage): Promise<number> {
    return uploadSampleImage(this.strapi, image);
  }
}

function withoutUndefined(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
}
