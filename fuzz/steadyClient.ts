export type Latencies = { count: number; p50: number; p95: number; max: number; failures: number }

export const summarise = (samples: number[], failures: number): Latencies => {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (share: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0, failures }
}

/**
 * Ordinary users while the suite runs: a clinician listing programs and a visitor reading a
 * technique, each asking again 50 ms after its answer. Returns a stop function with the waits.
 */
export const startSteadyClient = (baseUrl: string, clinicianToken: string, techniqueId: number) => {
  let running = true
  const samples: number[] = []
  let failures = 0
  const loop = async (path: string, headers: Record<string, string>) => {
    while (running) {
      const started = performance.now()
      try {
        const response = await fetch(`${baseUrl}${path}`, {
          headers,
          signal: AbortSignal.timeout(30_000),
        })
        await response.arrayBuffer()
        if (!response.ok) {
          failures++
        }
      } catch {
        failures++
      }
      samples.push(performance.now() - started)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  const loops = [
    loop('/api/programs?limit=10&depth=1', { authorization: `JWT ${clinicianToken}` }),
    loop(`/api/techniques/${techniqueId}`, {}),
  ]
  return async (): Promise<Latencies> => {
    running = false
    await Promise.all(loops)
    return summarise(samples, failures)
  }
}
