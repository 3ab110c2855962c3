import fs from 'node:fs';
import path from 'node:path';

/**
 * What one entry of the assembled client/ becomes:
 *  - share-dir: a symlink to a real directory of an earlier release (unchanged subtree);
 *  - share-file: a hard link to an earlier release's file (unchanged file in a changed directory);
 *  - share-link: a symlink to whatever an earlier release's symlink pointed at (its real target);
 *  - take: the fast build's file or directory, moved in (new or changed);
 *  - dir: a real directory made here, with entries of its own.
 */
export type PlanEntry =
  | { kind: 'share-dir' | 'share-file' | 'share-link'; from: string }
  | { kind: 'take'; from: string }
  | { kind: 'dir'; entries: Map<string, PlanEntry> };

export interface PlanInput {
  /** files (paths relative to client/, `/`-separated) of the base to leave out: removed pages */
  removed: Set<string>;
  /** directories the fast build replaces whole when it has them (the search delta), never merged */
  whole?: Set<string>;
}

/** Every directory (relative, `/`-separated) above a removed file: these cannot be shared whole. */
function ancestorsOf(removed: Set<string>): Set<string> {
  const dirs = new Set<string>();
  for (const file of removed) {
    const parts = file.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  return dirs;
}

/** Equal content: sizes first, the bytes only when they match. */
function sameFile(a: string, b: string): boolean {
  if (fs.statSync(a).size !== fs.statSync(b).size) return false;
  return fs.readFileSync(a).equals(fs.readFileSync(b));
}

interface BaseEntry {
  /** a real path: a symlink of the base is followed to where it points */
  real: string;
  type: 'dir' | 'file' | 'link';
}

/**
 * The base directory's entries. Releases only ever hold symlinks made by the assembly, whose
 * targets are real directories of other releases (made from real paths, relative), so one readlink
 * finds the real target: a new link never points through an older fast release's link.
 */
function readBase(dir: string): Map<string, BaseEntry> {
  const out = new Map<string, BaseEntry>();
  for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
    // Concatenation, not path.join: tens of thousands of entries, and `dir` is already clean.
    const full = `${dir}${path.sep}${d.name}`;
    if (d.isSymbolicLink()) out.set(d.name, { real: path.resolve(dir, fs.readlinkSync(full)), type: 'link' });
    else out.set(d.name, { real: full, type: d.isDirectory() ? 'dir' : 'file' });
  }
  return out;
}

const isDir = (p: string) => fs.statSync(p).isDirectory();

/**
 * Plans client/ of a fast release: the base's entries, with the fast build's files replacing the
 * ones that differ, its new files added and removed pages left out. A directory the fast build did
 * not change (no entry of its own, or only files equal to the base's) is shared whole; only the
 * directories on the way to a change are made anew. `base` must be a real path (fs.realpathSync).
 */
export function planOverlay(base: string, fast: string | null, input: PlanInput): Map<string, PlanEntry> {
  const removedDirs = ancestorsOf(input.removed);
  const walk = (baseDir: string, fastDir: string | null, rel: string, always = false): Map<string, PlanEntry> | null => {
    const entries = new Map<string, PlanEntry>();
    let changed = false;
    const fastEntries = fastDir ? fs.readdirSync(fastDir, { withFileTypes: true }) : [];
    const fastNames = new Set(fastEntries.map((d) => d.name));
    const baseEntries = readBase(baseDir);
    for (const [name, b] of baseEntries) {
      if (fastNames.has(name)) continue;
      const r = rel ? `${rel}/${name}` : name;
      if (input.removed.has(r)) {
        changed = true;
        continue;
      }
      if (removedDirs.has(r) && (b.type === 'dir' || (b.type === 'link' && isDir(b.real)))) {
        const sub = walk(b.real, null, r);
        changed = true;
        // A page folder left empty by the removal goes: a reader gets 404, not an empty folder.
        if (sub && sub.size > 0) entries.set(name, { kind: 'dir', entries: sub });
        continue;
      }
      entries.set(name, { kind: b.type === 'dir' ? 'share-dir' : b.type === 'file' ? 'share-file' : 'share-link', from: b.real });
    }
    for (const f of fastEntries) {
      const r = rel ? `${rel}/${f.name}` : f.name;
      const from = path.join(fastDir!, f.name);
      const b = baseEntries.get(f.name);
      const bIsDir = b ? b.type === 'dir' || (b.type === 'link' && isDir(b.real)) : false;
      if (b && f.isDirectory() && bIsDir && !input.whole?.has(r)) {
        const sub = walk(b.real, from, r);
        // Everything in it comes from the fast build (a re-rendered page's folder): one rename.
        if (sub && [...sub.values()].every((e) => e.kind === 'take')) {
          entries.set(f.name, { kind: 'take', from });
          changed = true;
        } else if (sub) {
          entries.set(f.name, { kind: 'dir', entries: sub });
          changed = true;
        } else entries.set(f.name, { kind: b.type === 'dir' ? 'share-dir' : 'share-link', from: b.real });
      } else if (b && f.isFile() && !bIsDir && sameFile(from, b.real)) {
        entries.set(f.name, { kind: b.type === 'file' ? 'share-file' : 'share-link', from: b.real });
      } else {
        entries.set(f.name, { kind: 'take', from });
        changed = true;
      }
    }
    return changed || always ? entries : null;
  };
  // The top folder is always made, even if nothing in it changed (so never null here).
  return walk(base, fast, '', true)!;
}
