import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

const require = createRequire(import.meta.url);
// Strapi's ESM build does not load under Node's ESM resolver; its CommonJS build does.
const { createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');
export const CMS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export type DbClient = 'sqlite' | 'postgres';
export const PG_ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestCms {
  strapi: Core.Strapi;
  url: string;
  buildToken: string;
  /** the preview server's token (STRAPI_PREVIEW_TOKEN): reads drafts */
  previewToken: string;
  /** loads a compiled module of the CMS (dist/src/...) */
  load<T>(relative: string): T;
  /** where the data lives: the SQLite file or the PostgreSQL URL */
  database: string;
  /**
   * Stops Strapi and starts it again on the same database (cms.strapi is the new instance).
   * `beforeStop` gets the running instance's connection to rewrite the database first (an old
   * schema, for migration tests); Strapi reads nothing in between.
   */
  restart(beforeStop?: (knex: Knex, schemaName: string | undefined) => Promise<void>): Promise<void>;
  /** stops Strapi; drops the database and the uploads unless asked to keep them (bench --keep) */
  stop(opts?: { keep?: boolean }): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Null when PostgreSQL answers, else the reason it does not (the suite then says why it skips). */
export async function postgresUnavailable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (e) {
    return `PostgreSQL không trả lời tại ${PG_ADMIN_URL}: ${(e as Error).message}`;
  } finally {
    await client.end().catch(() => {});
  }
}

async function createPgDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `dbk_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Boots the real Strapi in this process on a fresh database, seeded with the sample content. */
export async function bootCms(
  client: DbClient,
  extraEnv: Record<string, string> = {},
  opts: { serveAdminPanel?: boolean } = {},
): Promise<TestCms> {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'dbk-cms-'));
  await fs.mkdir(path.join(tmp, 'public', 'uploads'), { recursive: true });
  const pgDb = client === 'postgres' ? await createPgDatabase() : null;
  const port = await freePort();
  const buildToken = randomBytes(32).toString('hex');
  const previewToken = randomBytes(32).toString('hex');
  const secret = () => randomBytes(16).toString('base64');
  Object.assign(process.env, {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    STRAPI_BUILD_TOKEN: buildToken,
    STRAPI_PREVIEW_TOKEN: previewToken,
    ADMIN_EMAIL: 'admin@dangbokhoi.example',
    ADMIN_PASSWORD: 'Dbk-Test-Password-1',
    SEED_SAMPLE_CONTENT: 'true',
    STRAPI_PUBLIC_DIR: path.join(tmp, 'public'),
    STRAPI_TELEMETRY_DISABLED: 'true',
    DATABASE_CLIENT: client,
    DATABASE_FILENAME: path.join(tmp, 'data.db'),
    DATABASE_URL: pgDb?.url ?? '',
    ...extraEnv,
  });
  const start = async () => {
    const before = { SIGTERM: process.listeners('SIGTERM'), SIGINT: process.listeners('SIGINT') };
    const instance = await createStrapi({
      appDir: CMS_DIR,
      distDir: path.join(CMS_DIR, 'dist'),
      autoReload: false,
      serveAdminPanel: opts.serveAdminPanel ?? false,
    }).load();
    // Strapi exits the process on SIGTERM/SIGINT; the test runner owns this process, so drop them.
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      for (const l of process.listeners(signal)) if (!before[signal].includes(l)) process.off(signal, l);
    }
    await instance.listen();
    return instance;
  };
  const destroy = async (instance: Core.Strapi) => {
    // strapi.destroy() calls process.removeAllListeners(), which would cut the test runner's own
    // IPC listeners and end this worker: put back every listener that was there before.
    const saved = process.eventNames().map((name) => [name, process.listeners(name as never)] as const);
    await instance.destroy();
    for (const [name, listeners] of saved) {
      for (const l of listeners) if (!process.listeners(name as never).includes(l)) process.on(name as never, l as never);
    }
  };
  const cms: TestCms = {
    strapi: await start(),
    url: `http://127.0.0.1:${port}`,
    buildToken,
    previewToken,
    database: pgDb?.url ?? path.join(tmp, 'data.db'),
    load: <T>(relative: string) => require(path.join(CMS_DIR, 'dist', 'src', relative)) as T,
    async restart(beforeStop) {
      if (beforeStop) await beforeStop(cms.strapi.db.connection as unknown as Knex, cms.strapi.db.getSchemaName() || undefined);
      await destroy(cms.strapi);
      cms.strapi = await start();
    },
    async stop(stopOpts = {}) {
      await destroy(cms.strapi);
      if (stopOpts.keep) return;
      await pgDb?.drop();
      await fs.rm(tmp, { recursive: true, force: true });
    },
  };
  return cms;
}
