// Where a fast build keeps its cache (astro.config.mjs cacheDir). Its own folder beside the full
// build's: Astro clears the content store whenever its config differs from the previous build's
// (a fast build turns incremental builds off), and the fast lane's delta sync needs the store of
// its own last sync. Transformed images are another matter: they are named by a hash of the source
// and the transform, the same for both lanes, so the fast cache's assets/ is a link to the full
// cache's, and the first fast build after a full one does not transform again the covers of every
// page it renders (20 s at 10,000 articles, `npm run bench -- --steps gen,cold,fast`). The rebuild
// service runs one build at a time, so the two never write there together.
import fs from 'node:fs';
import path from 'node:path';

export function fastLaneCacheDir(cacheDir: string): string {
  const full = path.resolve(cacheDir);
  const fast = `${full.replace(/\/+$/, '')}-fast-lane`;
  const link = path.join(fast, 'assets');
  // Relative: both folders move together (a copied or renamed var/ keeps working).
  const target = path.relative(fast, path.join(full, 'assets'));
  fs.mkdirSync(path.join(full, 'assets'), { recursive: true });
  fs.mkdirSync(fast, { recursive: true });
  const current = fs.lstatSync(link, { throwIfNoEntry: false });
  if (!current?.isSymbolicLink() || fs.readlinkSync(link) !== target) {
    fs.rmSync(link, { recursive: true, force: true });
    fs.symlinkSync(target, link);
  }
  return fast;
}
