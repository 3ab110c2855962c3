// A fresh CMS for the benchmark, never the developer's: the real Strapi booted in this process by
// the CMS test harness on a new SQLite file in a temporary folder, or on a new PostgreSQL database
// that is dropped afterwards. The sample content is seeded (categories, settings, pages...), as on
// a first `npm start`.
import { createRequire } from 'node:module';
import path from 'node:path';
import { CMS_DIR, ROOT } from '../lib/paths.ts';
import { scriptEnv } from '../lib/settings.ts';
import type { StrapiDb } from './document-writer.ts';

export type DbClient = 'sqlite' | 'postgres';

export interface FreshCms {
  strapi: StrapiDb & { log: { level: string }; plugin(name: string): { service(name: string): unknown } };
  url: string;
  buildToken: string;
  adminEmail: string;
  adminPassword: string;
  /** the SQLite file or the PostgreSQL URL */
  database: string;
  /** loads a compiled module of the CMS (cms/dist/src/...) */
  load<T>(relative: string): T;
  stop(opts?: { keep?: boolean }): Promise<void>;
}

interface Harness {
  bootCms(client: DbClient, env: Record<string, string>): Promise<Omit<FreshCms, 'adminEmail' | 'adminPassword'>>;
  postgresUnavailable(): Promise<string | null>;
  freePort(): Promise<number>;
}

// Loaded by path: the harness is the CMS suite's code (its own tsconfig), not this package's.
const harnessFile = path.join(ROOT, 'cms', 'test', 'harness.ts');
export const loadHarness = () => import(harnessFile) as Promise<Harness>;

/** Compiles the CMS's TypeScript into cms/dist (as the test suites do; the admin panel is not needed). */
export async function compileCms(): Promise<void> {
  const { compileStrapi } = createRequire(path.join(CMS_DIR, 'package.json'))('@strapi/strapi') as {
    compileStrapi(options: { appDir: string }): Promise<void>;
  };
  await compileStrapi({ appDir: CMS_DIR });
}

export async function bootFreshCms(client: DbClient, env: Record<string, string>): Promise<FreshCms> {
  const harness = await loadHarness();
  if (client === 'postgres') {
    const problem = await harness.postgresUnavailable();
    if (problem) throw new Error(problem);
  }
  const cms = await harness.bootCms(client, env);
  // The harness put the admin's credentials in this process's environment.
  const { ADMIN_EMAIL, ADMIN_PASSWORD } = scriptEnv();
  if (!ADMIN_EMAIL || !ADMIN_PASSWORD) throw new Error('Bộ khung kiểm thử không đặt ADMIN_EMAIL / ADMIN_PASSWORD.');
  return { ...cms, adminEmail: ADMIN_EMAIL, adminPassword: ADMIN_PASSWORD };
}
