// The shared Vietnamese text check over one imported page: legacy TCVN3/VNI words are converted
// (and the conversion reported: never a silent guess); glued words and missing spaces are only
// reported, for the editor to fix in the admin, since "nothing is changed without the editor's say".
import { checkVietnamese, describeConversion } from '@dbk/shared-types';
import type { ImportedPage } from './page.ts';

export interface TextNote {
  field: string;
  /** "chuyen-ma" for a conversion, else the finding's kind */
  kind: string;
  message: string;
}

const FIELD_LABELS = { title: 'Tiêu đề', summary: 'Sapo', body: 'Nội dung', byline: 'Tác giả' } as const;

/** Converts the page's legacy-encoded words in place; returns what was converted and found. */
export function checkPageText(page: ImportedPage): TextNote[] {
  const notes: TextNote[] = [];
  const run = (field: keyof typeof FIELD_LABELS, value: string): string => {
    const check = checkVietnamese(value);
    const label = FIELD_LABELS[field];
    if (check.conversion) notes.push({ field: label, kind: 'chuyen-ma', message: describeConversion(check.conversion) });
    for (const f of check.findings) notes.push({ field: label, kind: f.kind, message: f.message });
    return check.text;
  };
  page.title = run('title', page.title);
  if (page.summary) page.summary = run('summary', page.summary);
  page.body = run('body', page.body);
  for (const byline of page.bylines) byline.name = run('byline', byline.name);
  return notes;
}
