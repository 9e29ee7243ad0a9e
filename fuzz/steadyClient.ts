import { Worker } from 'node:worker_threads'

export type Latencies = { count: number; p50: number; p95: number; max: number; failures: number }

export const summarise = (samples: number[], failures: number): Latencies => {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (share: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0, failures }
}

/**
 * The ordinary users, on a thread of their own: the suite's own thread is busy making and
 * checking hostile requests, and a wait measured there would include its own delays.
 */
const STEADY_LOOPS = `
const { parentPort, workerData } = require('node:worker_threads')
const { baseUrl, loops } = workerData
let running = true
const samples = []
let failures = 0
const loop = async ({ path, headers }) => {
  while (running) {
    const started = performance.now()
    try {
      const response = await fetch(baseUrl + path, { headers, signal: AbortSignal.timeout(30000) })
      await response.arrayBuffer()
      if (!response.ok) failures++
    } catch {
      failures++
    }
    samples.push(performance.now() - started)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
const all = Promise.all(loops.map(loop))
parentPort.once('message', async () => {
  running = false
  await all
  parentPort.postMessage({ samples, failures })
})
`

/**
 * Ordinary users while the suite runs: a clinician listing programs and a visitor reading a
 * technique, each asking again 50 ms after its answer. Returns a stop function with the waits.
 */
export const startSteadyClient = (baseUrl: string, clinicianToken: string, techniqueId: number) => {
  const worker = new Worker(STEADY_LOOPS, {
    eval: true,
    workerData: {
      baseUrl,
      loops: [
        {
          path: '/api/programs?limit=10&depth=1',
          headers: { authorization: `JWT ${clinicianToken}` },
        },
        { path: `/api/techniques/${techniqueId}`, headers: {} },
      ],
    },
  })
  return async (): Promise<Latencies> => {
    const finished = new Promise<{ samples: number[]; failures: number }>((resolve) =>
      worker.once('message', resolve),
    )
    worker.postMessage('stop')
    const { samples, failures } = await finished
    await worker.terminate()
    return summarise(samples, failures)
  }
}
