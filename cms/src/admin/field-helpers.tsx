// Edit-form helpers for the content manager: what an editor expects of the fields as they type.
// Strapi 5's uid input fills a slug only for a required uid and otherwise waits for its "regenerate"
// button; ours is optional (filled on save by the CMS), so the help text "Tạo tự động từ tiêu đề"
// was untrue while typing. Rendered into the edit view's panel (inside the form) and returns nothing.
import * as React from 'react';
import type { StrapiApp } from '@strapi/strapi/admin';
import { unstable_useContentManagerContext as useContentManagerContext } from '@strapi/strapi/admin';
// The subpath, not the package root: only the pure slug rule (no zod) goes into the admin bundle.
import { SLUG_MAX_LENGTH, slugify } from '@dbk/shared-types/slug';

/** "Ngày đăng" of an article, the date of a gallery or video: see cms/src/bootstrap/reader-date-default.ts. */
const READER_DATE_FIELDS: Record<string, string> = {
  'api::article.article': 'displayDate',
  'api::gallery.gallery': 'date',
  'api::video.video': 'date',
};

type Attribute = { type?: string; targetField?: string };

function slugFieldOf(attributes: Record<string, Attribute>): { field: string; source: string } | null {
  for (const [field, a] of Object.entries(attributes)) if (a.type === 'uid' && a.targetField) return { field, source: a.targetField };
  return null;
}

const slugOf = (value: unknown) => (typeof value === 'string' ? slugify(value, SLUG_MAX_LENGTH) : '');

function FieldHelpers(): null {
  const { model, contentType, form: anyForm, isCreatingEntry } = useContentManagerContext();
  // The context types its form state loosely; these three members are Strapi's Form API.
  const form = anyForm as {
    values?: Record<string, unknown>;
    initialValues?: Record<string, unknown>;
    onChange(name: string, value: unknown): void;
  };
  const values = form.values ?? {};
  const initial = form.initialValues ?? {};
  const onChange = form.onChange;
  const slug = slugFieldOf((contentType?.attributes ?? {}) as Record<string, Attribute>);
  const source = slug ? values[slug.source] : undefined;
  // Every slug this helper has written. Under fast typing the form may not yet hold the last one
  // when the next keystroke arrives, so "untouched" cannot be judged from the previous title alone.
  const written = React.useRef(new Set<string>());

  // The slug follows the title while the entry has no saved slug and the editor has not typed one:
  // "untouched" means empty or one of the slugs written from the title here. A saved slug is never
  // changed from here: it may already be a published URL (the CMS keeps it on save, too).
  React.useEffect(() => {
    if (!slug) return;
    if (!isCreatingEntry && typeof initial[slug.field] === 'string' && initial[slug.field] !== '') return;
    const current = values[slug.field];
    const untouched =
      current === undefined || current === null || current === '' || (typeof current === 'string' && written.current.has(current));
    const next = slugOf(source);
    if (untouched && current !== next) {
      written.current.add(next);
      onChange(slug.field, next);
    }
    // Runs on a change of the title only: the slug and the form values are read, not followed.
  }, [source]);

  // A new entry's reader date starts at now (shown in the editor's zone, stored as an instant).
  const dateField = READER_DATE_FIELDS[model];
  React.useEffect(() => {
    if (isCreatingEntry && dateField && !values[dateField]) onChange(dateField, new Date().toISOString());
    // Once per new entry: the date the editor then changes must not be reset.
  }, [isCreatingEntry, dateField]);

  return null;
}

export function registerFieldHelpers(app: StrapiApp): void {
  const contentManager = app.getPlugin('content-manager') as unknown as {
    injectComponent(view: string, zone: string, component: { name: string; Component: React.ComponentType }): void;
  };
  contentManager.injectComponent('editView', 'right-links', { name: 'dbk-field-helpers', Component: FieldHelpers });
}
