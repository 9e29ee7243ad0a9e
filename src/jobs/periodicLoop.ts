import type { Payload } from 'payload'

export type PeriodicLoop = {
  /** Ends the loop after the pass under way, if any, and waits for it. */
  stop: () => Promise<void>
}

/**
 * A short job run again and again in this process: a pass at once, then one `everyMs` after
 * each pass ends, never two at once. A failed pass (the database away) is logged by its error's
 * name only (database errors can quote values) and tried again at the next.
 */
export const startPeriodicLoop = (
  payload: Payload,
  { what, everyMs, pass }: { what: string; everyMs: number; pass: () => Promise<unknown> },
): PeriodicLoop => {
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> = Promise.resolve()
  const run = () => {
    running = pass()
      .then(
        () => undefined,
        (error: unknown) => {
          payload.logger.warn(
            `${what} failed (${(error as Error)?.name ?? 'Error'}); trying again shortly.`,
          )
        },
      )
      .finally(() => {
        if (!stopped) {
          timer = setTimeout(run, everyMs)
          timer.unref?.()
        }
      })
  }
  run()
  return {
    stop: async () => {
      stopped = true
      clearTimeout(timer)
      await running
    },
  }
}
