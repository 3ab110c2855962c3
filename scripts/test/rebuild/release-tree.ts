import fs from 'node:fs';
import path from 'node:path';

export type Tree = Record<string, string>;

/** Writes files given as { 'a/b/index.html': content } below dir. */
export function writeTree(dir: string, files: Tree): void {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

/** Every file below dir as a reader sees it (symlinks followed), as { relative path: content }. */
export function readTree(dir: string): Tree {
  const out: Tree = {};
  const walk = (d: string, rel: string) => {
    for (const name of fs.readdirSync(d).sort()) {
      const full = path.join(d, name);
      const r = rel ? `${rel}/${name}` : name;
      if (fs.statSync(full).isDirectory()) walk(full, r);
      else out[r] = fs.readFileSync(full, 'utf8');
    }
  };
  walk(dir, '');
  return out;
}

/** Inode, size, mtime and content of every entry below dir (links not followed): to prove nothing changed. A hard link made elsewhere changes only the link count, not read here. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, rel: string) => {
    for (const name of fs.readdirSync(d).sort()) {
      const full = path.join(d, name);
      const r = rel ? `${rel}/${name}` : name;
      const st = fs.lstatSync(full);
      out[r] = `${st.ino}:${st.size}:${st.mtimeMs}${st.isFile() ? `:${fs.readFileSync(full, 'utf8')}` : ''}`;
      if (st.isDirectory()) walk(full, r);
    }
  };
  walk(dir, '');
  return out;
}

/** Where a symlink leads, resolved one step from its own folder. */
export const linkTarget = (link: string) => path.resolve(path.dirname(link), fs.readlinkSync(link));

/** The page-keys.json of a set of client files: every index.html is a page, keyed by its content. */
export function pageKeysOf(client: Tree): string {
  const pages: Record<string, string> = {};
  for (const [rel, content] of Object.entries(client))
    if (rel.endsWith('index.html')) pages[`/${rel.slice(0, -'index.html'.length)}`] = content;
  return JSON.stringify({ version: 1, pages });
}
