// Static redirect pages at the old addresses, for hosts with neither nginx nor Caddy: written after
// the build from /chuyen-huong/ban-do.json, and only where the new site has no file of its own
// (a page of the new site always wins over an old address). A fast build (SITE_FAST_BASE) writes
// only the pages that changed, so "the site has a page there" also asks the whole site's page list
// (sitePageFile, from the fast-lane integration), not only this build's files.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { REDIRECT_MAP_FILE, redirectPage, staticRedirectFile, type Redirect } from '../lib/redirects.ts';

export function redirectPages(sitePageFile: (rel: string) => boolean = () => false): AstroIntegration {
  let site = 'http://localhost:4321';
  return {
    name: 'dbk-redirect-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = config.site;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const mapFile = path.join(root, REDIRECT_MAP_FILE);
        if (!fs.existsSync(mapFile)) return;
        const redirects = JSON.parse(fs.readFileSync(mapFile, 'utf8')) as Redirect[];
        let written = 0;
        let skipped = 0;
        for (const r of redirects) {
          const rel = staticRedirectFile(r.from);
          const file = rel && path.join(root, rel);
          if (!rel || !file || !file.startsWith(root) || fs.existsSync(file) || sitePageFile(rel)) {
            skipped++;
            continue;
          }
          fs.mkdirSync(path.dirname(file), { recursive: true });
          fs.writeFileSync(file, redirectPage(r.to, site));
          written++;
        }
        if (redirects.length > 0) logger.info(`Chuyển hướng địa chỉ cũ: ${written} trang tĩnh, ${skipped} chỉ qua nginx/Caddy`);
      },
    },
  };
}
