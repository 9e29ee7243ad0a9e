import pg from 'pg'

import { openDatabase } from '../../src/cli/withPayload'

/** Opens the database as a command does, prints how and the holder's notes, and closes it. */
const database = await openDatabase()
console.log(`Database: ${database.description}`)
const client = new pg.Client({ connectionString: database.url })
await client.connect()
const { rows } = await client
  .query<{ text: string }>(
    `SELECT text FROM holder_note WHERE to_regclass('holder_note') IS NOT NULL`,
  )
  .catch(() => ({ rows: [] as Array<{ text: string }> }))
rows.forEach((row) => console.log(`Note: ${row.text}`))
await client.end()
await database.stop()
