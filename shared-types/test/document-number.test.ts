import { describe, expect, it } from 'vitest';
import {
  documentQueryKey,
  findDocumentNumbers,
  matchesDocumentQuery,
  parseDocumentNumber,
  splitDocumentKey,
} from '../src/document-number.js';
import { foldForSearch } from '../src/fold.js';

const ETH = '\u00D0'; // Ð

describe('parseDocumentNumber', () => {
  it('parses the common forms', () => {
    expect(parseDocumentNumber('18-NQ/TW')).toEqual({
      number: '18',
      kind: 'NQ',
      issuer: 'TW',
      canonical: '18-NQ/TW',
      key: '18-nq/tw',
    });
    expect(parseDocumentNumber('08-QĐi/TW')).toEqual({
      number: '08',
      kind: 'QĐi',
      issuer: 'TW',
      canonical: '08-QĐi/TW',
      key: '08-qdi/tw',
    });
    expect(parseDocumentNumber('2045-QĐ/ĐUK')).toEqual({
      number: '2045',
      kind: 'QĐ',
      issuer: 'ĐUK',
      canonical: '2045-QĐ/ĐUK',
      key: '2045-qd/duk',
    });
  });

  it('keeps Quy định (QĐi) and Quyết định (QĐ) apart', () => {
    expect(parseDocumentNumber('08-QĐi/TW')?.key).not.toBe(parseDocumentNumber('08-QĐ/TW')?.key);
    expect(parseDocumentNumber('08-QĐI/TW')?.kind).toBe('QĐi');
    expect(parseDocumentNumber('08-qđi/tw')?.canonical).toBe('08-QĐi/TW');
  });

  it('accepts spaces around the hyphen and around the whole value', () => {
    expect(parseDocumentNumber('35 - CT/TW')?.canonical).toBe('35-CT/TW');
    expect(parseDocumentNumber('09 - ĐA/TU')?.canonical).toBe('09-ĐA/TU');
    expect(parseDocumentNumber('  21-KL/TW \n')?.canonical).toBe('21-KL/TW');
    expect(parseDocumentNumber('05 – CT/TW')?.canonical).toBe('05-CT/TW'); // en dash
  });

  it('accepts the look-alike Ð and NFD input', () => {
    expect(parseDocumentNumber(`2045-Q${ETH}/${ETH}UK`)?.canonical).toBe('2045-QĐ/ĐUK');
    expect(parseDocumentNumber(`09 - ${ETH}A/TU`)?.canonical).toBe('09-ĐA/TU');
    expect(parseDocumentNumber('08-QĐi/TW'.normalize('NFD'))?.canonical).toBe('08-QĐi/TW');
    expect(parseDocumentNumber('Số 38-QĐ/TU'.normalize('NFD'))?.canonical).toBe('38-QĐ/TU');
  });

  it('accepts a leading "Số:"', () => {
    expect(parseDocumentNumber('Số: 35-NQ/TW')?.canonical).toBe('35-NQ/TW');
    expect(parseDocumentNumber('số 35-NQ/TW')?.canonical).toBe('35-NQ/TW');
  });

  it('keeps leading zeros and upper-cases the issuer', () => {
    const parsed = parseDocumentNumber('05-ct/tw');
    expect(parsed?.number).toBe('05');
    expect(parsed?.canonical).toBe('05-CT/TW');
  });

  it('accepts multi-part issuers and issuers with digits', () => {
    expect(parseDocumentNumber('01-NQ/ĐH-ĐUK')).toEqual({
      number: '01',
      kind: 'NQ',
      issuer: 'ĐH-ĐUK',
      canonical: '01-NQ/ĐH-ĐUK',
      key: '01-nq/dh-duk',
    });
    expect(parseDocumentNumber('12-KH/BCĐ35')?.key).toBe('12-kh/bcd35');
  });

  it('recognises mixed-case kinds', () => {
    expect(parseDocumentNumber('15-CTr/TU')?.kind).toBe('CTr');
    expect(parseDocumentNumber('15-TTr/TU')?.kind).toBe('TTr');
    expect(parseDocumentNumber('15-TT/TU')?.kind).toBe('TT');
    expect(parseDocumentNumber('3-QHo/TU')?.kind).toBe('QHo');
  });

  it('returns null for empty input, garbage and incomplete numbers', () => {
    for (const bad of [
      '',
      '   ',
      'garbage',
      '---/',
      'NQ/TW',
      '35-NQ',
      '35-NQ/',
      '-NQ/TW',
      '35/NQ/TW',
      '35-XYZ/TW',
      '25/10/2017',
      '6-7/2024',
      'COVID-19',
      '35-NQ/TW và 36-NQ/TW',
      '123456-NQ/TW',
      'x'.repeat(10_000),
    ]) {
      expect(parseDocumentNumber(bad), bad).toBeNull();
    }
  });

  it('has a key equal to the folded canonical form', () => {
    for (const input of ['08-QĐi/TW', `2045-Q${ETH}/${ETH}UK`, '09 - ĐA/TU', '01-NQ/ĐH-ĐUK']) {
      const parsed = parseDocumentNumber(input);
      expect(parsed?.key).toBe(foldForSearch(parsed?.canonical ?? 'missing'));
    }
  });
});

describe('findDocumentNumbers', () => {
  it('finds a number in running text, not the date after it', () => {
    const text = 'Nghị quyết số 35-NQ/TW, ngày 22/10/2018 của Bộ Chính trị';
    const found = findDocumentNumbers(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ start: 14, end: 22, match: '35-NQ/TW' });
    expect(found[0]?.parsed.canonical).toBe('35-NQ/TW');
  });

  it('keeps spaces around the hyphen in the match and offsets', () => {
    const text = 'Đề án số 09 - ĐA/TU ngày 14/01/2019 của Ban Thường vụ';
    const found = findDocumentNumbers(text);
    expect(found.map((f) => f.match)).toEqual(['09 - ĐA/TU']);
    const first = found[0]!;
    expect(text.slice(first.start, first.end)).toBe('09 - ĐA/TU');
    expect(first.parsed.key).toBe('09-da/tu');
  });

  it('finds every mention in the seed texts', () => {
    const text =
      'Tiếp tục triển khai thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị; Kết luận số 21-KL/TW; ' +
      'Quy định số 38-QĐ/TU, ngày 08/4/2019; Nghị quyết số 18-NQ/TW, ngày 25/10/2017.';
    expect(findDocumentNumbers(text).map((f) => f.parsed.canonical)).toEqual(['05-CT/TW', '21-KL/TW', '38-QĐ/TU', '18-NQ/TW']);
  });

  it('gives offsets into the original string for Ð and NFD text', () => {
    const text = `Xem Quyết định 2045-Q${ETH}/${ETH}UK.`.normalize('NFD');
    const found = findDocumentNumbers(text);
    expect(found).toHaveLength(1);
    const first = found[0]!;
    expect(text.slice(first.start, first.end)).toBe(`2045-Q${ETH}/${ETH}UK`);
    expect(first.parsed.canonical).toBe('2045-QĐ/ĐUK');
  });

  it('skips dates, ranges, COVID-19 and numbers without kind', () => {
    const text = 'Ngày 25/10/2017, tháng 6-7/2024, (17/7/2019 - 17/7/2024), COVID-19, NQ/TW, 3 - km/h, 35-XYZ/TW.';
    expect(findDocumentNumbers(text)).toEqual([]);
  });

  it('skips numbers inside URLs and paths', () => {
    const text =
      'Xem https://dangbokhoi.vn/van-ban?so=35-NQ/TW và www.example.vn/18-NQ/TW, ' +
      'tệp /files/05-CT/TW.pdf, 21-KL/TW.pdf hoặc 21-KL/TW/2018.';
    expect(findDocumentNumbers(text)).toEqual([]);
  });

  it('skips numbers glued to other words or numbers', () => {
    expect(findDocumentNumbers('abc35-NQ/TW 1.35-NQ/TW 2019-35-NQ/TW 35-NQ/TWé 35-NQ/TW_1')).toEqual([]);
  });

  it('finds the visible text of a Markdown link but not its URL', () => {
    const text = '[Nghị quyết 35-NQ/TW](https://x.vn/35-NQ/TW)';
    expect(findDocumentNumbers(text).map((f) => [f.start, f.match])).toEqual([[12, '35-NQ/TW']]);
  });

  it('accepts sentence punctuation and brackets around a mention', () => {
    const text = '(35-NQ/TW), "21-KL/TW"; 05-CT/TW. Cuối câu 18-NQ/TW';
    expect(findDocumentNumbers(text).map((f) => f.match)).toEqual(['35-NQ/TW', '21-KL/TW', '05-CT/TW', '18-NQ/TW']);
  });

  it('does not join a mention across lines', () => {
    expect(findDocumentNumbers('số 35\n-NQ/TW')).toEqual([]);
  });

  it('returns nothing for empty and punctuation-only text', () => {
    expect(findDocumentNumbers('')).toEqual([]);
    expect(findDocumentNumbers('-/-/ --- ///')).toEqual([]);
  });

  it('handles long text', () => {
    const text = `${'Đảng bộ khối. '.repeat(1000)}Nghị quyết số 35-NQ/TW.`;
    const found = findDocumentNumbers(text);
    expect(found.map((f) => f.start)).toEqual([14_000 + 'Nghị quyết số '.length]);
  });
});

describe('documentQueryKey', () => {
  it('reads the loose ways of typing a document number', () => {
    const cases: Array<[string, string]> = [
      ['35-NQ/TW', '35-nq/tw'],
      ['35 - nq/tw', '35-nq/tw'],
      ['35 NQ TW', '35-nq/tw'],
      ['35/NQ-TW', '35-nq/tw'],
      ['35 NQ', '35-nq'],
      ['nq 35', '35-nq'],
      ['NQ35', '35-nq'],
      ['35NQ', '35-nq'],
      ['nghi quyet 35', '35-nq'],
      ['Nghị quyết số 35', '35-nq'],
      ['Nghị quyết số 35-NQ/TW', '35-nq/tw'],
      ['NGHỊ QUYẾT SỐ 35-NQ/TW'.normalize('NFD'), '35-nq/tw'],
      [`2045-Q${ETH}/${ETH}UK`, '2045-qd/duk'],
      ['Đề án số 09 - ĐA/TU', '09-da/tu'],
      ['01-NQ/ĐH-ĐUK', '01-nq/dh-duk'],
    ];
    for (const [query, key] of cases) expect(documentQueryKey(query), query).toBe(key);
  });

  it('maps kind words, keeping quy định (QĐi) and quyết định (QĐ) apart', () => {
    expect(documentQueryKey('quy định 08')).toBe('08-qdi');
    expect(documentQueryKey('quyết định 2045')).toBe('2045-qd');
    expect(documentQueryKey('chỉ thị 05')).toBe('05-ct');
    expect(documentQueryKey('kết luận số 21')).toBe('21-kl');
    expect(documentQueryKey('hướng dẫn 12')).toBe('12-hd');
    expect(documentQueryKey('kế hoạch 3')).toBe('3-kh');
    expect(documentQueryKey('đề án 09')).toBe('09-da');
    expect(documentQueryKey('thông báo 7')).toBe('7-tb');
    expect(documentQueryKey('báo cáo 4')).toBe('4-bc');
    expect(documentQueryKey('QUY ĐỊNH 08')).toBe('08-qdi');
    expect(documentQueryKey(`quyết ${'\u00F0'}ịnh 2045`)).toBe('2045-qd');
  });

  it('prefers the number followed by its kind', () => {
    expect(documentQueryKey('kế hoạch 2024 số 15-KH')).toBe('15-kh');
  });

  it('takes an issuer only when it clearly is one', () => {
    expect(documentQueryKey('35 nq ve bao ve nen tang')).toBe('35-nq');
    expect(documentQueryKey('35 nq / tw về bảo vệ')).toBe('35-nq/tw');
  });

  it('returns null when there is no number or no kind next to it', () => {
    for (const query of [
      '',
      '   ',
      '!!!',
      'nghị quyết',
      'NQ/TW',
      'Đảng bộ khối',
      '2024',
      'covid 19',
      '25/10/2017',
      'nghị quyết của Bộ Chính trị năm 2018',
    ]) {
      expect(documentQueryKey(query), query).toBeNull();
    }
  });

  it('stays correct and cheap for a 1,000-character query', () => {
    const filler = 'tìm văn bản '.repeat(80); // 960 characters
    expect(documentQueryKey(`${filler}nghị quyết 35 về bảo vệ`)).toBe('35-nq');
    expect(documentQueryKey('Đảng bộ '.repeat(125))).toBeNull();
    expect(documentQueryKey(`${'a'.repeat(10_000)} 35-NQ/TW`)).toBeNull(); // beyond the cap
  });
});

describe('matchesDocumentQuery', () => {
  it('matches on number and kind, and on issuer when given', () => {
    expect(matchesDocumentQuery('35-nq/tw', '35-nq')).toBe(true);
    expect(matchesDocumentQuery('35-nq/tw', '35-nq/tw')).toBe(true);
    expect(matchesDocumentQuery('35-nq/tw', '35-nq/tu')).toBe(false);
    expect(matchesDocumentQuery('35-nq/tw', '35-ct')).toBe(false);
    expect(matchesDocumentQuery('135-nq/tw', '35-nq')).toBe(false);
    expect(matchesDocumentQuery('08-qdi/tw', '08-qd')).toBe(false);
    expect(matchesDocumentQuery('01-nq/dh-duk', '1-nq/dh-duk')).toBe(true);
  });

  it('ignores leading zeros', () => {
    expect(matchesDocumentQuery('08-qdi/tw', '8-qdi')).toBe(true);
    expect(matchesDocumentQuery('8-qdi/tw', '008-qdi/tw')).toBe(true);
  });

  it('works with documentQueryKey and parsed keys end to end', () => {
    const key = parseDocumentNumber('08-QĐi/TW')!.key;
    expect(matchesDocumentQuery(key, documentQueryKey('quy định số 8')!)).toBe(true);
    expect(matchesDocumentQuery(key, documentQueryKey('quyết định số 8')!)).toBe(false);
  });

  it('rejects malformed keys', () => {
    expect(matchesDocumentQuery('', '35-nq')).toBe(false);
    expect(matchesDocumentQuery('35-nq/tw', '')).toBe(false);
    expect(matchesDocumentQuery('nq/tw', 'nq')).toBe(false);
  });
});

describe('splitDocumentKey', () => {
  it('reads a full or partial key, the number without its leading zeros', () => {
    expect(splitDocumentKey('08-qdi/tw')).toEqual({ number: '8', kind: 'qdi', issuer: 'tw' });
    expect(splitDocumentKey('01-nq/dh-duk')).toEqual({ number: '1', kind: 'nq', issuer: 'dh-duk' });
    expect(splitDocumentKey('35-nq')).toEqual({ number: '35', kind: 'nq', issuer: undefined });
    expect(splitDocumentKey('nq/tw')).toBeNull();
    expect(splitDocumentKey('')).toBeNull();
  });
});
