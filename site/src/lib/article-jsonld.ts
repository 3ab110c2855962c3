// schema.org NewsArticle for search engines.
import type { ArticleVM, SiteSettingVM } from './cms/view-models';
import { isoWithOffset } from './format/vi';
import type { SiteLogo } from './site-logo';

export function articleJsonLd(a: ArticleVM, setting: SiteSettingVM, canonical: string, imageUrl: string | null, logo?: SiteLogo): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    description: a.summary ?? undefined,
    datePublished: isoWithOffset(a.date),
    dateModified: isoWithOffset(a.updatedAt > a.date ? a.updatedAt : a.date),
    mainEntityOfPage: canonical,
    inLanguage: 'vi',
    image: imageUrl ? [imageUrl] : undefined,
    articleSection: a.category?.name,
    author: a.bylines.length
      ? a.bylines.map((b) => ({ '@type': 'Person', name: b.name, jobTitle: b.position ?? undefined }))
      : [{ '@type': 'Organization', name: setting.siteName }],
    publisher: {
      '@type': 'Organization',
      name: setting.siteName,
      logo: logo ? { '@type': 'ImageObject', url: logo.url, width: logo.width, height: logo.height } : undefined,
    },
  };
}
