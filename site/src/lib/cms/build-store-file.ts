// The content store file of an `astro build`: Astro's rule (astro/dist/content/paths.js
// getDataStoreFile, single-file storage) for the build's cacheDir. One place, read by the
// integration that copies the store beside the bundle and by the loaders of a fast build.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export const buildStoreFile = (cacheDir: URL): string => fileURLToPath(new URL('data-store.json', cacheDir));

let forgotten = false;

/**
 * In a fast build, the previous store file is deleted once Astro has read it (before any loader
 * runs, astro/dist/core/sync), so that its write after the sync does not read the whole previous
 * file back first: Astro's writeFileAtomic compares the old text with the new to skip an identical
 * write, which a delta sync never makes (its sync times change), and at 10,000 articles reading
 * 35 MB as UTF-8 cost 0.5 s of every publish (the CPU profile of `npm run bench -- --steps
 * gen,cold,fast --profile-fast`). A build that fails after this leaves no store: the next fast
 * build reads every entry from the CMS, as after any lost cache. Full builds keep Astro's way.
 */
export function forgetPreviousStore(cacheDir: URL, fastBuild: boolean): void {
  if (forgotten || !fastBuild) return;
  forgotten = true;
  fs.rmSync(buildStoreFile(cacheDir), { force: true });
}
