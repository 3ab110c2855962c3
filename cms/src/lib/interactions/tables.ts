import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

/**
 * Counters live in plain tables of their own, outside Strapi's content types: recording a view
 * must never write to an article (no updatedAt change, no lifecycle, no webhook, no rebuild), and
 * counting needs atomic upserts Strapi's query layer cannot express. Strapi's schema sync leaves
 * tables it did not create alone.
 */
export const TABLES = {
  /** article documentId → views; incremented in SQL, so concurrent requests never lose one */
  viewCounts: 'reader_view_counts',
  /** last counted view per (article, visitor): the dedup window */
  viewMarks: 'reader_view_marks',
  /** visitor hash → last seen: sessions and "online now" */
  visitors: 'reader_visitors',
  /** Việt Nam calendar day → visits started that day */
  visitDays: 'reader_visit_days',
  /** the random salt of the day; older salts are deleted, so old hashes cannot be recomputed */
  salts: 'reader_salts',
} as const;

type Builder = Knex.QueryBuilder;

/** A query on one of our tables, in Strapi's PostgreSQL schema, inside `trx` when given. */
export function table(strapi: Core.Strapi, name: string, trx?: Knex.Transaction): Builder {
  const knex = (trx ?? strapi.db.connection) as Knex;
  const schema = strapi.db.getSchemaName();
  const query = knex(name);
  return schema ? query.withSchema(schema) : query;
}

export function transaction<T>(strapi: Core.Strapi, work: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  return (strapi.db.connection as Knex).transaction(work);
}

type Definition = (t: Knex.CreateTableBuilder) => void;

// Ids are Strapi documentIds (24 characters); hashes are 32 characters of base64url.
const DEFINITIONS: Record<string, Definition> = {
  [TABLES.viewCounts]: (t) => {
    t.string('article_id', 64).primary();
    t.integer('views').notNullable().defaultTo(0);
  },
  [TABLES.viewMarks]: (t) => {
    t.string('article_id', 64).notNullable();
    t.string('visitor', 64).notNullable();
    t.bigInteger('seen_at').notNullable();
    t.primary(['article_id', 'visitor']);
    t.index(['seen_at'], 'reader_view_marks_seen_idx');
  },
  [TABLES.visitors]: (t) => {
    t.string('visitor', 64).primary();
    t.bigInteger('last_seen').notNullable();
    t.index(['last_seen'], 'reader_visitors_seen_idx');
  },
  [TABLES.visitDays]: (t) => {
    t.string('day', 10).primary();
    t.integer('visits').notNullable().defaultTo(0);
  },
  [TABLES.salts]: (t) => {
    t.string('day', 10).primary();
    t.string('salt', 64).notNullable();
  },
};

/** Creates the missing tables; existing ones (and their counts) are kept across restarts. */
export async function ensureTables(strapi: Core.Strapi): Promise<void> {
  for (const [name, define] of Object.entries(DEFINITIONS)) {
    if (await strapi.db.getSchemaConnection().hasTable(name)) continue;
    await strapi.db.getSchemaConnection().createTable(name, define);
  }
}
