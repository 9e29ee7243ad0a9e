import { rm } from 'node:fs/promises'

import lockfile from 'proper-lockfile'

/** A holder's lock is refreshed every half of this; older than this, it counts as abandoned. */
const staleAfterMs = 20_000

const lockPath = (directory: string) => `${directory}.lock`

/**
 * Takes the lock on `directory` for this process (released when it exits, however it exits
 * short of SIGKILL), or returns undefined when another process holds it.
 */
export const lockFolder = async (
  directory: string,
  onLost: (error: Error) => void,
): Promise<(() => Promise<void>) | undefined> => {
  try {
    return await lockfile.lock(directory, {
      lockfilePath: lockPath(directory),
      realpath: false,
      stale: staleAfterMs,
      onCompromised: onLost,
    })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      return undefined
    }
    throw error
  }
}

/** Removes a lock whose holder is known to have ended. */
export const breakLock = (directory: string) =>
  rm(lockPath(directory), { recursive: true, force: true })
