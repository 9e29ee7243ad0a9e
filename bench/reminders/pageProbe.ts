import { performance } from 'node:perf_hooks'

const percentile = (sorted: number[], share: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] : NaN

export type ProbeFigures = { requests: number; p50: number; p95: number; failed: number }

/**
 * Patients opening their page: `width` clients each asking for `url` every `everyMs` (or as soon
 * as the last answer came, when it took longer), every answer's time kept. Paced, it measures
 * what a patient waits without becoming the load itself (about 20 requests a second).
 */
export const startPageProbe = (url: string, width = 2, everyMs = 100) => {
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
      const took = performance.now() - started
      times.push(took)
      if (running && took < everyMs) {
        await new Promise((resolve) => setTimeout(resolve, everyMs - took))
      }
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
