// Raw (validated) Strapi entries → view models. The only place that knows Strapi's shapes.
import type {
  RawAnniversary,
  RawArticle,
  RawCategory,
  RawCongress,
  RawGallery,
  RawLinkedSite,
  RawMedia,
  RawPage,
  RawPartyDocument,
  RawSiteSetting,
  RawVideo,
} from '@dbk/shared-types';
import type {
  AnniversaryVM,
  ArticleVM,
  CategoryVM,
  CongressVM,
  FileVM,
  GalleryVM,
  ImageVM,
  LinkedSiteVM,
  PageVM,
  PartyDocumentVM,
  SeoVM,
  SiteSettingVM,
  VideoVM,
} from './view-models';
import { lastEdited } from './last-edit';

type Seo = RawArticle['seo'];

export class Mapper {
  /** Where uploads live (the CMS, or a CDN in front of it). */
  private readonly mediaBase: string;

  constructor(mediaBase: string) {
    this.mediaBase = mediaBase;
  }

  url(url: string): string {
    return /^https?:\/\//.test(url) ? url : `${this.mediaBase}${url.startsWith('/') ? '' : '/'}${url}`;
  }

  /**
   * The image's URL with its version (`?v=` the entry's updatedAt). Replacing a file in the media
   * library keeps its URL; the version changes, so the build transforms it anew, while an unchanged
   * image is reused from the build's cache without asking the CMS (which caches versioned URLs for
   * a year: cms/src/middlewares/uploads-cache.ts).
   */
  versionedUrl(media: RawMedia): string {
    const url = this.url(media.url);
    const version = media.updatedAt ? Date.parse(media.updatedAt) : NaN;
    return Number.isNaN(version) ? url : `${url}${url.includes('?') ? '&' : '?'}v=${version}`;
  }

  image(media: RawMedia | null | undefined, fallbackAlt: string): ImageVM | null {
    if (!media) return null;
    return {
      src: this.versionedUrl(media),
      width: media.width ?? null,
      height: media.height ?? null,
      alt: media.alternativeText?.trim() || media.caption?.trim() || fallbackAlt,
      mime: media.mime,
    };
  }

  file(media: RawMedia): FileVM {
    // Strapi reports sizes in kB.
    return {
      name: media.name,
      url: this.url(media.url),
      mime: media.mime,
      size: media.size == null ? null : Math.round(media.size * 1024),
    };
  }

  seo(seo: Seo, fallbackAlt: string): SeoVM {
    return {
      title: seo?.metaTitle ?? null,
      description: seo?.metaDescription ?? null,
      image: this.image(seo?.ogImage, fallbackAlt),
      noIndex: seo?.noIndex ?? false,
    };
  }

  article(raw: RawArticle): ArticleVM {
    return {
      id: raw.documentId,
      slug: raw.slug,
      title: raw.title,
      kicker: raw.kicker ?? null,
      summary: raw.summary ?? null,
      body: raw.body,
      date: new Date(raw.displayDate),
      updatedAt: lastEdited(raw, new Date(raw.displayDate)),
      cover: this.image(raw.cover, raw.coverCaption ?? raw.title),
      coverCaption: raw.coverCaption ?? null,
      coverCredit: raw.coverCredit ?? null,
      bylines: (raw.bylines ?? []).map((b) => ({ name: b.name, position: b.position ?? null, department: b.department ?? null })),
      source: raw.source ?? null,
      category: raw.category ? { name: raw.category.name, slug: raw.category.slug } : null,
      relatedDocuments: (raw.relatedDocuments ?? []).map((d) => ({
        documentNumber: d.documentNumber,
        slug: d.slug,
        kind: d.kind,
        issuingBody: d.issuingBody,
        issueDate: d.issueDate,
        excerpt: d.excerpt,
      })),
      gallery: raw.gallery ? { title: raw.gallery.title, slug: raw.gallery.slug } : null,
      featured: raw.featured ?? false,
      seo: this.seo(raw.seo, raw.title),
      legacyUrl: raw.legacyUrl ?? null,
    };
  }

  category(raw: RawCategory): CategoryVM {
    return {
      id: raw.documentId,
      name: raw.name,
      slug: raw.slug,
      description: raw.description ?? null,
      order: raw.order ?? 0,
      parent: raw.parent ? { name: raw.parent.name, slug: raw.parent.slug } : null,
    };
  }

  document(raw: RawPartyDocument): PartyDocumentVM {
    return {
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
      files: (raw.files ?? []).map((f) => this.file(f)),
      congress: raw.congress
        ? { name: raw.congress.name, slug: raw.congress.slug, ordinal: raw.congress.ordinal, term: raw.congress.term }
        : null,
      updatedAt: lastEdited(raw, new Date(`${raw.issueDate}T00:00:00+07:00`)),
    };
  }

  congress(raw: RawCongress): CongressVM {
    return {
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
    };
  }

  gallery(raw: RawGallery): GalleryVM {
    const photos = (raw.photos ?? []).flatMap((p) => {
      const image = this.image(p.image, p.caption ?? raw.title);
      return image ? [{ image, caption: p.caption ?? null, credit: p.credit ?? null }] : [];
    });
    return {
      id: raw.documentId,
      title: raw.title,
      slug: raw.slug,
      date: new Date(raw.date),
      description: raw.description ?? null,
      photos,
      updatedAt: new Date(raw.updatedAt ?? raw.date),
    };
  }

  video(raw: RawVideo): VideoVM {
    return {
      id: raw.documentId,
      title: raw.title,
      slug: raw.slug,
      date: new Date(raw.date),
      description: raw.description ?? null,
      file: raw.file ? this.file(raw.file) : null,
      externalUrl: raw.externalUrl ?? null,
      poster: this.image(raw.poster, raw.title),
      updatedAt: new Date(raw.updatedAt ?? raw.date),
    };
  }

  page(raw: RawPage): PageVM {
    return {
      id: raw.documentId,
      title: raw.title,
      slug: raw.slug,
      summary: raw.summary ?? null,
      body: raw.body,
      order: raw.order ?? 0,
      seo: this.seo(raw.seo, raw.title),
      updatedAt: new Date(raw.updatedAt ?? Date.now()),
    };
  }

  linkedSite(raw: RawLinkedSite): LinkedSiteVM {
    return { id: raw.documentId, name: raw.name, url: raw.url, logo: this.image(raw.logo, raw.name), order: raw.order ?? 0 };
  }

  anniversary(raw: RawAnniversary): AnniversaryVM {
    return {
      id: raw.documentId,
      subject: raw.subject,
      originalDate: raw.originalDate,
      recurrence: raw.recurrence,
      roundEvery: raw.roundEvery ?? null,
      daysBefore: raw.daysBefore ?? null,
      daysAfter: raw.daysAfter ?? null,
      order: raw.order ?? null,
      active: raw.active ?? null,
    };
  }

  siteSetting(raw: RawSiteSetting): SiteSettingVM {
    return {
      siteName: raw.siteName,
      provinceName: raw.provinceName,
      shortName: raw.shortName ?? null,
      description: raw.description ?? null,
      logo: this.image(raw.logo, raw.siteName),
      address: raw.address ?? null,
      phone: raw.phone ?? null,
      email: raw.email ?? null,
      responsibleAgency: raw.responsibleAgency,
      editorInChief: raw.editorInChief,
      licence: raw.licence ?? null,
      bannerPrefix: raw.bannerPrefix,
      menu: (raw.menu ?? []).map((m) => ({
        label: m.label,
        url: m.url,
        children: (m.children ?? []).map((c) => ({ label: c.label, url: c.url })),
      })),
      keyFigures: (raw.keyFigures ?? []).map((k) => ({ label: k.label, value: k.value, unit: k.unit ?? null })),
    };
  }
}
