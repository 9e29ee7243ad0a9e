const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs a database write until it is stored, for about a minute: after the mail server accepted
 * a message, recording that it was sent must survive a database restart. A write that seemed
 * to succeed counts only once `isStored` (a fresh read) finds it: Payload's PostgreSQL adapter
 * does not report a COMMIT that fails when the connection drops, so a write can return without
 * having been kept. A write that returns `true` reports its own commit and is not read back;
 * without `isStored`, only such a write counts (one that throws is tried again).
 */
export const untilStored = async (
  write: () => Promise<unknown>,
  isStored: () => Promise<boolean> = async () => false,
  tries = 30,
): Promise<void> => {
  for (let attempt = 1; ; attempt += 1) {
    let failure: unknown = new Error(
      'The write returned, but a fresh read does not find it stored.',
    )
    try {
      // A write that says it was stored (`true`: one committed SQL statement) needs no read.
      if ((await write()) === true || (await isStored())) {
        return
      }
    } catch (error) {
      failure = error
    }
    if (attempt >= tries) {
      throw failure
    }
    await pause(Math.min(250 * 2 ** attempt, 4_000))
  }
}
