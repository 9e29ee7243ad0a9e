import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import type { KeptDocument } from '../handouts/snapshot/legacy'
import { mapImages } from '../handouts/snapshot/mapImages'
import type { HandoutSnapshot } from '../handouts/snapshot/schema'
import { snapshotFromKeptDocument } from '../handouts/snapshot/upgrade'

type KeptRow = {
  id: number
  document: KeptDocument
  content_versions: Record<string, string> | null
  template: string
  created_at: string | Date
}

/**
 * Each delivery's kept handout becomes a version 1 snapshot. One that does not upgrade is
 * logged by id and kept as it was in `snapshot`, so its page says it cannot be shown and a
 * resend replaces it: never dropped silently.
 */
export async function up({ db, payload }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`ALTER TABLE "deliveries" ADD COLUMN "snapshot" jsonb;`)
  const { rows } = await db.execute<KeptRow>(
    sql`SELECT id, document, content_versions, template, created_at FROM deliveries WHERE document IS NOT NULL`,
  )
  for (const row of rows) {
    let snapshot: unknown
    try {
      snapshot = snapshotFromKeptDocument(row.document, {
        contentVersions: row.content_versions ?? {},
        template: row.template as HandoutSnapshot['template'],
        createdAt: new Date(row.created_at).toISOString(),
      })
    } catch (error) {
      payload.logger.warn(
        `Delivery ${row.id}: its kept handout does not upgrade to a snapshot (${(error as Error).name}); kept as it was, its page says it cannot be shown.`,
      )
      snapshot = row.document
    }
    await db.execute(
      sql`UPDATE deliveries SET snapshot = ${JSON.stringify(snapshot)}::jsonb WHERE id = ${row.id}`,
    )
  }
  await db.execute(sql`ALTER TABLE "deliveries" DROP COLUMN "document";`)
}

/** Back to the kept handout: each picture as its email size, as the earlier code kept it. */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`ALTER TABLE "deliveries" ADD COLUMN "document" jsonb;`)
  const { rows } = await db.execute<{ id: number; snapshot: HandoutSnapshot }>(
    sql`SELECT id, snapshot FROM deliveries WHERE snapshot->>'schemaVersion' = '1'`,
  )
  for (const { id, snapshot } of rows) {
    const document = mapImages(snapshot.document, ({ key, alt, email }) => ({ key, alt, ...email }))
    await db.execute(
      sql`UPDATE deliveries SET document = ${JSON.stringify(document)}::jsonb WHERE id = ${id}`,
    )
  }
  await db.execute(sql`ALTER TABLE "deliveries" DROP COLUMN "snapshot";`)
}
