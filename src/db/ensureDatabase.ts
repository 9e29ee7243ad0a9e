import { mkdir } from 'node:fs/promises'

import {
  embeddedDirectory,
  embeddedUrl,
  EMBEDDED_PORT,
  isListening,
  startEmbeddedDatabase,
  type EmbeddedDatabase,
} from './embedded'
import {
  describeHolder,
  type EmbeddedHolder,
  holderIsGone,
  readHolder,
  removeHolder,
  shortPath,
  thisProcessAsHolder,
  writeHolder,
} from './embeddedHolder'
import { breakLock, lockFolder } from './folderLock'

/** Another process has the embedded database open and serves no connection this one can use. */
export class EmbeddedDatabaseInUse extends Error {
  name = 'EmbeddedDatabaseInUse'
}

/** Opens the folder in this process, announcing the port it serves on beside the folder. */
const open = async (directory: string, release: () => Promise<void>): Promise<EmbeddedDatabase> => {
  const holder = thisProcessAsHolder()
  writeHolder(directory, holder)
  const forget = () => removeHolder(directory)
  process.on('exit', forget)
  try {
    const embedded = await startEmbeddedDatabase({ port: EMBEDDED_PORT })
    writeHolder(directory, { ...holder, port: embedded.port })
    return {
      ...embedded,
      stop: async () => {
        await embedded.stop()
        forget()
        process.off('exit', forget)
        await release()
      },
    }
  } catch (error) {
    forget()
    process.off('exit', forget)
    await release()
    throw error
  }
}

/**
 * Takes the lock on the folder for this process, first clearing one left by a holder that has
 * ended; when another process holds it, says which.
 */
export const claimFolder = async (
  directory: string,
): Promise<{ release: () => Promise<void> } | { holder?: EmbeddedHolder }> => {
  await mkdir(directory, { recursive: true })
  const onLost = (error: Error) =>
    console.error(
      `Lost the lock on ${shortPath(directory)} (${error.message}): another process may open it beside this one.`,
    )
  const release = await lockFolder(directory, onLost)
  if (release) {
    return { release }
  }
  const holder = readHolder(directory)
  if (!holder || !holderIsGone(holder)) {
    return { holder }
  }
  await breakLock(directory)
  removeHolder(directory)
  const retried = await lockFolder(directory, onLost)
  return retried ? { release: retried } : { holder: readHolder(directory) }
}

const openOrJoin = async (directory: string): Promise<EmbeddedDatabase> => {
  const claim = await claimFolder(directory)
  if ('release' in claim) {
    return open(directory, claim.release)
  }
  const { holder } = claim
  if (holder?.port !== undefined && (await isListening(holder.port))) {
    return {
      url: embeddedUrl(holder.port),
      stop: async () => {},
      description: `embedded PGlite served by ${describeHolder(holder)} on port ${holder.port}`,
    }
  }
  throw new EmbeddedDatabaseInUse(
    `The embedded database in ${shortPath(directory)} is open in ${
      holder ? describeHolder(holder) : 'another process'
    }, which serves no connection this command can use${
      holder && holder.port === undefined ? ' (it may still be starting)' : ''
    }. Wait for it to finish or stop it, then try again.`,
  )
}

/**
 * For commands: use `DATABASE_URL` when set; else the embedded database, which one process at
 * a time opens. The first opens `data/pglite` and serves it on a loopback port it writes
 * beside the folder; the others connect to that port, or stop with `EmbeddedDatabaseInUse`.
 */
export const ensureDatabase = async (): Promise<EmbeddedDatabase> => {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, stop: async () => {}, description: 'DATABASE_URL' }
  }
  process.env.EMBEDDED_DATABASE = '1'
  const database = await openOrJoin(embeddedDirectory())
  process.env.DATABASE_URL = database.url
  return database
}
