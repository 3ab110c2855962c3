// schema.org Organization for the home page: who publishes the site, with its logo, address and
// contacts, so search engines can show the committee itself and not only its pages. A Party
// committee is not a government agency (GovernmentOrganization), so the plain type.
import type { SiteSettingVM } from './cms/view-models';
import type { SiteLogo } from './site-logo';

export function organizationJsonLd(setting: SiteSettingVM, home: string, logo: SiteLogo): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': `${home}#to-chuc`,
    name: setting.siteName,
    alternateName: setting.shortName ?? undefined,
    description: setting.description ?? undefined,
    url: home,
    logo: { '@type': 'ImageObject', url: logo.url, width: logo.width, height: logo.height },
    address: setting.address
      ? { '@type': 'PostalAddress', streetAddress: setting.address, addressRegion: setting.provinceName, addressCountry: 'VN' }
      : undefined,
    telephone: setting.phone ?? undefined,
    email: setting.email ?? undefined,
  };
}
