import type { BylineVM } from '../cms/view-models';

/**
 * What follows the author's name: position and department, both when both are given
 * ("Phó Trưởng ban, Ban Tuyên giáo Đảng ủy Khối"), else whichever is; null when neither.
 */
export function bylineRole(b: Pick<BylineVM, 'position' | 'department'>): string | null {
  const parts = [b.position, b.department].map((p) => p?.trim()).filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join(', ') : null;
}
