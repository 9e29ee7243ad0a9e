import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { LoadFigures } from '../page/load'

/** The bound: audit writes cost the programs list at most 10% of its requests/s. */
export const AUDIT_COST_BOUND = 0.1

type Measure = (url: string, headers: Record<string, string>) => Promise<LoadFigures>
type Side = { url: string; headers: Record<string, string>; cpuMs?: () => number }
type Turn = LoadFigures & { cpuPerRequest?: number }

/**
 * The clinician's programs list on two servers of the same build and database, one recording
 * audit events (as in production) and one started with `AUDIT_EVENTS=off`, measured in turns
 * (on, off, on, off…) so a change in the machine's load falls on both alike. Each side's
 * figure is the mean of its turns.
 */
export const measureAuditCost = async ({
  on,
  off,
  rounds,
  measure,
}: {
  on: Side
  off: Side
  rounds: number
  measure: Measure
}) => {
  const turn = async (side: Side): Promise<Turn> => {
    const before = side.cpuMs?.()
    const figures = await measure(side.url, side.headers)
    const after = side.cpuMs?.()
    return before === undefined || after === undefined || figures.requests === 0
      ? figures
      : { ...figures, cpuPerRequest: (after - before) / figures.requests }
  }
  const onRuns: Turn[] = []
  const offRuns: Turn[] = []
  for (let round = 0; round < rounds; round++) {
    onRuns.push(await turn(on))
    offRuns.push(await turn(off))
  }
  const mean = (runs: Turn[], key: 'perSecond' | 'p95' | 'cpuPerRequest') =>
    runs.reduce((sum, run) => sum + (run[key] ?? NaN), 0) / runs.length
  const cpuOn = mean(onRuns, 'cpuPerRequest')
  const cpuOff = mean(offRuns, 'cpuPerRequest')
  const cpuLine = Number.isNaN(cpuOn + cpuOff)
    ? []
    : [
        `  server CPU per request: ${cpuOn.toFixed(2)} ms on, ${cpuOff.toFixed(2)} ms off: ` +
          `audit costs ${((1 - cpuOff / cpuOn) * 100).toFixed(1)}% of the server's throughput when CPU-bound ` +
          `(steadier than requests/s on a loaded machine)`,
      ]
  const perSecondOn = mean(onRuns, 'perSecond')
  const perSecondOff = mean(offRuns, 'perSecond')
  const cost = 1 - perSecondOn / perSecondOff
  const unexpected = [...onRuns, ...offRuns].reduce((sum, run) => sum + run.unexpected, 0)
  return [
    `Audit trail cost, ${onRuns[0].name}, ${rounds} turn(s) each:`,
    `  audit on : ${perSecondOn.toFixed(0)} req/s (p95 ${mean(onRuns, 'p95').toFixed(0)} ms; turns ${onRuns.map((run) => run.perSecond.toFixed(0)).join(', ')})`,
    `  audit off: ${perSecondOff.toFixed(0)} req/s (p95 ${mean(offRuns, 'p95').toFixed(0)} ms; turns ${offRuns.map((run) => run.perSecond.toFixed(0)).join(', ')})`,
    `  on/off ${(perSecondOn / perSecondOff).toFixed(3)}: audit costs ${(cost * 100).toFixed(1)}% ` +
      `(bound ≤ ${AUDIT_COST_BOUND * 100}%: ${cost <= AUDIT_COST_BOUND ? 'met' : 'NOT met'})` +
      (unexpected ? `  (${unexpected} unexpected answers)` : ''),
    ...cpuLine,
  ]
}

/** Whether the database has the audit trail's table (its migration applied). */
export const hasAuditTable = async (payload: Payload) => {
  const { rows } = await (payload.db as unknown as PostgresAdapter).drizzle.execute<{
    present: boolean
  }>(sql`select to_regclass('audit_events') is not null as present`)
  return Boolean(rows[0]?.present)
}
