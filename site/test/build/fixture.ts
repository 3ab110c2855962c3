// A real Strapi seeded with the sample content, and real `astro build` runs against it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bootCms, type TestCms } from '../../../cms/test/harness';

export const SITE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ASTRO_BIN = path.join(SITE_DIR, '..', 'node_modules', '.bin', 'astro');

export interface BuildResult {
  code: number;
  output: string;
  outDir: string;
}

/** Runs the site build as CI and the rebuild service do: a child process with its own env. */
export function buildSite(env: Record<string, string>, outDir?: string): Promise<BuildResult> {
  const dir = outDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-site-'));
  return new Promise((resolve, reject) => {
    const child = spawn(ASTRO_BIN, ['build'], {
      cwd: SITE_DIR,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: 'https://dangbokhoi.example.vn', ...env, SITE_OUT_DIR: dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output, outDir: dir }));
  });
}

export const read = (dir: string, rel: string) => fs.readFileSync(path.join(dir, rel), 'utf8');

/** Every file below dir, relative paths. */
export function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

export interface SiteFixture {
  cms: TestCms;
  env: Record<string, string>;
}

export async function startCms(): Promise<SiteFixture> {
  const cms = await bootCms('sqlite');
  return { cms, env: { CMS_URL: cms.url, STRAPI_BUILD_TOKEN: cms.buildToken } };
}
