import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../src/fold.js';
import { MAX_QUERY_TOKENS, searchTokens } from '../src/search-tokens.js';

const ETH = '\u00D0'; // Ð
const ETH_SMALL = '\u00F0'; // ð

describe('foldForSearch', () => {
  it('folds every spelling of "Đảng bộ" to "dang bo"', () => {
    const spellings = [
      'dang bo',
      'Đảng bộ',
      'ĐẢNG BỘ',
      `${ETH}ẢNG BỘ`,
      `${ETH_SMALL}ảng bộ`,
      'dảng bộ',
      'DANG BO',
      'Đảng bộ'.normalize('NFD'),
      `${ETH}ẢNG BỘ`.normalize('NFD'),
      'Đ\u200Bảng bộ',
    ];
    for (const s of spellings) expect(foldForSearch(s), s).toBe('dang bo');
  });

  it('strips all Vietnamese tones and vowel marks', () => {
    expect(foldForSearch('Đổi mới sáng tạo, xây dựng Đảng bộ trong sạch vững mạnh')).toBe(
      'doi moi sang tao, xay dung dang bo trong sach vung manh',
    );
    expect(foldForSearch('ăâêôơư ĂÂÊÔƠƯ àáảãạ ỳýỷỹỵ')).toBe('aaeoou aaeoou aaaaa yyyyy');
  });

  it('keeps punctuation, digits and spacing', () => {
    expect(foldForSearch('Nghị quyết số 35-NQ/TW, ngày 22/10/2018!')).toBe('nghi quyet so 35-nq/tw, ngay 22/10/2018!');
    expect(foldForSearch('  a\n\tb  ')).toBe('  a\n\tb  ');
  });

  it('handles empty and punctuation-only input', () => {
    expect(foldForSearch('')).toBe('');
    expect(foldForSearch('...---///')).toBe('...---///');
  });

  it('removes zero-width and control characters', () => {
    expect(foldForSearch('Đ\u200Bả\u0000ng\uFEFF')).toBe('dang');
  });

  it('folds a 1,000-character query', () => {
    const query = 'Đảng bộ '.repeat(125);
    expect(query.length).toBe(1000);
    expect(foldForSearch(query)).toBe('dang bo '.repeat(125));
  });
});

describe('searchTokens', () => {
  it('splits folded text into word tokens', () => {
    expect(searchTokens('Đảng bộ Khối Cơ quan, Doanh-nghiệp!')).toEqual(['dang', 'bo', 'khoi', 'co', 'quan', 'doanh', 'nghiep']);
  });

  it('gives the same tokens for every spelling', () => {
    const expected = ['dang', 'bo'];
    expect(searchTokens('ĐẢNG BỘ')).toEqual(expected);
    expect(searchTokens(`${ETH}ẢNG BỘ`)).toEqual(expected);
    expect(searchTokens('Đảng bộ'.normalize('NFD'))).toEqual(expected);
    expect(searchTokens('dang bo')).toEqual(expected);
  });

  it('returns no tokens for empty or punctuation-only input', () => {
    expect(searchTokens('')).toEqual([]);
    expect(searchTokens('  ,.;:!?-/()  ')).toEqual([]);
  });

  it('keeps a document number as one canonical token', () => {
    expect(searchTokens('Nghị quyết số 35-NQ/TW, ngày 22/10/2018')).toEqual([
      'nghi',
      'quyet',
      'so',
      '35-nq/tw',
      'ngay',
      '22',
      '10',
      '2018',
    ]);
    expect(searchTokens('35 - NQ/TW')).toEqual(['35-nq/tw']);
    expect(searchTokens('35-NQ/TW')).toEqual(['35-nq/tw']);
    expect(searchTokens('35-nq/tw')).toEqual(['35-nq/tw']);
    expect(searchTokens(`Quyết định 2045-Q${ETH}/${ETH}UK`)).toEqual(['quyet', 'dinh', '2045-qd/duk']);
    expect(searchTokens('Đề án số 09 - ĐA/TU ngày 14/01/2019')).toEqual(['de', 'an', 'so', '09-da/tu', 'ngay', '14', '01', '2019']);
  });

  it('does not treat dates, ranges or COVID-19 as document numbers', () => {
    expect(searchTokens('6-7/2024 COVID-19 25/10/2017')).toEqual(['6', '7', '2024', 'covid', '19', '25', '10', '2017']);
  });

  it('caps a long query at 64 tokens', () => {
    const query = 'Đảng bộ '.repeat(500); // 4,000 characters, 1,000 words
    const tokens = searchTokens(query);
    expect(MAX_QUERY_TOKENS).toBe(64);
    expect(tokens).toHaveLength(64);
    expect(tokens.slice(0, 4)).toEqual(['dang', 'bo', 'dang', 'bo']);
  });

  it('only looks at the first 2,000 characters', () => {
    const query = 'x'.repeat(1995) + ' abc def';
    expect(searchTokens(query)).toEqual(['x'.repeat(1995), 'abc']);
  });

  it('handles a 1,000-character query with a document number at the end', () => {
    const query = `${'a '.repeat(495)}35-NQ/TW`;
    expect(query.length).toBe(998);
    const tokens = searchTokens(query, { maxTokens: 1000 });
    expect(tokens).toHaveLength(496);
    expect(tokens.at(-1)).toBe('35-nq/tw');
  });

  it('accepts larger limits for indexing', () => {
    const text = 'Đảng bộ '.repeat(500);
    expect(searchTokens(text, { maxChars: Infinity, maxTokens: Infinity })).toHaveLength(1000);
  });
});
