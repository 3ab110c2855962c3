// The operator's table from the old sites' category names to the new site's categories (by slug):
// a plain text file, one "tên chuyên mục cũ<TAB>slug-mới" a line, "#" starts a comment, and a "*" row
// for the pages whose category is not in the table (without it they are refused, never guessed).
import fs from 'node:fs/promises';
import { normalizeLine } from '@dbk/shared-types';

export type CategoryTable = Map<string, string>;

const key = (name: string) => normalizeLine(name).toLocaleLowerCase('vi');

export async function loadCategoryTable(file: string | undefined): Promise<CategoryTable> {
  const table: CategoryTable = new Map();
  if (!file) return table;
  const lines = (await fs.readFile(file, 'utf8')).split(/\r?\n/u);
  lines.forEach((line, i) => {
    const clean = line.replace(/#.*$/u, '').trim();
    if (!clean) return;
    const [oldName, slug, extra] = clean.split('\t').map((s) => s.trim());
    if (!oldName || !slug || extra !== undefined)
      throw new Error(`Bảng chuyên mục ${file}, dòng ${i + 1}: cần "tên cũ<TAB>slug mới", có "${line}"`);
    table.set(key(oldName), slug);
  });
  return table;
}

/** The new category's slug, undefined for a page without category, or an error (Vietnamese). */
export function mapCategory(table: CategoryTable, oldName: string | undefined): { slug?: string; error?: string } {
  if (!oldName) return table.has('*') ? { slug: table.get('*') } : {};
  const slug = table.get(key(oldName)) ?? table.get('*');
  return slug ? { slug } : { error: `Chuyên mục cũ "${oldName}" chưa có trong bảng chuyên mục` };
}
