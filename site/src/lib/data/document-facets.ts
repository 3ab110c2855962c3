// The ways readers filter party documents. Each value gets a static page, so filtering needs
// neither a server nor JavaScript.
import { DOCUMENT_KINDS, slugify } from '@dbk/shared-types';
import type { PartyDocumentVM } from '../cms/view-models';
import { yearOf } from '../format/day';
import { compareVi } from '../format/vi';
import { urls } from '../urls';

export interface FacetValue {
  label: string;
  href: string;
  /** path segment below /van-ban/ */
  path: string;
  documents: PartyDocumentVM[];
}

export interface Facet {
  title: string;
  values: FacetValue[];
}

function group<K extends string>(documents: PartyDocumentVM[], keyOf: (d: PartyDocumentVM) => K | null): Map<K, PartyDocumentVM[]> {
  const map = new Map<K, PartyDocumentVM[]>();
  for (const d of documents) {
    const key = keyOf(d);
    if (key) map.set(key, [...(map.get(key) ?? []), d]);
  }
  return map;
}

const value = (label: string, href: string, documents: PartyDocumentVM[]): FacetValue => ({
  label,
  href,
  path: href.replace(/^\/van-ban\//, '').replace(/\/$/, ''),
  documents,
});

export function documentFacets(documents: PartyDocumentVM[]): Facet[] {
  const kinds = [...group(documents, (d) => d.kind).entries()]
    .map(([kind, docs]) => value(DOCUMENT_KINDS[kind], urls.documentsByKind(kind), docs))
    .sort((a, b) => compareVi(a.label, b.label));
  const years = [...group(documents, (d) => String(yearOf(d.issueDate))).entries()]
    .sort((a, b) => Number(b[0]) - Number(a[0]))
    .map(([year, docs]) => value(year, urls.documentsByYear(Number(year)), docs));
  const issuers = [...group(documents, (d) => d.issuingBody).entries()]
    .map(([issuer, docs]) => value(issuer, urls.documentsByIssuer(issuer), docs))
    .sort((a, b) => compareVi(a.label, b.label));
  const terms = [...group(documents, (d) => d.term).entries()]
    .sort((a, b) => b[0].localeCompare(a[0]))
    .map(([term, docs]) => value(term, urls.documentsByTerm(term), docs));
  // Two issuers whose names differ only by tones would share a slug: merge rather than lose one.
  const merged = new Map<string, FacetValue>();
  for (const v of issuers) {
    const prev = merged.get(v.path);
    merged.set(v.path, prev ? { ...prev, documents: [...prev.documents, ...v.documents] } : v);
  }
  return [
    { title: 'Loại văn bản', values: kinds },
    { title: 'Năm ban hành', values: years },
    { title: 'Cơ quan ban hành', values: [...merged.values()] },
    { title: 'Nhiệm kỳ', values: terms.filter((t) => slugify(t.label).length > 0) },
  ];
}
