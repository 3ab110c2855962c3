import fs from 'node:fs';
import path from 'node:path';
import { liveLink, releaseDir } from './releases.ts';

/**
 * Points `live` at a release in one step: a new symlink is made beside it and renamed over it.
 * rename(2) replaces the old link atomically, so every request resolves either the old release or
 * the new one; there is no moment without a site and never a half-written one.
 */
export function swapLive(dataDir: string, id: string): void {
  const target = releaseDir(dataDir, id);
  if (!fs.statSync(target).isDirectory()) throw new Error(`Bản phát hành ${id} không tồn tại`);
  const link = liveLink(dataDir);
  const temp = path.join(dataDir, `.live-${process.pid}-${Date.now()}`);
  // Relative, so the data folder can be moved or mounted elsewhere (nginx in a container).
  fs.symlinkSync(path.relative(dataDir, target), temp);
  try {
    fs.renameSync(temp, link);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw new Error(`Không đổi được ${link} sang ${id}: ${(e as Error).message}`, { cause: e });
  }
}
