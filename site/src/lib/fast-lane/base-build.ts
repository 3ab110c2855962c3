// The base a fast build is measured against (SITE_FAST_BASE): a full or fast build, or a release,
// holding client/ and page-keys.json. A base that cannot be read stops the build, naming the
// variable: rendering "only what changed" against a wrong base would publish a half-updated site.
import fs from 'node:fs';
import path from 'node:path';
import { PAGE_KEYS_FILE, pageKeysSchema, parseFastLaneFile, type PageKeys } from '@dbk/shared-types';

export function readBaseBuild(base: string): { pages: PageKeys['pages']; clientDir: string } {
  const clientDir = path.join(base, 'client');
  const keysFile = path.join(base, PAGE_KEYS_FILE);
  if (!fs.existsSync(clientDir) || !fs.existsSync(keysFile))
    throw new Error(
      `SITE_FAST_BASE="${base}" không phải thư mục bản dựng: cần có client/ và ${PAGE_KEYS_FILE} (bản dựng gốc của làn nhanh).`,
    );
  const parsed = parseFastLaneFile(PAGE_KEYS_FILE, pageKeysSchema, fs.readFileSync(keysFile, 'utf8'));
  if (typeof parsed === 'string') throw new Error(`SITE_FAST_BASE="${base}": ${parsed}`);
  return { pages: parsed.pages, clientDir };
}
