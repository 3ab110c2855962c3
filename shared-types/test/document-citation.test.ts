import { describe, expect, it } from 'vitest';
import { findDocumentCitations, resolveCitation, termYears, type CitableDocument } from '../src/document-citation.js';

const one = (text: string) => {
  const found = findDocumentCitations(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('findDocumentCitations', () => {
  it('takes the kind from the word before the number, not from the symbol', () => {
    const c = one('thực hiện Quy định số 38-QĐ/TU, ngày 08/4/2019 của Ban Thường vụ');
    expect(c).toMatchObject({ canonical: '38-QĐ/TU', kind: 'QĐ', documentKind: 'quy_dinh', kindFromWord: true, match: '38-QĐ/TU' });
    expect(one('theo Quyết định 2045-QĐ/ĐUK').documentKind).toBe('quyet_dinh');
    expect(one('Nghị quyết số: 35-NQ/TW').documentKind).toBe('nghi_quyet');
    // Tones typed or not, Ð look-alike, upper case.
    expect(one('QUY DINH SO 38-QĐ/TU').documentKind).toBe('quy_dinh');
  });

  it('falls back to the symbol when no kind word stands before the number', () => {
    expect(one('văn bản 38-QĐ/TU')).toMatchObject({ documentKind: 'quyet_dinh', kindFromWord: false });
    expect(one('08-QĐi/TW')).toMatchObject({ documentKind: 'quy_dinh', kindFromWord: false });
    expect(one('số 03-QC/TU')).toMatchObject({ documentKind: 'khac', kindFromWord: false });
    // A kind word further back, with other words between, is not this number's.
    expect(one('Quy định về công tác cán bộ và 35-NQ/TW').documentKind).toBe('nghi_quyet');
  });

  it('reads the issue date written next to the number', () => {
    expect(one('Quy định số 38-QĐ/TU, ngày 08/4/2019 của').date).toBe('2019-04-08');
    expect(one('Nghị quyết 01-NQ/ĐUK ngày 13-6-2025').date).toBe('2025-06-13');
    expect(one('Nghị quyết 01-NQ/ĐUK (ngày 13.06.2025)').date).toBe('2025-06-13');
    expect(one('Nghị quyết 01-NQ/ĐUK ban hành ngày 13 tháng 6 năm 2025').date).toBe('2025-06-13');
    expect(one('Nghị quyết 01-NQ/ĐUK về xây dựng Đảng, ngày 13/6/2025').date).toBeNull(); // not next to it
    expect(one('Nghị quyết 01-NQ/ĐUK ngày 31/2/2025').date).toBeNull(); // not a date
    expect(one('Nghị quyết 01-NQ/ĐUK').date).toBeNull();
  });

  it('keeps the offsets of the text it was given', () => {
    const text = 'Thực hiện Nghị quyết số 35-NQ/TW và Kết luận 21-KL/TW.';
    for (const c of findDocumentCitations(text)) expect(text.slice(c.start, c.end)).toBe(c.match);
    expect(findDocumentCitations(text).map((c) => c.documentKind)).toEqual(['nghi_quyet', 'ket_luan']);
  });
});

describe('resolveCitation', () => {
  interface Doc extends CitableDocument {
    id: string;
  }
  // 01-NQ/ĐUK of two terms: the number restarts with every congress.
  const old: Doc = { id: 'old', kind: 'nghi_quyet', issueDate: '2020-07-10', term: '2020 - 2025' };
  const current: Doc = { id: 'new', kind: 'nghi_quyet', issueDate: '2025-06-13', term: '2025 - 2030' };
  const both = [current, old];
  const ids = (docs: Doc[]) => docs.map((d) => d.id);
  const cite = (text: string) => one(text);

  it('takes the document whose issue date is written next to the number', () => {
    expect(ids(resolveCitation(cite('Nghị quyết số 01-NQ/ĐUK, ngày 10/7/2020'), both, '2026-01-05'))).toEqual(['old']);
    expect(ids(resolveCitation(cite('Nghị quyết số 01-NQ/ĐUK ngày 13/6/2025'), both, '2021-01-05'))).toEqual(['new']);
    // A written date no document has: that document is not on the site, nothing is linked.
    expect(resolveCitation(cite('Nghị quyết số 01-NQ/ĐUK ngày 01/01/2015'), both, '2026-01-05')).toEqual([]);
  });

  it('otherwise judges by the citing text own date against the terms', () => {
    const c = cite('Nghị quyết 01-NQ/ĐUK');
    // Before the new term's document existed: only the old one can be meant.
    expect(ids(resolveCitation(c, both, '2024-03-01'))).toEqual(['old']);
    // After it, in the new term.
    expect(ids(resolveCitation(c, both, '2026-02-01'))).toEqual(['new']);
    // 2025, the year both terms share, once the new one has begun.
    expect(ids(resolveCitation(c, both, '2025-07-01'))).toEqual(['new']);
    expect(ids(resolveCitation(c, both, '2025-03-01'))).toEqual(['old']);
  });

  it('returns every candidate that still fits rather than guess', () => {
    const c = cite('Nghị quyết 01-NQ/ĐUK');
    // No date to judge by.
    expect(ids(resolveCitation(c, both))).toEqual(['new', 'old']);
    // Terms without years say nothing about which one was in force.
    const a: Doc = { id: 'a', kind: 'nghi_quyet', issueDate: '2016-01-01', term: 'Khóa XII' };
    const b: Doc = { id: 'b', kind: 'nghi_quyet', issueDate: '2021-06-01', term: 'Khóa XIII' };
    expect(ids(resolveCitation(c, [a, b], '2023-01-01'))).toEqual(['a', 'b']);
  });

  it('narrows by the kind the text names, but never to nothing', () => {
    const rule: Doc = { id: 'rule', kind: 'quy_dinh', issueDate: '2019-04-08', term: '2015 - 2020' };
    const decision: Doc = { id: 'decision', kind: 'quyet_dinh', issueDate: '2017-02-01', term: '2015 - 2020' };
    expect(ids(resolveCitation(cite('Quy định số 38-QĐ/TU'), [decision, rule], '2024-01-01'))).toEqual(['rule']);
    expect(ids(resolveCitation(cite('Quyết định số 38-QĐ/TU'), [decision, rule], '2024-01-01'))).toEqual(['decision']);
    // The symbol says Quyết định, the CMS files it as a Quy định: the only candidate is still it.
    expect(ids(resolveCitation(cite('văn bản 38-QĐ/TU'), [rule], '2024-01-01'))).toEqual(['rule']);
  });
});

describe('termYears', () => {
  it('reads the years of a term', () => {
    expect(termYears('2020 - 2025')).toEqual([2020, 2025]);
    expect(termYears('Nhiệm kỳ 2025–2030')).toEqual([2025, 2030]);
    expect(termYears('Khóa XII')).toBeNull();
    expect(termYears(null)).toBeNull();
  });
});
