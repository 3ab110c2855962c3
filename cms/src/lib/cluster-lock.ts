import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

// Jobs running in this process (SQLite: one process is the only supported layout).
const local = new Set<string>();

/** A stable 64-bit advisory lock key per job name (PostgreSQL takes a signed bigint). */
export function lockKey(name: string): string {
  return createHash('sha256').update(`dbk:${name}`).digest().readBigInt64BE(0).toString();
}

function onPostgres(strapi: Core.Strapi): boolean {
  // Strapi's own name of the database (its knex client underneath is 'pg').
  return strapi.db.config.connection.client === 'postgres';
}

/**
 * Runs `work` unless the same job is already running, in this process or (on PostgreSQL) in any
 * other CMS instance on the same database; answers `{ ran: false }` then. Every instance runs the
 * cron; only the one holding the lock does the work, the others skip that tick.
 *
 * On PostgreSQL the lock is a transaction-level advisory lock held by a transaction of its own
 * for as long as the job runs: it is released at commit, and also by the server when the
 * instance dies mid-job (its connection closes), so a crash never leaves the job locked. The job
 * itself runs on other connections: its own transactions are not nested in this one. That costs
 * one pooled connection while the job runs.
 */
export async function runExclusive<T>(
  strapi: Core.Strapi,
  name: string,
  work: () => Promise<T>,
): Promise<{ ran: true; value: T } | { ran: false }> {
  if (local.has(name)) return { ran: false };
  local.add(name);
  try {
    if (!onPostgres(strapi)) return { ran: true, value: await work() };
    return await (strapi.db.connection as Knex).transaction(async (trx) => {
      const result = (await trx.raw('select pg_try_advisory_xact_lock(?::bigint) as got', [lockKey(name)])) as { rows: { got: boolean }[] };
      if (!result.rows[0]?.got) return { ran: false as const };
      return { ran: true as const, value: await work() };
    });
  } finally {
    local.delete(name);
  }
}
