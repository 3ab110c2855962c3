// The optional per-site profile (JSON): CSS selectors for saved HTML pages where the generic
// extraction is wrong, and extra furniture lines for text captures. Every key is optional.
import fs from 'node:fs/promises';

export interface SiteProfile {
  /** CSS selectors, each applied to the saved page; the first match wins */
  title?: string;
  summary?: string;
  dateLine?: string;
  body?: string;
  byline?: string;
  bylinePosition?: string;
  captions?: string;
  viewCount?: string;
  category?: string;
  /** parts of the body to drop (share buttons, "Tin liên quan" boxes) */
  remove?: string;
  /** text captures: furniture lines of this site, as regular expressions */
  boQua?: string[];
}

const SELECTOR_KEYS = [
  'title',
  'summary',
  'dateLine',
  'body',
  'byline',
  'bylinePosition',
  'captions',
  'viewCount',
  'category',
  'remove',
] as const;

/** Reads and checks the profile; an unknown key is refused (a typo would otherwise be silently ignored). */
export async function loadProfile(file: string | undefined): Promise<SiteProfile> {
  if (!file) return {};
  const data = JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, unknown>;
  for (const [key, value] of Object.entries(data)) {
    if (key === 'boQua') {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
        throw new Error(`Tệp cấu hình ${file}: "boQua" phải là danh sách chuỗi`);
      continue;
    }
    if (!(SELECTOR_KEYS as readonly string[]).includes(key))
      throw new Error(`Tệp cấu hình ${file}: không biết khóa "${key}" (dùng: ${SELECTOR_KEYS.join(', ')}, boQua)`);
    if (typeof value !== 'string') throw new Error(`Tệp cấu hình ${file}: "${key}" phải là một bộ chọn CSS`);
  }
  return data as SiteProfile;
}
