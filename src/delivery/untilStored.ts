const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs a database write until it succeeds, for about a minute: after the mail server accepted
 * a message, recording that it was sent must survive a database restart.
 */
export const untilStored = async <T>(write: () => Promise<T>, tries = 30): Promise<T> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write()
    } catch (error) {
      if (attempt >= tries) {
        throw error
      }
      await pause(Math.min(250 * 2 ** attempt, 4_000))
    }
  }
}
