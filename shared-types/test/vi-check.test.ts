// The Vietnamese text check: the syllable model, legacy encodings, and precision and recall of the
// defect finder on a labelled sample (test/fixtures/vi-check-sample.txt): the seeds' text with their
// real defects marked, and text of our own full of names, abbreviations, document numbers, addresses
// and numbers, with deliberate defects marked ⟦…⟧ (the glued word, or the punctuation missing its space).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFix, checkVietnamese, convertLegacy, findDefects, isSyllable, splitGlued } from '../src/vi-check/index.js';

const SAMPLE = path.join(import.meta.dirname, 'fixtures', 'vi-check-sample.txt');

/** The sample without its marks, and the marked spans. */
function readSample(): { text: string; expected: [number, number][] } {
  const expected: [number, number][] = [];
  let text = '';
  for (const part of fs.readFileSync(SAMPLE, 'utf8').split(/(⟦[^⟧]*⟧)/u)) {
    if (part.startsWith('⟦')) {
      const inner = part.slice(1, -1);
      expected.push([text.length, text.length + inner.length]);
      text += inner;
    } else text += part;
  }
  return { text, expected };
}

describe('isSyllable', () => {
  it('accepts Vietnamese syllables, with their medials, spelling rules and tones', () => {
    for (const w of [
      'Đảng',
      'người',
      'được',
      'nghiêng',
      'quyết',
      'quốc',
      'giữa',
      'gì',
      'khuya',
      'thuở',
      'huỳnh',
      'oánh',
      'kỳ',
      'việc',
      'Xuân',
    ])
      expect(isSyllable(w), w).toBe(true);
  });
  it('refuses runs of letters that are not one syllable', () => {
    for (const w of ['đãlàm', 'lùitình', 'ce', 'ka', 'ngi', 'ghô', 'Đắk', 'tat', 'hoàng̀', 'game', 'online', 'UBND'])
      expect(isSyllable(w), w).toBe(false);
  });
});

describe('splitGlued', () => {
  it('splits a glued word into the syllables it was made of', () => {
    expect(splitGlued('đãlàm')).toEqual(['đã', 'làm']);
    expect(splitGlued('lùitình')).toEqual(['lùi', 'tình']);
    expect(splitGlued('lãnhđạo')).toEqual(['lãnh', 'đạo']);
    expect(splitGlued('Đảng')).toBeUndefined();
  });
});

describe('findDefects', () => {
  it('finds the seeds’ glued words and missing spaces, and fixes each with one click', () => {
    const text = 'Đảng bộ đãlàm tốt công tác đẩy lùitình trạng; người lao động.Đẩy mạnh';
    const found = findDefects(text);
    expect(found.map((f) => [f.kind, f.text, f.fix])).toEqual([
      ['dinh-tu', 'đãlàm', 'đã làm'],
      ['dinh-tu', 'lùitình', 'lùi tình'],
      ['thieu-cach', '.', '. '],
    ]);
    let fixed = text;
    // From the end, so earlier offsets still hold.
    for (const f of [...found].reverse()) fixed = applyFix(fixed, f);
    expect(fixed).toBe('Đảng bộ đã làm tốt công tác đẩy lùi tình trạng; người lao động. Đẩy mạnh');
    expect(() => applyFix('văn bản khác', found[0]!)).toThrow(/đã đổi/u);
  });

  it('leaves names, abbreviations, document numbers, addresses and numbers alone', () => {
    const text =
      "Nghị quyết 01-NQ/ĐUK, Quyết định 1234/QĐ-UBND; PGS.TS Trần Văn Hùng, Th.S Lê Hoa, TP.HCM, HĐND, v.v. www.dienbien.gov.vn, vanphong@dangbo.vn, 7,5%, H'Mông, Ê-đê, Đắk Lắk, M'Đrắk, Zalo, online.";
    expect(findDefects(text)).toEqual([]);
  });

  it('flags the look-alike Ð', () => {
    expect(findDefects('\u00D0ảng').map((f) => f.fix)).toEqual(['Đ']);
  });

  it('reaches its precision and recall floor on the labelled sample', () => {
    const { text, expected } = readSample();
    const found = findDefects(text).filter((f) => f.kind !== 'chu-d-sai');
    const overlaps = (e: [number, number], f: { start: number; end: number }) => f.start < e[1] && e[0] < f.end;
    const truePositives = found.filter((f) => expected.some((e) => overlaps(e, f))).length;
    const missed = expected.filter((e) => !found.some((f) => overlaps(e, f)));
    const precision = truePositives / found.length;
    const recall = (expected.length - missed.length) / expected.length;
    console.log(
      `Kiểm tra chữ trên mẫu có nhãn: ${expected.length} lỗi đánh dấu, ${found.length} phát hiện, ` +
        `precision ${(precision * 100).toFixed(1)}%, recall ${(recall * 100).toFixed(1)}%; bỏ sót: ${missed
          .map(([a, b]) => JSON.stringify(text.slice(a, b + 12)))
          .join(', ')}`,
    );
    expect(expected.length).toBeGreaterThan(50);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});

describe('legacy encodings', () => {
  it('converts TCVN3 (ABC) text and says so', () => {
    const { text, conversion } = convertLegacy('§¶ng bé Khèi C¬ quan vµ Doanh nghiÖp tØnh');
    expect(text).toBe('Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh');
    expect(conversion).toMatchObject({ encoding: 'TCVN3', words: 7 });
    expect(conversion!.examples[0]).toEqual(['§¶ng', 'Đảng']);
  });

  it('converts VNI text and says so', () => {
    const { text, conversion } = convertLegacy('Ñaûng boä Khoái Cô quan vaø Doanh nghieäp tænh ñaõ laøm toát');
    expect(text).toBe('Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh đã làm tốt');
    expect(conversion?.encoding).toBe('VNI');
  });

  it('never touches Unicode text: not the whole labelled sample, not loanwords', () => {
    const { text } = readSample();
    expect(convertLegacy(text)).toEqual({ text });
    expect(convertLegacy('Đảng bộ đã làm tốt, café và résumé')).toEqual({ text: 'Đảng bộ đã làm tốt, café và résumé' });
  });

  it('does not guess from a single odd word', () => {
    expect(convertLegacy('Tên riêng Héi trong một câu Unicode đầy đủ.').conversion).toBeUndefined();
  });

  it('checkVietnamese converts first, then finds defects in the converted text', () => {
    const check = checkVietnamese('§¶ng bé ®·lµm tèt');
    expect(check.text).toBe('Đảng bộ đãlàm tốt');
    expect(check.conversion?.encoding).toBe('TCVN3');
    expect(check.findings.map((f) => f.fix)).toEqual(['đã làm']);
  });
});
