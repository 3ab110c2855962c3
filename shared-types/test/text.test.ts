import { describe, expect, it } from 'vitest';
import { normalizeLine, normalizeText } from '../src/text.js';

const ETH = '\u00D0'; // Ð, the look-alike
const ETH_SMALL = '\u00F0'; // ð
const D_BAR = '\u0110'; // Đ
const D_BAR_SMALL = '\u0111'; // đ

describe('normalizeText', () => {
  it('returns an empty string for empty input', () => {
    expect(normalizeText('')).toBe('');
  });

  it('leaves clean NFC Vietnamese untouched', () => {
    const text = 'Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh';
    expect(normalizeText(text)).toBe(text);
  });

  it('composes NFD input to NFC', () => {
    const nfd = 'Nghị quyết số 18-NQ/TW'.normalize('NFD');
    expect(nfd).not.toBe('Nghị quyết số 18-NQ/TW');
    expect(normalizeText(nfd)).toBe('Nghị quyết số 18-NQ/TW');
  });

  it('composes mixed NFD/NFC input', () => {
    const mixed = 'Đảng bộ '.normalize('NFD') + 'trong sạch';
    expect(normalizeText(mixed)).toBe('Đảng bộ trong sạch');
  });

  it('replaces the look-alike Ð/ð with Đ/đ', () => {
    expect(normalizeText(`${ETH}ẢNG BỘ`)).toBe(`${D_BAR}ẢNG BỘ`);
    expect(normalizeText(`${ETH}ảng ${ETH_SMALL}ạo`)).toBe(`${D_BAR}ảng ${D_BAR_SMALL}ạo`);
    expect(normalizeText(`Quyết ${ETH_SMALL}ịnh`)).toBe('Quyết định');
  });

  it('replaces Ð in NFD input too', () => {
    expect(normalizeText(`${ETH}ảng bộ`.normalize('NFD'))).toBe('Đảng bộ');
    expect(normalizeText(`${ETH}ẢNG BỘ`.normalize('NFD'))).toBe('ĐẢNG BỘ');
  });

  it('removes zero-width characters, BOM and soft hyphens', () => {
    expect(normalizeText('\uFEFFĐảng\u200B bộ\u200C\u200D\u2060 khối\u00ADcơ')).toBe('Đảng bộ khốicơ');
  });

  it('removes a zero-width joiner between a letter and its tone so NFC can compose', () => {
    const nfd = 'ệ'.normalize('NFD'); // e + U+0323 + U+0302
    expect(normalizeText(`Vi${nfd[0]}\u200D${nfd.slice(1)}t`)).toBe('Việt');
  });

  it('removes C0/C1 control characters and DEL but keeps tab and newline', () => {
    expect(normalizeText('a\u0000b\u0007c\u001Bd\u007Fe\u0085f\u009Fg')).toBe('abcdefg');
    expect(normalizeText('cột 1\tcột 2\ndòng 2')).toBe('cột 1\tcột 2\ndòng 2');
  });

  it('turns \\r\\n and lone \\r into \\n', () => {
    expect(normalizeText('a\r\nb\rc\n\r\nd')).toBe('a\nb\nc\n\nd');
  });

  it('keeps Markdown and whitespace verbatim', () => {
    const md = '  # Tiêu đề  \n\n- mục **một**\u00A0 \n\t> trích   dẫn\n\n';
    expect(normalizeText(md)).toBe(md);
  });

  it('does not lower-case or strip tones', () => {
    expect(normalizeText('ĐẢNG BỘ')).toBe('ĐẢNG BỘ');
  });

  it('is idempotent', () => {
    const messy = `\uFEFF${ETH}ảng bộ\r\n`.normalize('NFD') + 'x\u200By\u0001';
    const once = normalizeText(messy);
    expect(once).toBe('Đảng bộ\nxy');
    expect(normalizeText(once)).toBe(once);
  });

  it('handles a 10,000-character text', () => {
    const long = 'Đảng bộ\u200B '.repeat(1000);
    expect(normalizeText(long)).toBe('Đảng bộ '.repeat(1000));
  });

  it('handles only punctuation', () => {
    expect(normalizeText('.,;:!?-–—()[]')).toBe('.,;:!?-–—()[]');
  });
});

describe('normalizeLine', () => {
  it('returns an empty string for empty or blank input', () => {
    expect(normalizeLine('')).toBe('');
    expect(normalizeLine(' \n\t\u00A0\u200B ')).toBe('');
  });

  it('collapses whitespace runs, newlines and NBSP into single spaces and trims', () => {
    expect(normalizeLine('  Đảng bộ\n\nKhối\u00A0\u00A0Cơ\tquan\r\n ')).toBe('Đảng bộ Khối Cơ quan');
  });

  it('collapses other Unicode spaces and line separators', () => {
    expect(normalizeLine('a\u2003b\u2028c\u3000d')).toBe('a b c d');
  });

  it('applies normalizeText first', () => {
    expect(normalizeLine(` ${ETH}ảng\u200B bộ `.normalize('NFD'))).toBe('Đảng bộ');
    expect(normalizeLine('a\u0000b')).toBe('ab');
  });

  it('keeps punctuation-only lines', () => {
    expect(normalizeLine('  …  ')).toBe('…');
  });

  it('handles a 10,000-character title', () => {
    const title = 'Xây dựng   Đảng\n'.repeat(625);
    expect(title.length).toBe(10_000);
    const line = normalizeLine(title);
    expect(line).toBe(Array.from({ length: 625 }, () => 'Xây dựng Đảng').join(' '));
  });
});
