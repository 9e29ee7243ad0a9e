import { ZodError } from 'zod'

import type { HandoutSnapshot } from './schema'
import { snapshotVersions } from './upgrade'

/** A stored snapshot that cannot be read: `issue` says where and why, with none of its data. */
export class UnreadableSnapshot extends Error {
  constructor(readonly issue: string) {
    super(`The stored handout cannot be read (${issue})`)
    this.name = 'UnreadableSnapshot'
  }
}

const describe = (error: ZodError) => {
  const [first] = error.issues
  const where = first.path.length ? first.path.join('.') : 'snapshot'
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : ''
  return `${where}: ${first.message}${more}`
}

/** A snapshot as stored with a delivery, checked and brought to the current schema version. */
export const readSnapshot = (stored: unknown): HandoutSnapshot => {
  const version = (stored as { schemaVersion?: unknown } | null | undefined)?.schemaVersion
  const read = typeof version === 'number' ? snapshotVersions[version] : undefined
  if (!read) {
    throw new UnreadableSnapshot(
      `schemaVersion: ${typeof version === 'number' ? version : 'missing'} is not a version this server reads`,
    )
  }
  try {
    return read(stored)
  } catch (error) {
    if (error instanceof ZodError) {
      throw new UnreadableSnapshot(describe(error))
    }
    throw error
  }
}
