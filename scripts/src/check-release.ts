// `node scripts/src/check-release.ts <folder> [--live-url https://site/] [--allow-shrink]`
// The rebuild service's checks for CI: the folder has a home page, a sitemap and build info, and
// its article count has not collapsed compared with the site being served now (read over HTTP).
import path from 'node:path';
import { BUILD_INFO_FILE, parseBuildInfo, type BuildInfo } from '@dbk/shared-types';
import { scriptEnv } from './lib/settings.ts';
import { verifyRelease } from './rebuild/verify-release.ts';

const args = process.argv.slice(2);
const urlAt = args.indexOf('--live-url');
const liveUrl = urlAt >= 0 ? args[urlAt + 1] : undefined;
const dir = args.find((a, i) => !a.startsWith('--') && i !== urlAt + 1);
const settings = scriptEnv();
const allowShrink = args.includes('--allow-shrink') || settings.REBUILD_ALLOW_SHRINK;
if (!dir) {
  console.error('Cách dùng: node scripts/src/check-release.ts <thư mục> [--live-url URL] [--allow-shrink]');
  process.exit(2);
}

async function liveInfo(url: string): Promise<BuildInfo | null> {
  try {
    const res = await fetch(new URL(BUILD_INFO_FILE, url.endsWith('/') ? url : `${url}/`), { signal: AbortSignal.timeout(15_000) });
    if (res.ok) {
      const info = parseBuildInfo(await res.text());
      if (typeof info !== 'string') return info;
      console.warn(`${info}: bỏ qua so sánh số tin bài.`);
      return null;
    }
    console.warn(`Không đọc được build-info.json của trang đang chạy (HTTP ${res.status}): bỏ qua so sánh số tin bài.`);
  } catch (e) {
    console.warn(`Không đọc được build-info.json của trang đang chạy (${(e as Error).message}): bỏ qua so sánh số tin bài.`);
  }
  return null;
}

const live = liveUrl ? await liveInfo(liveUrl) : null;
const { info, problems } = verifyRelease(path.resolve(dir), live, {
  minArticleRatio: settings.REBUILD_MIN_ARTICLE_RATIO,
  allowShrink,
});
if (problems.length > 0) {
  console.error(`Bản dựng không đạt kiểm tra: ${problems.join('; ')}`);
  process.exit(1);
}
console.log(`Bản dựng đạt kiểm tra: ${JSON.stringify(info?.counts)}`);
