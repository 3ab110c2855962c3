// Builds the Pagefind bundle from search records with Pagefind's Node API. The binary comes from
// the platform package npm installed next to `pagefind` (@pagefind/linux-x64 here): nothing is
// downloaded at build time.
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { recordHtml, type SearchRecord } from './record-html.ts';

// Pagefind also writes its ready-made UIs; the search page has its own, so they would only be
// dead weight in every release.
const UNUSED = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/u;

export interface IndexStats {
  records: number;
  files: number;
  /** bytes of the bundle as written (Pagefind's index files are gzip-compressed already) */
  bytes: number;
}

/** Writes the bundle to `outputPath` (replacing whatever was there). Throws on any Pagefind error. */
export async function writeSearchIndex(records: SearchRecord[], outputPath: string): Promise<IndexStats> {
  const fail = (what: string, errors: string[]) => {
    throw new Error(`Không lập được chỉ mục tìm kiếm (${what}): ${errors.join('; ')}`);
  };
  const created = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!created.index) fail('createIndex', created.errors);
  const index = created.index!;
  try {
    for (const record of records) {
      const { errors } = await index.addHTMLFile({ url: record.url, content: recordHtml(record) });
      if (errors.length > 0) fail(record.url, errors);
    }
    fs.rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) fail('writeFiles', written.errors);
  } finally {
    await pagefind.close();
  }
  let files = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(outputPath, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (UNUSED.test(entry.name)) {
      fs.rmSync(file);
      continue;
    }
    files++;
    bytes += fs.statSync(file).size;
  }
  return { records: records.length, files, bytes };
}
