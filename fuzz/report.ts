import type { FuzzResult } from './fuzzServer'
import { summarise, type Latencies } from './steadyClient'

const ms = (value: number) => `${value.toFixed(0)} ms`
const waits = (label: string, l: Latencies) =>
  `  ${label.padEnd(14)} ${String(l.count).padStart(6)} requests  p50 ${ms(l.p50).padStart(7)}  p95 ${ms(l.p95).padStart(7)}  worst ${ms(l.max).padStart(7)}  failed ${l.failures}`

const slowestFamilies = (outcomes: FuzzResult['outcomes']) => {
  const byFamily = new Map<string, number[]>()
  for (const { request, ms: took } of outcomes) {
    byFamily.set(request.family, [...(byFamily.get(request.family) ?? []), took])
  }
  return [...byFamily]
    .map(([family, times]) => ({ family, ...summarise(times, 0) }))
    .sort((a, b) => b.p95 - a.p95)
    .slice(0, 6)
    .map(
      ({ family, p50, p95, max }) =>
        `  ${family.padEnd(20)} p50 ${ms(p50).padStart(7)}  p95 ${ms(p95).padStart(7)}  worst ${ms(max).padStart(7)}`,
    )
}

/** The suite's findings as lines for the terminal. */
export const report = ({
  outcomes,
  planned,
  steady,
  changedRows,
  failed,
}: FuzzResult): string[] => {
  const byClass = new Map<string, number>()
  const byFamily = new Map<string, Map<string, number>>()
  for (const { request, status } of outcomes) {
    const statusClass = status === 0 ? 'no answer' : `${Math.floor(status / 100)}xx`
    byClass.set(statusClass, (byClass.get(statusClass) ?? 0) + 1)
    const family = byFamily.get(request.family) ?? new Map<string, number>()
    family.set(statusClass, (family.get(statusClass) ?? 0) + 1)
    byFamily.set(request.family, family)
  }
  const accepted = outcomes.filter(
    ({ request, status }) =>
      status >= 200 &&
      status < 300 &&
      request.method !== 'GET' &&
      !request.headers?.['x-http-method-override'] &&
      !request.family.startsWith('stall') &&
      request.family !== 'graphql' &&
      // Refreshing one's own session is not a write; its body is ignored.
      !request.path.endsWith('/refresh-token'),
  )
  const slowest = slowestFamilies(outcomes)
  const bad = outcomes.filter(({ status, problem }) => status >= 500 || status === 0 || problem)
  const lines = [
    `Requests: ${outcomes.length} of ${planned} sent`,
    `By status: ${[...byClass].map(([name, count]) => `${name} ${count}`).join(', ')}`,
    'By family:',
    ...[...byFamily].map(
      ([family, counts]) =>
        `  ${family.padEnd(20)} ${[...counts].map(([name, count]) => `${name} ${count}`).join(', ')}`,
    ),
    'Slowest families (time to the whole answer, as the suite saw it):',
    ...slowest,
    `Server errors, leaks, 4xx without a message, no answer: ${bad.length}`,
    ...bad
      .slice(0, 20)
      .map(
        ({ request, status, problem }) =>
          `  ${status} ${request.as} ${request.method} ${request.path.slice(0, 100)}${problem ? ` (${problem})` : ''}`,
      ),
    `Writes answered 2xx (each should have been refused): ${accepted.length}`,
    ...accepted
      .slice(0, 20)
      .map(
        ({ request, status }) =>
          `  ${status} ${request.family} ${request.as} ${request.method} ${request.path.slice(0, 80)} ${(request.body ?? '').slice(0, 120)}`,
      ),
    `Rows of the clinic's data changed, removed or added: ${changedRows.length === 0 ? 'none' : ''}`,
    ...changedRows.map(
      ({ table, changed, removed, added }) =>
        `  ${table}: ${changed} changed, ${removed} removed, ${added} added`,
    ),
  ]
  if (steady) {
    const ratio = steady.during.p95 / Math.max(steady.alone.p95, 1)
    lines.push(
      'Steady client (a clinician listing programs, a visitor reading a technique):',
      waits('alone', steady.alone),
      waits('during fuzz', steady.during),
      `  p95 during / alone: ${ratio.toFixed(2)}× (target ≤ 3×); worst wait ${ms(steady.during.max)} (target ≤ 2,000 ms)`,
    )
  }
  lines.push(failed ? 'FAILED' : 'PASSED')
  return lines
}
