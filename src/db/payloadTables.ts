import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { Column, getTableColumns, sql } from '@payloadcms/db-postgres/drizzle'
import type { AnyPgColumn, PgTable } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { CollectionSlug, GlobalSlug, Payload } from 'payload'

/** A table of Payload's, with the columns our SQL names, keyed as Payload keys them (field names). */
export type PayloadTable<Columns extends string> = PgTable & { [Name in Columns]: AnyPgColumn }

/** Payload's schema no longer has a table or column our SQL names. */
export class PayloadSchemaError extends Error {
  name = 'PayloadSchemaError'
}

/** The drizzle tables the postgres adapter built from the collections and globals. */
const tablesOf = (payload: Payload) => {
  const adapter = payload.db as unknown as Partial<PostgresAdapter>
  if (!adapter.tables || !adapter.tableNameMap) {
    throw new PayloadSchemaError(
      `The database adapter (${payload.db.name}) has no drizzle tables (payload.db.tables, ` +
        'payload.db.tableNameMap): the SQL in src/db/payloadTables.ts needs the postgres adapter.',
    )
  }
  return { tables: adapter.tables, names: adapter.tableNameMap }
}

/** The columns `slug`'s table lacks among `columns` (empty when it has them all). */
export const missingColumns = (
  payload: Payload,
  slug: CollectionSlug | GlobalSlug,
  columns: readonly string[],
): string[] => {
  const { tables, names } = tablesOf(payload)
  // Payload names a collection's table after its slug in snake case (drizzle's tableNameMap).
  const name = names.get(slug.replace(/-/g, '_'))
  const table = name ? (tables[name] as PgTable | undefined) : undefined
  if (!table) {
    return [`the table of ${slug}`]
  }
  const present = getTableColumns(table) as Record<string, unknown>
  return columns
    .filter((column) => !(present[column] instanceof Column))
    .map((column) => `${name}.${column}`)
}

/** Tables already checked, per adapter's schema: the check runs at a query's first use. */
const checked = new WeakMap<object, Map<string, PgTable>>()

/**
 * The table of a collection or global as Payload's postgres adapter built it, checked (at first
 * use) to have every column, by field name, our SQL uses: a field renamed or removed fails
 * here, naming it, instead of in SQL that names a column by string.
 */
export const payloadTable = <Columns extends string>(
  payload: Payload,
  slug: CollectionSlug | GlobalSlug,
  columns: readonly Columns[],
): PayloadTable<Columns> => {
  const { tables, names } = tablesOf(payload)
  const key = `${slug}:${columns.join(',')}`
  const known = checked.get(tables) ?? new Map<string, PgTable>()
  checked.set(tables, known)
  if (!known.has(key)) {
    const missing = missingColumns(payload, slug, columns)
    if (missing.length > 0) {
      throw new PayloadSchemaError(`Payload's schema no longer has ${missing.join(', ')}`)
    }
    known.set(key, tables[names.get(slug.replace(/-/g, '_'))!] as PgTable)
  }
  return known.get(key) as PayloadTable<Columns>
}

/** A column's name, for SQL written with `sql` (an `INSERT … SELECT`'s column list, say). */
export const columnName = (column: AnyPgColumn) => sql.identifier(column.name)

/**
 * A value cast to a column's type: in `INSERT … SELECT`, a value takes no type from the column
 * it goes into, so a string meant for an enum, a timestamp or a number must say so.
 */
export const asColumnType = (column: AnyPgColumn, value: unknown) =>
  sql`${value}::${sql.raw(column.getSQLType())}`
