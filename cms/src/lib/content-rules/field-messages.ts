// Vietnamese refusals that name the field as staff see it in the admin. The labels are the admin's
// own (bootstrap/admin-labels.data.ts), so a renamed label renames the message too.
import type { articleSchema } from '@dbk/shared-types';
import { FIELD_LABELS } from '../../bootstrap/admin-labels.data';

/** One zod issue, as the shared schemas report it. */
export type RuleIssue = NonNullable<ReturnType<typeof articleSchema.safeParse>['error']>['issues'][number];

export function fieldLabel(uid: string, field: string): string {
  return FIELD_LABELS[uid]?.[field]?.[0] ?? field;
}

/** "“Tiêu đề” không được để trống." and the like, for the first path segment of the issue. */
export function messageFor(uid: string, issue: RuleIssue): string {
  const field = String(issue.path[0] ?? '');
  const label = `“${fieldLabel(uid, field)}”`;
  const raw = issue as RuleIssue & { input?: unknown; minimum?: unknown; maximum?: unknown; origin?: string };
  switch (issue.code) {
    case 'invalid_type':
      return raw.input === undefined || raw.input === null ? `${label} là bắt buộc.` : `${label} không đúng kiểu dữ liệu.`;
    case 'too_small':
      return raw.origin === 'string' && Number(raw.minimum) <= 1
        ? `${label} không được để trống.`
        : `${label} nhỏ hơn mức cho phép (${String(raw.minimum)}).`;
    case 'too_big':
      return raw.origin === 'string'
        ? `${label} dài quá ${String(raw.maximum)} ký tự.`
        : `${label} lớn hơn mức cho phép (${String(raw.maximum)}).`;
    case 'invalid_format':
      return `${label} không đúng định dạng.`;
    case 'invalid_value':
      return `${label} có giá trị không nằm trong danh sách cho phép.`;
    default:
      return `${label} không hợp lệ.`;
  }
}
