import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Name search (`where[name][like]=neck`, the admin's search box) is an ILIKE '%…%', which no
// b-tree index serves: trigram indexes do, on the published rows and on the drafts' versions.
const searched = [
  ['techniques', 'name'],
  ['routines', 'name'],
  ['conditions', 'name'],
  ['patients', 'name'],
  ['_techniques_v', 'version_name'],
  ['_routines_v', 'version_name'],
  ['_conditions_v', 'version_name'],
] as const

const indexName = (table: string, column: string) => `${table}_${column}_trgm_idx`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`CREATE EXTENSION IF NOT EXISTS pg_trgm;`)
  for (const [table, column] of searched) {
    await db.execute(
      sql.raw(
        `CREATE INDEX IF NOT EXISTS "${indexName(table, column)}" ON "${table}" USING gin ("${column}" gin_trgm_ops);`,
      ),
    )
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const [table, column] of searched) {
    await db.execute(sql.raw(`DROP INDEX IF EXISTS "${indexName(table, column)}";`))
  }
}
