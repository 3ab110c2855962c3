import fs from 'node:fs';
import path from 'node:path';
import { webRoot } from '../lib/site.ts';
import { FAST_LANE_FILE, PAGE_KEYS_FILE, SEARCH_DELTA_DIR, SEARCH_KEYS_FILE, readFastLane } from './fast-lane-files.ts';
import { planOverlay, type PlanEntry } from './overlay-plan.ts';

export interface AssemblyResult {
  /** real paths of the release folders this one links into (its base, and older ones the base shared) */
  dependsOn: string[];
  /** entries moved in from the fast build (new or changed files, new directories) */
  taken: number;
  /** directories shared whole by a symlink, files shared by a hard link */
  sharedDirs: number;
  sharedFiles: number;
  /** pages of the base left out */
  removed: number;
}

/**
 * Makes a release from a live one and a fast build (README "Two lanes"): `target`/client is the
 * base's client with the fast build's files replacing or adding to it and the removed pages left
 * out, `target`/server is the base's, and the key files come from the fast build.
 *
 * Nothing is copied and nothing is written into a file that already exists: an unchanged directory
 * becomes a relative symlink to the real directory it resolves to (so a chain of fast releases
 * never points through another fast release's link), an unchanged file in a changed directory a
 * hard link, and the fast build's files are renamed into place (same file system). A reader of the
 * live release, which shares those inodes and directories, sees no change. The fast build folder is
 * consumed; `target` must not exist. On failure `target` is half made: the caller removes it.
 */
export function assembleFastRelease(base: string, fastOut: string, target: string): AssemblyResult {
  const realBase = fs.realpathSync(base);
  const lane = readFastLane(fastOut);
  if (!fs.existsSync(lane.base) || fs.realpathSync(lane.base) !== realBase)
    throw new Error(`bản dựng nhanh được dựng trên ${lane.base}, không phải bản đang chạy ${realBase}`);
  if (!fs.existsSync(path.join(fastOut, PAGE_KEYS_FILE))) throw new Error(`bản dựng nhanh thiếu ${PAGE_KEYS_FILE}`);
  if (fs.existsSync(target)) throw new Error(`thư mục ${target} đã có`);

  // The site names the files to delete (removed pages, emptied archive months, stale redirect pages).
  const removed = new Set(lane.removedFiles);
  const plan = planOverlay(webRoot(realBase), webRoot(fastOut), { removed, whole: new Set([SEARCH_DELTA_DIR]) });
  // Links are relative between real paths: they hold wherever the data folder is mounted (nginx
  // in a container), and resolve to the same real directories the dependencies name.
  const realTarget = path.join(fs.realpathSync(path.dirname(target)), path.basename(target));
  const releasesRoot = path.dirname(realBase);
  const dependsOn = new Set<string>();
  const result: AssemblyResult = { dependsOn: [], taken: 0, sharedDirs: 0, sharedFiles: 0, removed: 0 };

  // The entries of one directory mostly link into one directory of the base: its relative path
  // and owner are worked out once (path.relative for each of 10,000 links costs more than the links).
  const linkPrefixes = new Map<string, string>();
  const linkTo = (from: string, to: string) => {
    const cut = from.lastIndexOf(path.sep);
    const fromDir = from.slice(0, cut);
    const key = `${path.dirname(to)}\0${fromDir}`;
    let prefix = linkPrefixes.get(key);
    if (prefix === undefined) {
      const rel = path.relative(releasesRoot, fromDir);
      const owner = rel.split(path.sep)[0];
      if (!owner || rel.startsWith('..') || path.isAbsolute(rel)) throw new Error(`liên kết ${from} nằm ngoài thư mục các bản phát hành`);
      dependsOn.add(path.join(releasesRoot, owner));
      prefix = path.relative(path.dirname(to), fromDir);
      linkPrefixes.set(key, prefix);
    }
    fs.symlinkSync(prefix ? `${prefix}${path.sep}${from.slice(cut + 1)}` : from.slice(cut + 1), to);
  };
  const materialize = (entries: Map<string, PlanEntry>, dir: string) => {
    fs.mkdirSync(dir);
    for (const [name, entry] of entries) {
      const to = `${dir}${path.sep}${name}`;
      if (entry.kind === 'dir') materialize(entry.entries, to);
      else if (entry.kind === 'take') {
        fs.renameSync(entry.from, to);
        result.taken++;
      } else if (entry.kind === 'share-file') {
        fs.linkSync(entry.from, to);
        result.sharedFiles++;
      } else {
        linkTo(entry.from, to);
        result.sharedDirs++;
      }
    }
  };

  fs.mkdirSync(realTarget);
  materialize(plan, webRoot(realTarget));
  // The preview server is the base's: a fast build changes no code (the code identity is equal).
  linkTo(fs.realpathSync(path.join(realBase, 'server')), path.join(realTarget, 'server'));
  for (const file of [PAGE_KEYS_FILE, SEARCH_KEYS_FILE, FAST_LANE_FILE])
    if (fs.existsSync(path.join(fastOut, file))) fs.renameSync(path.join(fastOut, file), path.join(realTarget, file));
  result.removed = [...removed].filter((f) => fs.existsSync(path.join(webRoot(realBase), f))).length;
  result.dependsOn = [...dependsOn].sort();
  return result;
}
