// Builds the Pagefind bundle from search records with Pagefind's Node API. The binary comes from
// the platform package npm installed next to `pagefind` (@pagefind/linux-x64 here): nothing is
// downloaded at build time.
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { indexInputHash, restoreIndex, storeIndex } from './index-cache.ts';
import { recordHtml, type SearchRecord } from './record-html.ts';

// Pagefind also writes its ready-made UIs; the search page has its own, so they would only be
// dead weight in every release.
const UNUSED = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/u;

export interface IndexStats {
  records: number;
  files: number;
  /** bytes of the bundle as written (Pagefind's index files are gzip-compressed already) */
  bytes: number;
  /** taken from the cache: the input had not changed since the index stored there */
  reused: boolean;
}

const OPTIONS = { forceLanguage: 'vi' };

/**
 * Writes the bundle to `outputPath` (replacing whatever was there). Throws on any Pagefind error.
 * With a cacheDir, an index made from the same input is reused (index-cache.ts).
 */
export async function writeSearchIndex(records: SearchRecord[], outputPath: string, cacheDir?: string): Promise<IndexStats> {
  const files = records.map((record) => ({ url: record.url, content: recordHtml(record) }));
  const hash = cacheDir ? indexInputHash([OPTIONS, files]) : null;
  if (cacheDir && hash && restoreIndex(cacheDir, hash, outputPath))
    return { ...measure(outputPath), records: records.length, reused: true };
  const fail = (what: string, errors: string[]) => {
    throw new Error(`Không lập được chỉ mục tìm kiếm (${what}): ${errors.join('; ')}`);
  };
  const created = await pagefind.createIndex(OPTIONS);
  if (!created.index) fail('createIndex', created.errors);
  const index = created.index!;
  try {
    for (const file of files) {
      const { errors } = await index.addHTMLFile(file);
      if (errors.length > 0) fail(file.url, errors);
    }
    fs.rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) fail('writeFiles', written.errors);
  } finally {
    await pagefind.close();
  }
  for (const entry of fs.readdirSync(outputPath, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && UNUSED.test(entry.name)) fs.rmSync(path.join(entry.parentPath, entry.name));
  }
  if (cacheDir && hash) storeIndex(cacheDir, hash, outputPath);
  return { ...measure(outputPath), records: records.length, reused: false };
}

function measure(outputPath: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(outputPath, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}
