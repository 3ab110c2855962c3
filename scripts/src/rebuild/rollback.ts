import { listReleases, liveReleaseId } from './releases.ts';
import { swapLive } from './swap.ts';

/**
 * Serves the release before the live one again (or the given one). The newer release stays on
 * disk, so rolling forward is another `npm run rollback -- <id>`.
 */
export function rollback(dataDir: string, to?: string): { from: string | null; to: string } {
  const releases = listReleases(dataDir).map((r) => r.id);
  const live = liveReleaseId(dataDir);
  let target = to;
  if (target) {
    if (!releases.includes(target))
      throw new Error(`Không có bản phát hành "${target}". Các bản hiện có: ${releases.join(', ') || '(không có)'}`);
  } else {
    const older = releases.filter((id) => live === null || id < live);
    target = older.at(-1);
    if (!target) throw new Error(`Không có bản phát hành nào cũ hơn bản đang chạy (${live ?? 'chưa có'}) để quay lại.`);
  }
  swapLive(dataDir, target);
  return { from: live, to: target };
}
