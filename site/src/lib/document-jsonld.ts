// schema.org Legislation for a party document: its types (legislationIdentifier for "số và ký
// hiệu", legislationType, legislationPassedBy, legislationDate) are the ones that describe a
// resolution or directive; DigitalDocument would describe only a file. Dates are calendar days.
import { DOCUMENT_KINDS } from '@dbk/shared-types';
import type { PartyDocumentVM, SiteSettingVM } from './cms/view-models';
import { isoWithOffset } from './format/vi';

export function documentJsonLd(doc: PartyDocumentVM, setting: SiteSettingVM, canonical: string, imageUrl: string): object {
  const kind = DOCUMENT_KINDS[doc.kind];
  const issued = new Date(`${doc.issueDate}T00:00:00+07:00`);
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: `${kind} số ${doc.documentNumber}${doc.title ? `: ${doc.title}` : ''}`,
    legislationIdentifier: doc.documentNumber,
    legislationType: kind,
    legislationDate: doc.issueDate,
    datePublished: doc.issueDate,
    dateModified: isoWithOffset(doc.updatedAt > issued ? doc.updatedAt : issued),
    legislationPassedBy: { '@type': 'Organization', name: doc.issuingBody },
    abstract: doc.excerpt,
    url: canonical,
    mainEntityOfPage: canonical,
    inLanguage: 'vi',
    image: [imageUrl],
    publisher: { '@type': 'Organization', name: setting.siteName },
  };
}
