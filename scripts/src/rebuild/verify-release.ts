import fs from 'node:fs';
import path from 'node:path';
import { BUILD_INFO_FILE, parseBuildInfo, type BuildInfo } from '@dbk/shared-types';
import { previewServerEntry, webRoot } from '../lib/site.ts';

/** The build info of a build folder; null when absent; a Vietnamese reason when malformed. */
export function readBuildInfo(dir: string): BuildInfo | null | string {
  const file = path.join(webRoot(dir), BUILD_INFO_FILE);
  if (!fs.existsSync(file)) return null;
  return parseBuildInfo(fs.readFileSync(file, 'utf8'));
}

export interface VerifyOptions {
  /** refuse when the article count falls below this share of the live site's (0.5 = half) */
  minArticleRatio: number;
  /** an editor really did remove most articles: skip the count check once */
  allowShrink: boolean;
}

/**
 * Checks a finished build before it may go live: the pages a reader lands on exist, and the
 * content has not collapsed (an empty API answer, a wrong token scoped to nothing) compared with
 * what is being served now.
 */
export function verifyRelease(dir: string, live: BuildInfo | null, options: VerifyOptions): { info: BuildInfo | null; problems: string[] } {
  const problems: string[] = [];
  for (const file of ['index.html', 'sitemap-index.xml']) {
    const full = path.join(webRoot(dir), file);
    if (!fs.existsSync(full) || fs.statSync(full).size === 0) problems.push(`thiếu ${file} hoặc tệp rỗng`);
  }
  // Without it the release could not show drafts; readers would not notice, editors would.
  if (!fs.existsSync(previewServerEntry(dir))) problems.push('thiếu server/entry.mjs (máy chủ xem trước)');
  const info = readBuildInfo(dir);
  if (info === null) problems.push('thiếu build-info.json');
  if (typeof info === 'string') problems.push(info);
  const built = typeof info === 'object' ? info : null;
  if (built && live && !options.allowShrink) {
    const floor = Math.ceil(live.counts.articles * options.minArticleRatio);
    if (built.counts.articles < floor) {
      problems.push(
        `số tin bài giảm từ ${live.counts.articles} xuống ${built.counts.articles} (dưới ${Math.round(options.minArticleRatio * 100)}% bản đang chạy); ` +
          'nếu đúng là đã gỡ bớt, dựng lại với REBUILD_ALLOW_SHRINK=true hoặc {"allowShrink": true}',
      );
    }
  }
  return { info: built, problems };
}
