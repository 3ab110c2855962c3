// "Kiểm tra chữ" on the edit form: the shared Vietnamese text check (shared-types/vi-check, the same
// one the importer runs) over the fields editors write, with one button per warning. A click only
// changes the form; nothing is saved until the editor presses "Lưu", and nothing is fixed unasked.
import * as React from 'react';
import type { StrapiApp } from '@strapi/strapi/admin';
import { unstable_useContentManagerContext as useContentManagerContext } from '@strapi/strapi/admin';
// The subpath: the check has no zod, and the admin bundle should not carry the schemas.
import { applyFix, checkVietnamese, describeConversion, type Finding } from '@dbk/shared-types/vi-check';

const FIELDS: Record<string, { field: string; label: string }[]> = {
  'api::article.article': [
    { field: 'title', label: 'Tiêu đề' },
    { field: 'summary', label: 'Sapo' },
    { field: 'body', label: 'Nội dung' },
  ],
  'api::page.page': [
    { field: 'title', label: 'Tiêu đề' },
    { field: 'summary', label: 'Sapo' },
    { field: 'body', label: 'Nội dung' },
  ],
};
// A field's list stops here: a text with hundreds of warnings needs another look, not hundreds of clicks.
const MAX_PER_FIELD = 20;

const box: React.CSSProperties = {
  border: '1px solid #dcdce4',
  borderRadius: 4,
  padding: 12,
  width: '100%',
  fontSize: 13,
  lineHeight: 1.4,
};
const button: React.CSSProperties = {
  marginLeft: 8,
  padding: '2px 8px',
  border: '1px solid #4945ff',
  borderRadius: 4,
  background: '#fff',
  color: '#4945ff',
  cursor: 'pointer',
};

function TextCheckPanel(): React.ReactElement | null {
  const { model, form: anyForm } = useContentManagerContext();
  const form = anyForm as { values?: Record<string, unknown>; onChange(name: string, value: unknown): void };
  const fields = FIELDS[model];
  const values = form.values ?? {};
  const key = fields?.map((f) => values[f.field]).join('\u0000') ?? '';
  const checks = React.useMemo(
    () =>
      (fields ?? []).map((f) => {
        const value = typeof values[f.field] === 'string' ? (values[f.field] as string) : '';
        return { ...f, value, check: checkVietnamese(value) };
      }),
    // The texts are the only input: recomputed when one of them changes.
    [key],
  );
  if (!fields) return null;
  const fix = (field: string, value: string, finding: Finding) => {
    try {
      form.onChange(field, applyFix(value, finding));
    } catch {
      // The text changed since the check ran: the next render checks it again.
    }
  };
  const items: React.ReactElement[] = [];
  for (const c of checks) {
    if (c.check.conversion) {
      // Findings refer to the converted text: the conversion comes first.
      items.push(
        <li key={`${c.field}-ma`}>
          {c.label}: {describeConversion(c.check.conversion)}
          <button
            type="button"
            style={button}
            aria-label={`Chuyển ${c.label} sang Unicode`}
            onClick={() => form.onChange(c.field, c.check.text)}
          >
            Chuyển sang Unicode
          </button>
        </li>,
      );
      continue;
    }
    for (const f of c.check.findings.slice(0, MAX_PER_FIELD)) {
      items.push(
        <li key={`${c.field}-${f.start}-${f.kind}`}>
          {c.label}: {f.message}
          <button type="button" style={button} aria-label={`Sửa ${c.label}: ${f.message}`} onClick={() => fix(c.field, c.value, f)}>
            Sửa
          </button>
        </li>,
      );
    }
    if (c.check.findings.length > MAX_PER_FIELD)
      items.push(
        <li key={`${c.field}-more`}>{`${c.label}: còn ${c.check.findings.length - MAX_PER_FIELD} cảnh báo nữa (sửa bớt rồi xem tiếp)`}</li>,
      );
  }
  return (
    <section aria-label="Kiểm tra chữ tiếng Việt" style={box}>
      <strong>Kiểm tra chữ</strong>
      {items.length === 0 ? (
        <p style={{ margin: '4px 0 0' }}>Không thấy lỗi gõ chữ (dính chữ, thiếu dấu cách, bảng mã cũ).</p>
      ) : (
        <ul style={{ margin: '4px 0 0', paddingLeft: 16 }}>{items}</ul>
      )}
    </section>
  );
}

export function registerTextCheck(app: StrapiApp): void {
  const contentManager = app.getPlugin('content-manager') as unknown as {
    injectComponent(view: string, zone: string, component: { name: string; Component: React.ComponentType }): void;
  };
  contentManager.injectComponent('editView', 'right-links', { name: 'dbk-text-check', Component: TextCheckPanel });
}
