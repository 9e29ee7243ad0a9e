import pg from 'pg'

/**
 * Tables that change on their own (jobs, locks, preferences, sessions, the library's change
 * count, which even a save that changes nothing counts), not the clinic's data.
 */
const VOLATILE =
  /^(payload_jobs|payload_locked_documents|payload_preferences|payload_kv|payload_migrations|users_sessions|library_state)/

/**
 * Tables that grow by design: the audit trail records the requests' own sign-ins and reads. A
 * row of theirs changed or removed is still a difference.
 */
const APPEND_ONLY = new Set(['audit_events'])

export type Snapshot = Map<string, Map<string, string>>

/**
 * Every row of the clinic's tables as a digest by id. Login counters and `updated_at` are left
 * out: a save that Payload reduces to nothing (a field the role may not change is dropped)
 * still stamps the time, and changes nothing else.
 */
export const takeSnapshot = async (databaseUrl: string): Promise<Snapshot> => {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.columns
       WHERE table_schema = 'public' AND column_name = 'id' ORDER BY table_name`,
    )
    const snapshot: Snapshot = new Map()
    for (const { name } of tables.filter(({ name }) => !VOLATILE.test(name))) {
      const { rows } = await client.query<{ id: string; digest: string }>(
        `SELECT id::text AS id, md5((to_jsonb(t) - 'login_attempts' - 'lock_until' - 'updated_at')::text) AS digest
         FROM "${name}" t`,
      )
      snapshot.set(name, new Map(rows.map(({ id, digest }) => [id, digest])))
    }
    return snapshot
  } finally {
    await client.end()
  }
}

/** Rows changed, removed or added between two snapshots, by table. */
export const differences = (before: Snapshot, after: Snapshot) => {
  const found: { table: string; changed: number; removed: number; added: number }[] = []
  for (const table of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(table) ?? new Map<string, string>()
    const now = after.get(table) ?? new Map<string, string>()
    let changed = 0
    let removed = 0
    for (const [id, digest] of old) {
      if (!now.has(id)) {
        removed++
      } else if (now.get(id) !== digest) {
        changed++
      }
    }
    const added = APPEND_ONLY.has(table) ? 0 : [...now.keys()].filter((id) => !old.has(id)).length
    if (changed || removed || added) {
      found.push({ table, changed, removed, added })
    }
  }
  return found
}
