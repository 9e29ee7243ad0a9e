import type { Payload } from 'payload'

import { recordOpens, type LinkOpens } from '../patientLinks/links'

/** Visits counted since the last write, per link. */
const pending = new Map<number, LinkOpens>()
let timer: NodeJS.Timeout | undefined
let writing: Promise<void> = Promise.resolve()

/** How long visits wait to be written together: a visit itself writes nothing. */
const FLUSH_AFTER_MS = 2_000

/**
 * Counts a visit to a link; visits are written to the link every two seconds, together, so a
 * page view costs one read and many patients (or one patient reloading) never queue on a row
 * lock and a disk flush each.
 */
export const countOpen = (payload: Payload, link: number, at: Date, network: string) => {
  const opens = pending.get(link)
  const iso = at.toISOString()
  pending.set(link, { count: (opens?.count ?? 0) + 1, at: iso, network })
  timer ??= setTimeout(() => {
    writeOpens(payload).catch((error: unknown) =>
      payload.logger.warn(`Patient link visits not recorded: ${(error as Error).message}`),
    )
  }, FLUSH_AFTER_MS).unref()
}

/** Writes the visits counted so far (the clinician's panel calls it before reading a link). */
export const writeOpens = (payload: Payload): Promise<void> => {
  clearTimeout(timer)
  timer = undefined
  const batch = [...pending]
  pending.clear()
  // One write after another; a failed one does not stop the next.
  writing = writing
    .catch(() => undefined)
    .then(async () => {
      for (const [link, opens] of batch) {
        await recordOpens(payload, link, opens)
      }
    })
  return writing
}
