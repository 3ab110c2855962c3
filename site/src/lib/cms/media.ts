// Uploads as the pages use them: absolute, versioned image URLs with an alt text, files with sizes
// in bytes, SEO fields with their defaults. Used by every schema's transform (schemas/).
import type { RawMedia, seoSchema } from '@dbk/shared-types';
import type { z } from 'zod';

export interface ImageVM {
  /** absolute URL the build can fetch */
  src: string;
  /** null for images the CMS could not measure (e.g. SVG): the renderer then infers the size */
  width: number | null;
  height: number | null;
  alt: string;
  mime: string;
}

export interface FileVM {
  name: string;
  url: string;
  mime: string;
  /** bytes */
  size: number | null;
}

export interface SeoVM {
  title: string | null;
  description: string | null;
  image: ImageVM | null;
  noIndex: boolean;
}

type Seo = Omit<z.output<typeof seoSchema>, 'ogImage'> & { ogImage?: RawMedia | null };

// Fields assigned in the body, not as parameter properties: the bench loads this file through
// Node's type stripping, which does not support them.
export class Media {
  /** Where uploads live (the CMS, or a CDN in front of it): read on first use, so the schemas can
   * be built where no CMS is configured (a type check) without asking for one. */
  private readonly base: () => string;
  private resolved: string | undefined;

  constructor(base: () => string) {
    this.base = base;
  }

  private get mediaBase(): string {
    this.resolved ??= this.base().replace(/\/$/, '');
    return this.resolved;
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

  seo(seo: Seo | null, fallbackAlt: string): SeoVM {
    return {
      title: seo?.metaTitle ?? null,
      description: seo?.metaDescription ?? null,
      image: this.image(seo?.ogImage, fallbackAlt),
      noIndex: seo?.noIndex ?? false,
    };
  }
}
