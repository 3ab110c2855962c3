import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dayInVietnam } from '@dbk/shared-types/vi-display';
import { ROOT } from '../lib/paths.ts';

// What a build's output depends on besides the CMS content: the site's code, what it imports from
// shared-types, the dependencies' exact versions, the files copied as they are (public/).
const TREES = ['site/src', 'site/public', 'shared-types/src'];
const FILES = ['site/package.json', 'shared-types/package.json', 'package-lock.json'];
const CONFIG = /^astro\.config\.[cm]?[jt]s$/;
// The build settings that change what pages say (addresses in links and images, site/src/env.ts).
const SETTINGS = ['SITE_URL', 'CMS_URL', 'PUBLIC_CMS_URL', 'MEDIA_URL'];

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .flatMap((d) => (d.isFile() ? [path.join(d.parentPath, d.name)] : []));
}

/**
 * The identity of the code a release is built from, recorded in its meta (releases.ts). A fast
 * build renders only the pages whose content key changed and keeps every other page of the live
 * release, which is right only if those pages would come out the same: same code, same
 * dependencies, same settings, same day (the banner and other date-driven parts; the nightly build
 * moves the site to the new day). Any difference sends the publish to a full build. Hashes file
 * contents (about 200 files, a few milliseconds), not times, which a checkout or a copy changes.
 */
export function codeIdentity(env: NodeJS.ProcessEnv, root = ROOT): string {
  const siteDir = path.join(root, 'site');
  const files = [
    ...TREES.flatMap((t) => filesUnder(path.join(root, t))),
    ...FILES.map((f) => path.join(root, f)).filter((f) => fs.existsSync(f)),
    ...fs
      .readdirSync(siteDir)
      .filter((n) => CONFIG.test(n))
      .map((n) => path.join(siteDir, n)),
  ].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(path.relative(root, file).split(path.sep).join('/'));
    hash.update('\0');
    hash.update(fs.readFileSync(file));
    hash.update('\0');
  }
  for (const name of SETTINGS) hash.update(`${name}=${env[name] ?? ''}\0`);
  hash.update(`day=${env.SITE_TODAY || dayInVietnam()}\0`);
  return hash.digest('hex').slice(0, 32);
}
