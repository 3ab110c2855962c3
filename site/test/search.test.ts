// Search without a server: the folding shared by index and query, query expansion, highlighting
// in unfolded text, the index HTML and the final ranking.
import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../src/lib/search/highlight';
import { buildSearchQuery, containsAllTerms, MAX_SEARCH_TERMS } from '../src/lib/search/query';
import { exactIndexText, exactQuery, MAX_PAIR_WORDS, pairToken, tonedToken } from '../src/lib/search/exact-tokens';
import { rankResults } from '../src/lib/search/rank';
import { capRepeats, documentFilterValues, foldForIndex, recordHtml, type SearchRecord } from '../src/lib/search/record-html';

const marked = (text: string, terms: string[]) =>
  highlightSegments(text, terms)
    .filter((s) => s.mark)
    .map((s) => s.text);

describe('buildSearchQuery', () => {
  it('folds every spelling of "Đảng bộ" to the same query', () => {
    const spellings = [
      'dang bo',
      'Đảng bộ',
      'ĐẢNG BỘ',
      '\u00D0ẢNG BỘ',
      'dảng bộ',
      'Đảng bộ'.normalize('NFD'),
      '  ĐảNg   BỘ  ',
      'đảng\u200B bộ',
    ];
    for (const s of spellings) expect(buildSearchQuery(s), JSON.stringify(s)).toMatchObject({ text: 'dang bo', terms: ['dang', 'bo'] });
  });

  it('keeps QĐi-style symbols whole instead of splitting them', () => {
    expect(buildSearchQuery('QĐi').terms).toEqual(['qdi']);
    expect(buildSearchQuery('Quy định 08-QĐi/TW').terms).toEqual(['quy', 'dinh', '08-qdi/tw']);
    expect(buildSearchQuery('Quy định 08-QĐi/TW')).toMatchObject({ documentKey: '08-qdi/tw', documentFilter: '8-qdi/tw' });
    expect(buildSearchQuery('08-Qđi/TW'.normalize('NFD')).documentFilter).toBe('8-qdi/tw');
  });

  it('recognises document numbers however they are typed', () => {
    expect(buildSearchQuery('35-NQ/TW')).toMatchObject({ text: '35-nq/tw', documentKey: '35-nq/tw', documentFilter: '35-nq/tw' });
    expect(buildSearchQuery('35 NQ TW')).toMatchObject({ text: '35 nq tw', documentFilter: '35-nq/tw' });
    expect(buildSearchQuery('nq 35').documentFilter).toBe('35-nq');
    expect(buildSearchQuery('nghi quyet 35').documentFilter).toBe('35-nq');
    expect(buildSearchQuery('Nghị quyết số 35 - NQ/TW').documentFilter).toBe('35-nq/tw');
    expect(buildSearchQuery('15-HD/\u00D0UK').documentFilter).toBe('15-hd/duk');
    expect(buildSearchQuery('đảng bộ khối').documentKey).toBeNull();
  });

  it('gives nothing to search for an empty query or one of punctuation only', () => {
    for (const s of ['', '   ', '!!!', '?-/…–—"\'.,;:()[]{}', '\u200B\u200D', '\u0301\u0300']) {
      expect(buildSearchQuery(s), JSON.stringify(s)).toEqual({
        text: '',
        terms: [],
        documentKey: null,
        documentFilter: null,
        exact: { toned: [], pairs: [] },
      });
    }
  });

  it('keeps a 1,000-character query cheap and bounded', () => {
    const long = 'Đảng bộ khối cơ quan và doanh nghiệp tỉnh '.repeat(25).slice(0, 1000);
    expect(long).toHaveLength(1000);
    const started = performance.now();
    const q = buildSearchQuery(long);
    expect(performance.now() - started).toBeLessThan(200);
    expect(q.terms).toHaveLength(MAX_SEARCH_TERMS);
    expect(q.terms.slice(0, 3)).toEqual(['dang', 'bo', 'khoi']);
    expect(buildSearchQuery('a'.repeat(1000)).terms).toEqual(['a'.repeat(1000)]);
  });
});

describe('index text', () => {
  it('is folded, with document numbers in key form', () => {
    expect(foldForIndex('Quy định số 08 - QĐi/TW của Đảng bộ')).toBe('quy dinh so 08-qdi/tw cua dang bo');
    expect(foldForIndex('ÐẢNG BỘ khối, Nghị quyết 35-NQ/TW.')).toBe('dang bo khoi, nghi quyet 35-nq/tw.');
    expect(foldForIndex('Đảng bộ'.normalize('NFD'))).toBe('dang bo');
    expect(foldForIndex('')).toBe('');
  });

  it('keeps at most three occurrences of a word in the indexed body', () => {
    expect(capRepeats('dang bo, dang bo. dang; dang bo khoi bo - dang')).toBe('dang bo, dang bo. dang; bo khoi -');
    expect(capRepeats('a a a a', 1)).toBe('a');
    expect(capRepeats('')).toBe('');
  });

  it('files documents under their number with and without the issuer', () => {
    expect(documentFilterValues('08-qdi/tw')).toEqual(['8-qdi', '8-qdi/tw']);
    expect(documentFilterValues('35-nq')).toEqual(['35-nq']);
    expect(documentFilterValues('not a key')).toEqual([]);
  });

  const record: SearchRecord = {
    url: '/van-ban/nghi-quyet-35/',
    kind: 'van-ban',
    title: 'Nghị quyết số 35-NQ/TW: <về> "bảo vệ" nền tảng',
    date: '2018-10-22T00:00',
    categories: ['a', 'b'],
    excerpt: 'Về tăng cường & bảo vệ\nnền tảng',
    body: 'Ban Chấp hành Trung ương Đảng </p><script>alert(1)</script>',
    documentNumbers: ['35-NQ/TW'],
  };

  it('holds folded text to index and unfolded, escaped metadata to show', () => {
    const html = recordHtml(record);
    expect(html).toContain('<h1 data-pagefind-weight="7">nghi quyet so 35-nq/tw: &lt;ve&gt; &quot;bao ve&quot; nen tang</h1>');
    expect(html).toContain('<p data-pagefind-weight="7">35-nq/tw</p>');
    expect(html).toContain('<p>ban chap hanh trung uong dang &lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    // Toned and pair words of the title and body, after the folded text.
    const exact = /<p>(0[^<]*)<\/p>/u.exec(html)?.[1]?.split(' ') ?? [];
    expect(exact).toEqual(expect.arrayContaining(['0nghi50', '0quye62t0', '0d9a4ng0', '00ban0chap0', '00nen0tang0']));
    expect(html.indexOf('00ban0chap0')).toBeGreaterThan(html.indexOf('ban chap hanh'));
    expect(html).toContain('<span data-pagefind-meta="heading">Nghị quyết số 35-NQ/TW: &lt;về&gt; &quot;bảo vệ&quot; nền tảng</span>');
    expect(html).toContain('<span data-pagefind-meta="excerpt">Về tăng cường &amp; bảo vệ nền tảng</span>');
    for (const f of [
      '"loai">van-ban',
      '"chuyen-muc">a',
      '"chuyen-muc">b',
      '"nam">2018',
      '"ngay">2018-10-22',
      '"so">35-nq',
      '"so">35-nq/tw',
    ]) {
      expect(html).toContain(`data-pagefind-filter=${f}<`);
    }
    expect(html).toContain('<span data-pagefind-sort="ngay">2018-10-22T00:00</span>');
    expect(html).not.toContain('<script');
  });

  it('leaves out the date filters and sort key of undated pages', () => {
    const html = recordHtml({ ...record, kind: 'trang', date: null, documentNumbers: [], categories: [] });
    expect(html).not.toMatch(/"nam"|"ngay"|data-pagefind-weight="7">[^<]*<\/p>|"so"/u);
  });
});

describe('containsAllTerms', () => {
  it('accepts words and compounds that start with each term', () => {
    expect(containsAllTerms('dang bo khoi to chuc hoi nghi', ['dang', 'bo'])).toBe(true);
    expect(containsAllTerms('dang bo khoi', ['khoi', 'dan'])).toBe(true);
    expect(containsAllTerms('nghi quyet so 35-nq/tw.', ['35-nq/tw'])).toBe(true);
    expect(containsAllTerms('nghi quyet so 35-nq/tw.', ['35', 'nq', 'tw'])).toBe(true);
    expect(containsAllTerms('Đảng bộ', ['dang'])).toBe(true);
  });

  it('rejects what Pagefind returns for a word it does not know', () => {
    expect(containsAllTerms('dai hoi x cua dang bo', ['xyzbanthaoquyetdinh'])).toBe(false);
    expect(containsAllTerms('dang bo khoi', ['dang', 'khong'])).toBe(false);
  });
});

describe('highlightSegments', () => {
  it('marks unfolded words for a folded query, keeping the text byte for byte', () => {
    const text = 'Đảng bộ Khối và ÐẢNG BỘ tỉnh; đang bổ sung.';
    const segments = highlightSegments(text, ['dang', 'bo']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(marked(text, ['dang', 'bo'])).toEqual(['Đảng bộ', 'ÐẢNG BỘ', 'đang bổ']);
  });

  it('works on NFD text and mixed case', () => {
    const nfd = 'Lịch sử truyền thống'.normalize('NFD');
    const segments = highlightSegments(nfd, buildSearchQuery('LICH SU').terms);
    expect(segments.map((s) => s.text).join('')).toBe(nfd);
    expect(segments.filter((s) => s.mark).map((s) => s.text.normalize('NFC'))).toEqual(['Lịch sử']);
  });

  it('marks a document number however it is written', () => {
    expect(marked('Thực hiện Quy định số 08-QĐi/TW nghiêm túc', ['08-qdi/tw'])).toEqual(['08-QĐi/TW']);
    expect(marked('Quy định số 8 - QĐi/TW', buildSearchQuery('08-QĐi/TW').terms)).toEqual(['8 - QĐi/TW']);
    expect(marked('Nghị quyết 35-NQ/TW.', buildSearchQuery('nghi quyet 35').terms)).toEqual(['Nghị quyết 35']);
  });

  it('falls back to prefixes only for words the text does not have whole', () => {
    expect(marked('Hội nghị tổng kết, hội viên', ['hoi', 'tong'])).toEqual(['Hội', 'tổng', 'hội']);
    expect(marked('tổng kết', ['ton'])).toEqual(['tổng']);
  });

  it('handles empty input and no terms', () => {
    expect(highlightSegments('', ['dang'])).toEqual([]);
    expect(highlightSegments('Đảng bộ', [])).toEqual([{ text: 'Đảng bộ', mark: false }]);
    expect(highlightSegments('Đảng bộ', ['!!!'])).toEqual([{ text: 'Đảng bộ', mark: false }]);
  });
});

describe('rankResults', () => {
  const r = (id: string, score: number) => ({ id, score });
  const ids = (list: { id: string }[]) => list.map((x) => x.id);

  it('keeps a much better match first, and puts the newer first at equal relevance', () => {
    const results = [r('old', 2.5), r('best', 9), r('new', 2.5004), r('low', 1)];
    expect(ids(rankResults(results, { newestFirst: ['new', 'low', 'best', 'old'] }))).toEqual(['best', 'new', 'low', 'old']);
  });

  it('mixes kinds: a recent article of about the same relevance comes before an old document', () => {
    // Pagefind gives short documents a little more; freshness outweighs that, not a real gap.
    const results = [r('document-2018', 3.2), r('album-2019', 3.1), r('article-2024', 2.9), r('article-2010', 1)];
    const newestFirst = ['article-2024', 'album-2019', 'document-2018', 'article-2010'];
    expect(ids(rankResults(results, { newestFirst }))).toEqual(['article-2024', 'album-2019', 'document-2018', 'article-2010']);
  });

  it('puts pinned documents first, in their order', () => {
    const results = [r('a', 9), r('doc', 0.1), r('b', 5)];
    expect(ids(rankResults(results, { newestFirst: [], pinned: ['doc'] }))).toEqual(['doc', 'a', 'b']);
  });

  it('puts exact tones before the phrase, and the phrase before relevance and freshness', () => {
    const results = [r('folded', 9), r('phrase', 2), r('toned', 1), r('both', 0.5)];
    const tones = new Map([
      ['toned', 1],
      ['both', 1],
    ]);
    const phrase = new Map([
      ['phrase', 1],
      ['both', 1],
      ['toned', 0.5],
    ]);
    expect(ids(rankResults(results, { newestFirst: [], tones, phrase }))).toEqual(['both', 'toned', 'phrase', 'folded']);
    expect(ids(rankResults(results, { newestFirst: [], phrase }))).toEqual(['phrase', 'both', 'toned', 'folded']);
  });

  it('keeps Pagefind order for undated results of equal relevance', () => {
    expect(ids(rankResults([r('p1', 3), r('p2', 3)], { newestFirst: [] }))).toEqual(['p1', 'p2']);
  });
});

describe('exact tokens', () => {
  it('tells toned words apart in ASCII, Đ and the look-alike Ð alike, NFC or NFD', () => {
    expect(tonedToken('đảng')).toBe('0d9a4ng0');
    expect(tonedToken('đang')).toBe('0d9ang0');
    expect(tonedToken('hội')).not.toBe(tonedToken('hồi'));
    expect(tonedToken('sinh')).toBe('0sinh0');
    expect(exactQuery('ĐẢNG', 12).toned).toEqual(['0d9a4ng0']);
    expect(exactQuery('\u00D0ảng', 12).toned).toEqual(['0d9a4ng0']);
    expect(exactQuery('Đảng'.normalize('NFD'), 12).toned).toEqual(['0d9a4ng0']);
    for (const t of [tonedToken('đảng'), pairToken('đảng', 'bộ')]) expect(t).toMatch(/^0[a-z0][a-z0-9]*0$/u);
  });

  it('asks for toned words only when the query was typed with tones', () => {
    expect(exactQuery('dang bo', 12)).toEqual({ toned: [], pairs: ['00dang0bo0'] });
    expect(exactQuery('Đảng bộ', 12)).toEqual({ toned: ['0d9a4ng0', '0bo560'], pairs: ['00dang0bo0'] });
    expect(exactQuery('học sinh', 12).toned).toEqual(['0ho5c0', '0sinh0']);
  });

  it('makes pairs only of words next to each other in one sentence, numbers breaking them', () => {
    expect(exactQuery('Đảng. Bộ', 12).pairs).toEqual([]);
    expect(exactQuery('năm 2024 Đảng bộ', 12).pairs).toEqual(['00dang0bo0']);
    expect(exactQuery('a b c d e', 3).pairs).toEqual(['00a0b0', '00b0c0']);
    const indexed = exactIndexText('Đảng bộ Khối', 'Đảng bộ tỉnh.\nHội nghị');
    expect(indexed.split(' ')).toEqual([
      '0d9a4ng0',
      '0bo560',
      '0kho62i0',
      '00dang0bo0',
      '00bo0khoi0',
      '0ti4nh0',
      '0ho56i0',
      '0nghi50',
      '00bo0tinh0',
      '00hoi0nghi0',
    ]);
  });

  it('indexes every toned word of a body but the pairs of its start only', () => {
    const body = `${'một hai '.repeat(MAX_PAIR_WORDS / 2)}Đảng bộ`;
    const tokens = exactIndexText('Tiêu đề', body).split(' ');
    expect(tokens).toEqual(expect.arrayContaining(['0d9a4ng0', '0bo560', '00mot0hai0']));
    expect(tokens).not.toContain('00dang0bo0');
    expect(exactIndexText('Tiêu đề', `Đảng bộ ${body}`).split(' ')).toContain('00dang0bo0');
  });
});
