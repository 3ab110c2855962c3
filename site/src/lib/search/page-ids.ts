// The page id Pagefind gave each record: its fragment file is named after it
// (fragment/vi_23e05db.pf_fragment) and holds the record's url. Pagefind's Node API does not
// return these ids, and they are what search results are known by in the browser.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

// Pagefind's files are gzip-compressed and start with this signature once unpacked.
const SIGNATURE = 'pagefind_dcd';

/** url → page id, for every fragment of the Pagefind bundle at `bundleDir`. */
export function readPageIds(bundleDir: string): Map<string, string> {
  const ids = new Map<string, string>();
  const dir = path.join(bundleDir, 'fragment');
  for (const name of fs.readdirSync(dir)) {
    if (!name.endsWith('.pf_fragment')) continue;
    const text = zlib.gunzipSync(fs.readFileSync(path.join(dir, name))).toString('utf8');
    if (!text.startsWith(SIGNATURE)) throw new Error(`Tệp chỉ mục tìm kiếm lạ: ${name}`);
    const { url } = JSON.parse(text.slice(SIGNATURE.length)) as { url: string };
    ids.set(url, name.slice(0, -'.pf_fragment'.length));
  }
  return ids;
}
