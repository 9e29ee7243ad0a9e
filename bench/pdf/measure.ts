import { createHash } from 'node:crypto'
import { performance } from 'node:perf_hooks'

import { memorySampler } from './memory'
import { pageCount } from './pages'
import { median, percentile } from './stats'

export type Result = {
  name: string
  runs: number
  /** The very first render in the process: nothing cached, nothing warmed up. */
  firstMs: number
  medianMs: number
  p95Ms: number
  pages: number
  bytes: number
  /** Resident memory when the measured runs started, and its highest point during them. */
  startRss: number
  peakRss: number
  /** How many different outputs the measured runs produced (1 = the same bytes every time). */
  distinctOutputs: number
  pdf: Buffer
}

export type MeasureOptions = {
  warmup: number
  runs: number
  /** Memory outside this process to count (e.g. the browser's processes), and how often. */
  outside?: { rss: () => Promise<number>; everyMs: number }
}

const timed = async (render: () => Promise<Buffer>) => {
  const start = performance.now()
  const pdf = await render()
  return { pdf, ms: performance.now() - start }
}

/** Renders once cold, `warmup - 1` more times untimed, then `runs` times timed, one by one. */
export const measure = async (
  name: string,
  render: () => Promise<Buffer>,
  { warmup, runs, outside }: MeasureOptions,
): Promise<Result> => {
  const first = await timed(render)
  for (let i = 1; i < warmup; i++) {
    await render()
  }
  const memory = memorySampler(outside?.rss, outside?.everyMs)
  await memory.sample()
  const startRss = process.memoryUsage.rss() + (outside ? await outside.rss() : 0)
  const times: number[] = []
  const hashes = new Set<string>()
  let pdf = first.pdf
  for (let i = 0; i < runs; i++) {
    const run = await timed(render)
    times.push(run.ms)
    pdf = run.pdf
    await memory.sample()
    hashes.add(createHash('sha256').update(pdf).digest('hex'))
  }
  const peakRss = await memory.stop()
  return {
    name,
    runs,
    firstMs: first.ms,
    medianMs: median(times),
    p95Ms: percentile(times, 95),
    pages: await pageCount(pdf),
    bytes: pdf.length,
    startRss,
    peakRss,
    distinctOutputs: hashes.size,
    pdf,
  }
}
