import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BIN, CMS_DIR } from './paths.ts';
import { runNode, startNode, waitForHttp, type Running } from './process.ts';

const STAMP = path.join(CMS_DIR, 'dist', '.source-stamp');

/** A fingerprint of everything `strapi build` consumes, so `npm start` rebuilds only after a change. */
function sourceStamp(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const st = fs.statSync(full);
        hash.update(`${full}:${st.size}:${st.mtimeMs}\n`);
      }
    }
  };
  for (const dir of ['src', 'config']) walk(path.join(CMS_DIR, dir));
  for (const file of ['package.json', 'tsconfig.json']) hash.update(fs.readFileSync(path.join(CMS_DIR, file)));
  return hash.digest('hex');
}

export async function buildCmsIfNeeded(env: NodeJS.ProcessEnv): Promise<boolean> {
  const stamp = sourceStamp();
  const built = fs.existsSync(path.join(CMS_DIR, 'dist', 'build', 'index.html'));
  if (built && fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === stamp) return false;
  await runNode(path.join(BIN, 'strapi'), ['build'], { cwd: CMS_DIR, env: { ...env, NODE_ENV: 'production' }, prefix: '[cms build]' });
  fs.writeFileSync(STAMP, stamp);
  return true;
}

/** `strapi start` on the project's Node (lib/project-node.ts), not yet answering. */
export function spawnCms(env: NodeJS.ProcessEnv, opts: { quiet?: boolean } = {}): Running {
  return startNode(path.join(BIN, 'strapi'), ['start'], {
    cwd: CMS_DIR,
    env: { ...env, NODE_ENV: 'production' },
    prefix: '[cms]',
    quiet: opts.quiet,
  });
}

export const cmsUrlFrom = (env: NodeJS.ProcessEnv) => `http://127.0.0.1:${env.PORT ?? '1337'}`;

export async function startCms(env: NodeJS.ProcessEnv, opts: { quiet?: boolean } = {}): Promise<Running & { url: string }> {
  const url = cmsUrlFrom(env);
  const proc = spawnCms(env, opts);
  await waitForHttp(`${url}/_health`, 240_000, proc);
  return { ...proc, url };
}
