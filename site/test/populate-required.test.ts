// Relations the site populates are required by its schemas: an answer without one means
// populate.ts forgot it, which stops the build naming the entry; a bad value in one entry only
// leaves that entry out.
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../src/lib/cms/collections';
import { InvalidEntryError, MissingFieldError, validateEntry } from '../src/lib/cms/fetch-all';

const spec = COLLECTIONS.documents.spec;
const raw = {
  id: 5,
  documentId: 'doc1',
  documentNumber: '35-NQ/TW',
  slug: '35-nq-tw',
  kind: 'nghi_quyet',
  title: null,
  issuingBody: 'Ban Chấp hành Trung ương',
  issueDate: '2019-10-22',
  excerpt: 'Về tăng cường bảo vệ nền tảng tư tưởng của Đảng',
  files: null,
  congress: {
    id: 3,
    documentId: 'dh1',
    name: 'Đại hội XIII',
    slug: 'dai-hoi-xiii',
    ordinal: 13,
    term: '2020-2025',
    startDate: '2020-10-10',
  },
};

describe('the site schemas', () => {
  it('make the view model from a full answer', () => {
    const vm = validateEntry(spec, raw);
    expect(vm).toMatchObject({ id: 'doc1', files: [], congress: { slug: 'dai-hoi-xiii', ordinal: 13 }, fullText: null });
  });

  it('stop the build when a populated relation is absent, naming the entry and the field', () => {
    const { congress: _left, ...withoutCongress } = raw;
    expect(() => validateEntry(spec, withoutCongress)).toThrow(MissingFieldError);
    expect(() => validateEntry(spec, withoutCongress)).toThrow(
      /văn bản không hợp lệ ở mục doc1 "35-NQ\/TW": CMS không trả trường congress/,
    );
  });

  it('stop the build when a field of a populated relation is absent', () => {
    const { slug: _left, ...congress } = raw.congress;
    expect(() => validateEntry(spec, { ...raw, congress })).toThrow(/trường congress\.slug/);
  });

  it('leave out an entry whose values are wrong, naming it', () => {
    const bad = () => validateEntry(spec, { ...raw, kind: 'khong_co' });
    expect(bad).toThrow(InvalidEntryError);
    expect(bad).toThrow(/Dữ liệu văn bản không hợp lệ ở mục doc1 "35-NQ\/TW": kind: /);
  });

  it('accept an empty relation (null) as empty, not as forgotten', () => {
    expect(validateEntry(spec, { ...raw, congress: null }).congress).toBeNull();
  });
});
