import fs from 'node:fs';
import path from 'node:path';

// Layout of the data folder (var/ by default):
//   releases/<id>/       one complete site per build, never modified once live; a fast release
//                        shares unchanged subtrees with older releases by symlink (assemble-release.ts)
//   releases/<id>.json   what the service recorded when the release passed its checks
//   live -> releases/<id>  the symlink web servers serve; swapped atomically
//   staging/             the build in progress, always at this path: the build's configuration
//                        (embedded in its pages' code) names its folder, and Astro's incremental
//                        cache reuses a page only when that code is unchanged. Renamed into
//                        releases/<id> once it passed its checks.
//   node_modules         outside the repository only: a link for the server half (lib/site.ts)

export interface ReleaseMeta {
  id: string;
  builtAt: string;
  durationMs: number;
  reasons: string[];
  counts: Record<string, number> | null;
  /** how it was made (README "Two lanes"); absent in metas written before the fast lane: full */
  kind?: 'fast' | 'full';
  /** releases whose folders this one links into: they stay while it stays */
  dependsOn?: string[];
  /** codeIdentity() of what it was built from; a fast build needs the live one's to be equal */
  codeHash?: string;
}

export const releasesDir = (dataDir: string) => path.join(dataDir, 'releases');
export const liveLink = (dataDir: string) => path.join(dataDir, 'live');
export const releaseDir = (dataDir: string, id: string) => path.join(releasesDir(dataDir), id);
export const stagingDir = (dataDir: string) => path.join(dataDir, 'staging');
const metaFile = (dataDir: string, id: string) => path.join(releasesDir(dataDir), `${id}.json`);

/** Sortable as text and safe in a path: 2025-06-05T17-01-00-123Z. */
export function newReleaseId(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

export function writeMeta(dataDir: string, meta: ReleaseMeta): void {
  fs.writeFileSync(metaFile(dataDir, meta.id), `${JSON.stringify(meta, null, 2)}\n`);
}

/** Releases that passed their checks (they have a meta file), oldest first. */
export function listReleases(dataDir: string): ReleaseMeta[] {
  const dir = releasesDir(dataDir);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .filter((id) => fs.existsSync(releaseDir(dataDir, id)))
    .sort()
    .map((id) => readMeta(dataDir, id)!);
}

/** The meta of one release, null when it has none (a build that never passed its checks). */
export function readMeta(dataDir: string, id: string): ReleaseMeta | null {
  const file = metaFile(dataDir, id);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as ReleaseMeta) : null;
}

/** The id of the release being served, or null before the first one. */
export function liveReleaseId(dataDir: string): string | null {
  try {
    return path.basename(fs.readlinkSync(liveLink(dataDir)));
  } catch {
    return null;
  }
}

/** The releases these ones need on disk: themselves and every release they link into, transitively. */
export function withDependencies(releases: ReleaseMeta[], ids: Iterable<string>): Set<string> {
  const byId = new Map(releases.map((r) => [r.id, r]));
  const needed = new Set<string>();
  const add = (id: string) => {
    if (needed.has(id)) return;
    needed.add(id);
    for (const dep of byId.get(id)?.dependsOn ?? []) add(dep);
  };
  for (const id of ids) add(id);
  return needed;
}

/**
 * Keeps the `keep` newest good releases, the live one (after a rollback it may be older) and every
 * release one of those links into (a fast release shares its base's unchanged pages), and removes
 * the rest, including folders of builds that failed or were cut short. Removing a folder removes
 * its symlinks, never what they point at.
 */
export function pruneReleases(dataDir: string, keep: number): string[] {
  const live = liveReleaseId(dataDir);
  const releases = listReleases(dataDir);
  const keepIds = withDependencies(releases, [...releases.slice(-keep).map((r) => r.id), ...(live ? [live] : [])]);
  const removed: string[] = [];
  const dir = releasesDir(dataDir);
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    const id = name.endsWith('.json') ? name.slice(0, -'.json'.length) : name;
    if (keepIds.has(id)) continue;
    fs.rmSync(path.join(dir, name), { recursive: true, force: true });
    if (!name.endsWith('.json')) removed.push(id);
  }
  return removed;
}
