'use strict';

// The comment's moderation state was stored in a field named `status`, which Strapi 5 reserves for
// draft/published: the admin could not save it. The field is now `moderation`. Strapi runs this file
// once (recorded in `strapi_migrations`), inside a transaction, BEFORE its schema sync; the sync
// would otherwise drop the `status` column it tracked and add an empty `moderation`, losing every
// comment's state. Renaming the column keeps the values (cho_duyet / da_duyet / tu_choi) on SQLite
// and PostgreSQL alike; the sync then only replaces the index named after the old column.
// On a fresh database (no comments table yet, or already `moderation`) it does nothing.

const TABLE = 'comments';
const OLD = 'status';
const NEW = 'moderation';

async function up(knex, db) {
  const schemaName = db && typeof db.getSchemaName === 'function' ? db.getSchemaName() : undefined;
  const schema = () => (schemaName ? knex.schema.withSchema(schemaName) : knex.schema);
  if (!(await schema().hasTable(TABLE))) return;
  if (!(await schema().hasColumn(TABLE, OLD))) return;
  if (await schema().hasColumn(TABLE, NEW)) {
    // Both exist (a start that added `moderation` without this file): the old column holds the truth.
    const rows = schemaName ? knex(TABLE).withSchema(schemaName) : knex(TABLE);
    await rows.update({ [NEW]: knex.ref(OLD) }).whereNotNull(OLD);
    return;
  }
  await schema().alterTable(TABLE, (t) => t.renameColumn(OLD, NEW));
}

module.exports = { up };
