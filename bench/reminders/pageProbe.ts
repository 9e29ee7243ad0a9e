import { performance } from 'node:perf_hooks'

const percentile = (sorted: number[], share: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] : NaN

export type ProbeFigures = { requests: number; p50: number; p95: number; failed: number }

/**
 * A patient opening their page, over and over: `width` clients each asking for `url` as soon as
 * the last answer came, every answer's time kept. It measures what a patient waits, without
 * adding load of its own beyond `width` requests at a time.
 */
export const startPageProbe = (url: string, width = 2) => {
  const times: number[] = []
  let failed = 0
  let running = true
  const client = async () => {
    while (running) {
      const started = performance.now()
      try {
        const response = await fetch(url)
        await response.arrayBuffer()
        if (response.status !== 200) {
          failed += 1
        }
      } catch {
        failed += 1
      }
      times.push(performance.now() - started)
    }
  }
  const clients = Array.from({ length: width }, client)
  return {
    stop: async (): Promise<ProbeFigures> => {
      running = false
      await Promise.all(clients)
      const sorted = [...times].sort((a, b) => a - b)
      return {
        requests: sorted.length,
        p50: percentile(sorted, 0.5),
        p95: percentile(sorted, 0.95),
        failed,
      }
    },
  }
}
