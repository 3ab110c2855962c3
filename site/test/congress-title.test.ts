import { describe, expect, it } from 'vitest';
import { titleNamesCongress, toRoman } from '../src/lib/congress-title';

const VIII = { name: 'Đại hội đại biểu Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh lần thứ VIII', ordinal: 8 };

describe('titleNamesCongress', () => {
  it('finds the congress named with its organisation and ordinal', () => {
    expect(titleNamesCongress('Đại hội đại biểu Đảng bộ Khối lần thứ VIII thành công tốt đẹp', VIII)).toBe(true);
    expect(titleNamesCongress('Tiểu ban Nội dung Đại hội đại biểu Đảng bộ Khối lần thứ VIII họp phiên thứ nhất', VIII)).toBe(true);
    expect(titleNamesCongress('KHAI MẠC ĐẠI HỘI ĐẢNG BỘ KHỐI LẦN THỨ 8', VIII)).toBe(true);
  });

  it('leaves out other congresses: another ordinal, a sub-unit, no ordinal', () => {
    expect(titleNamesCongress('Đại hội đại biểu Đảng bộ Khối lần thứ VII thành công tốt đẹp', VIII)).toBe(false);
    expect(titleNamesCongress('Đại hội Đảng bộ Khối lần thứ VIIII', VIII)).toBe(false);
    expect(titleNamesCongress('Đại hội Đảng bộ Sở Y tế lần thứ VIII', VIII)).toBe(false);
    expect(titleNamesCongress('Đảng bộ Trường Cao đẳng Y tế tổ chức đại hội điểm nhiệm kỳ 2025 - 2030', VIII)).toBe(false);
    expect(titleNamesCongress('Đảng bộ Khối lần thứ VIII sơ kết', VIII)).toBe(false);
  });

  it('writes ordinals in Roman figures', () => {
    expect([1, 4, 7, 8, 9, 14, 40, 19].map(toRoman)).toEqual(['i', 'iv', 'vii', 'viii', 'ix', 'xiv', 'xl', 'xix']);
  });
});
