// A real Strapi seeded with the sample content, and real `astro build` runs against it.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bootCms, freePort, type TestCms } from '../../../cms/test/harness';
import { linkDependencies, webRoot } from '../../../scripts/src/lib/site.ts';

export const SITE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ASTRO_BIN = path.join(SITE_DIR, '..', 'node_modules', '.bin', 'astro');

export interface BuildResult {
  code: number;
  output: string;
  /** the folder the build was given: client/ and server/ */
  buildDir: string;
  /** the static site readers get (client/) */
  outDir: string;
}

/** Runs the site build as CI and the rebuild service do: a child process with its own env. */
export function buildSite(env: Record<string, string>, outDir?: string): Promise<BuildResult> {
  const dir = outDir ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-site-')), 'build');
  linkDependencies(dir);
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
    child.on('close', (code) => resolve({ code: code ?? 1, output, buildDir: dir, outDir: webRoot(dir) }));
  });
}

/** Removes a build made by buildSite, with the temporary folder around it. */
export function removeBuild(build: BuildResult): void {
  fs.rmSync(path.dirname(build.buildDir), { recursive: true, force: true });
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
  /** where the CMS sends draft previews (preview-suite.ts runs the preview server there) */
  preview: { port: number; secret: string };
}

export async function startCms(): Promise<SiteFixture> {
  const preview = { port: await freePort(), secret: randomBytes(24).toString('hex') };
  const cms = await bootCms('sqlite', { PREVIEW_URL: `http://127.0.0.1:${preview.port}`, PREVIEW_SECRET: preview.secret });
  return { cms, env: { CMS_URL: cms.url, STRAPI_BUILD_TOKEN: cms.buildToken, STRAPI_PREVIEW_TOKEN: cms.previewToken }, preview };
}
