import { describe, expect, it } from 'vitest';
import { SLUG_MAX_LENGTH, slugify, uniqueSlug } from '../src/slug.js';

const ETH = '\u00D0'; // Ð

describe('slugify', () => {
  it('turns Đ into d, never dj or nothing', () => {
    expect(slugify('Đảng bộ')).toBe('dang-bo');
    expect(slugify('đảng bộ')).toBe('dang-bo');
    expect(slugify('ĐẢNG BỘ')).toBe('dang-bo');
    expect(slugify(`${ETH}ẢNG BỘ`)).toBe('dang-bo');
    expect(slugify('\u00F0ảng bộ')).toBe('dang-bo');
  });

  it('slugs a full Vietnamese title', () => {
    expect(slugify('Đổi mới sáng tạo, xây dựng Đảng bộ trong sạch vững mạnh')).toBe(
      'doi-moi-sang-tao-xay-dung-dang-bo-trong-sach-vung-manh',
    );
  });

  it('gives the same slug for NFD and mixed input', () => {
    expect(slugify('Đổi mới sáng tạo'.normalize('NFD'))).toBe('doi-moi-sang-tao');
    expect(slugify('Đổi mới '.normalize('NFD') + 'sáng tạo')).toBe('doi-moi-sang-tao');
  });

  it('keeps only a-z, 0-9 and single hyphens, with no hyphen at either end', () => {
    expect(slugify('  --Nghị quyết số 35-NQ/TW, ngày 22/10/2018!!--  ')).toBe('nghi-quyet-so-35-nq-tw-ngay-22-10-2018');
    expect(slugify('a -- b __ c // d')).toBe('a-b-c-d');
    expect(slugify('«Tin tức» – “Sự kiện” & hoạt động 2024')).toBe('tin-tuc-su-kien-hoat-dong-2024');
  });

  it('removes zero-width and control characters', () => {
    expect(slugify('Đ\u200Bảng\u0000 bộ\uFEFF')).toBe('dang-bo');
  });

  it('returns an empty string for empty, blank or punctuation-only input', () => {
    expect(slugify('')).toBe('');
    expect(slugify('   \n\t ')).toBe('');
    expect(slugify('!!! --- ??? … “”')).toBe('');
    expect(slugify('中文')).toBe('');
  });

  it('cuts a 10,000-character title at a hyphen, within SLUG_MAX_LENGTH (120) characters', () => {
    expect(SLUG_MAX_LENGTH).toBe(120);
    const title = 'Đảng bộ '.repeat(1250);
    expect(title.length).toBe(10_000);
    const slug = slugify(title);
    expect(slug).toBe(`${'dang-bo-'.repeat(14)}dang-bo`); // 119 characters
    expect(slugify('Đảng bộ khối '.repeat(770))).toBe(`${'dang-bo-khoi-'.repeat(8)}dang-bo-khoi`);
  });

  it('keeps every word of a long headline that fits, and never cuts a word when one does not', () => {
    // The case: a 91-character slug lost its last words at the old limit of 80.
    const headline = 'Hội nghị Ban Chấp hành Đảng bộ Khối lần thứ mười lăm, nhiệm kỳ 2020 - 2025, triển khai nhiệm vụ năm 2025';
    const whole = 'hoi-nghi-ban-chap-hanh-dang-bo-khoi-lan-thu-muoi-lam-nhiem-ky-2020-2025-trien-khai-nhiem-vu-nam-2025';
    expect(slugify(headline)).toBe(whole);
    const longer = `${headline} và quán triệt các nghị quyết, chỉ thị mới của Trung ương`;
    const cut = slugify(longer);
    expect(cut.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(cut.startsWith(`${whole}-`)).toBe(true);
    // Every word of the cut slug is a whole word of the full one.
    const words = slugify(longer, 10_000).split('-');
    expect(cut.split('-')).toEqual(words.slice(0, cut.split('-').length));
  });

  it('cuts exactly at maxLength when the next character is a hyphen', () => {
    expect(slugify('abc def ghi', 7)).toBe('abc-def');
    expect(slugify('abc def ghi', 8)).toBe('abc-def');
    expect(slugify('abc def ghi', 6)).toBe('abc');
  });

  it('cuts inside a word when there is no hyphen to cut at', () => {
    expect(slugify('x'.repeat(10_000))).toBe('x'.repeat(SLUG_MAX_LENGTH));
    expect(slugify('abcdefghij', 4)).toBe('abcd');
  });

  it('returns short slugs as they are', () => {
    expect(slugify('Tin tức', 80)).toBe('tin-tuc');
    expect(slugify('Tin tức', 7)).toBe('tin-tuc');
  });
});

describe('uniqueSlug', () => {
  it('returns the base when it is free', async () => {
    expect(await uniqueSlug('dang-bo', () => false)).toBe('dang-bo');
  });

  it('appends -2, -3, ... until a free one is found', async () => {
    const taken = new Set(['dang-bo', 'dang-bo-2', 'dang-bo-3']);
    expect(await uniqueSlug('dang-bo', (c) => taken.has(c))).toBe('dang-bo-4');
  });

  it('accepts an async check', async () => {
    const taken = new Set(['tin-tuc']);
    const asked: string[] = [];
    const result = await uniqueSlug('tin-tuc', async (c) => {
      asked.push(c);
      return taken.has(c);
    });
    expect(result).toBe('tin-tuc-2');
    expect(asked).toEqual(['tin-tuc', 'tin-tuc-2']);
  });

  it('uses bai-viet when the base is empty', async () => {
    expect(await uniqueSlug('', () => false)).toBe('bai-viet');
    const taken = new Set(['bai-viet']);
    expect(await uniqueSlug('', (c) => taken.has(c))).toBe('bai-viet-2');
  });

  it('trims the base so the suffixed slug stays within maxLength', async () => {
    const base = slugify('Đảng bộ '.repeat(1250));
    expect(base.length).toBe(119);
    const result = await uniqueSlug(base, (c) => c === base);
    expect(result).toBe(`${'dang-bo-'.repeat(14)}dang-2`); // 118 characters

    const long = 'x'.repeat(SLUG_MAX_LENGTH);
    const resultLong = await uniqueSlug(long, (c) => c === long);
    expect(resultLong).toBe(`${'x'.repeat(SLUG_MAX_LENGTH - 2)}-2`);
  });

  it('honours a custom maxLength', async () => {
    expect(await uniqueSlug('abc-def', (c) => c === 'abc-def', 7)).toBe('abc-2');
  });

  it('gives up instead of looping forever', async () => {
    await expect(uniqueSlug('dang-bo', () => true)).rejects.toThrow(/no free slug/);
  });
});
