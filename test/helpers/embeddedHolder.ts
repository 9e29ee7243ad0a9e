import pg from 'pg'

import { embeddedDirectory } from '../../src/db/embedded'
import { thisProcessAsHolder, writeHolder } from '../../src/db/embeddedHolder'
import { claimFolder, ensureDatabase } from '../../src/db/ensureDatabase'

/**
 * A process that keeps the embedded database in DATA_DIR open until it is killed, for the lock
 * tests. `serve` opens it as every command does, and leaves a note in it; `lock-only` takes the
 * folder's lock and serves nothing, as a holder still starting up would.
 */
if (process.argv[2] === 'lock-only') {
  const directory = embeddedDirectory()
  if (!('release' in (await claimFolder(directory)))) {
    throw new Error('the folder is held by another process')
  }
  writeHolder(directory, thisProcessAsHolder())
  console.log('holding')
} else {
  const database = await ensureDatabase()
  const client = new pg.Client({ connectionString: database.url })
  await client.connect()
  await client.query(`CREATE TABLE IF NOT EXISTS holder_note (text text)`)
  await client.query(`INSERT INTO holder_note VALUES ('written by process ${process.pid}')`)
  await client.end()
  console.log('serving')
}
setInterval(() => {}, 60_000)
