// The pages of a source folder, in a stable order (so progress and reports read the same each run):
// .txt files are text captures, .html/.htm files saved pages; anything else (photos, CSS) is skipped.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { WxrPost } from './wxr.ts';

export interface SourceFile {
  kind: 'capture' | 'html' | 'wxr';
  /** relative to the source folder, "/" separated */
  relative: string;
  absolute: string;
  /** a WordPress export's post (kind "wxr"; `absolute` is then the export file) */
  post?: WxrPost;
}

export async function listSources(root: string): Promise<SourceFile[]> {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true });
  const files: SourceFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const relative = path.relative(root, absolute).split(path.sep).join('/');
    const ext = path.extname(entry.name).toLowerCase();
    if (ext === '.txt') files.push({ kind: 'capture', relative, absolute });
    else if (ext === '.html' || ext === '.htm') files.push({ kind: 'html', relative, absolute });
  }
  return files.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}

/**
 * The old address of a page that does not print its own: the site's address joined to the path in
 * the mirror (wget keeps the host as the first folder), or "tep:<path>" for a capture with no address.
 */
export function fallbackUrl(file: SourceFile, baseUrl: string | undefined): string {
  if (file.post?.link) return file.post.link;
  if (baseUrl)
    return new URL(file.relative.replace(/(^|\/)index\.html?$/u, '$1'), baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).toString();
  const [first, ...rest] = file.relative.split('/');
  if (file.kind === 'html' && rest.length > 0 && /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?$/iu.test(first!))
    return `http://${first}/${rest.join('/')}`;
  return `tep:${file.relative}`;
}
