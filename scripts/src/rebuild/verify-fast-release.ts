import fs from 'node:fs';
import path from 'node:path';
import { webRoot } from '../lib/site.ts';
import { PAGE_KEYS_FILE, pageFiles, readFastLane, readPageKeys } from './fast-lane-files.ts';

/**
 * What an assembled fast release must hold beyond a full build's checks (verify-release.ts): every
 * page of its key map is there (through the shared links too, so a link into a pruned release
 * would show here), and none of the removed pages is. Returns the problems, in Vietnamese.
 */
export function verifyFastRelease(dir: string): string[] {
  const problems: string[] = [];
  let keys;
  let lane;
  try {
    keys = readPageKeys(dir);
    lane = readFastLane(dir);
  } catch (e) {
    return [(e as Error).message];
  }
  const exists = (pathname: string) => pageFiles(pathname).some((f) => fs.existsSync(path.join(webRoot(dir), f)));
  const missing = Object.keys(keys.pages).filter((p) => !exists(p));
  if (missing.length) problems.push(`thiếu ${missing.length} trang có trong ${PAGE_KEYS_FILE}: ${missing.slice(0, 5).join(', ')}`);
  const left = lane.removed.filter(exists);
  if (left.length) problems.push(`còn ${left.length} trang lẽ ra đã gỡ: ${left.slice(0, 5).join(', ')}`);
  return problems;
}
