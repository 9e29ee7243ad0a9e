import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { LoadFigures } from '../page/load'

/** The bound: audit writes cost the programs list at most 10% of its requests/s. */
export const AUDIT_COST_BOUND = 0.1

type Measure = (url: string, headers: Record<string, string>) => Promise<LoadFigures>

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
  on: { url: string; headers: Record<string, string> }
  off: { url: string; headers: Record<string, string> }
  rounds: number
  measure: Measure
}) => {
  const onRuns: LoadFigures[] = []
  const offRuns: LoadFigures[] = []
  for (let round = 0; round < rounds; round++) {
    onRuns.push(await measure(on.url, on.headers))
    offRuns.push(await measure(off.url, off.headers))
  }
  const mean = (runs: LoadFigures[], key: 'perSecond' | 'p95') =>
    runs.reduce((sum, run) => sum + run[key], 0) / runs.length
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
  ]
}

/** Whether the database has the audit trail's table (its migration applied). */
export const hasAuditTable = async (payload: Payload) => {
  const { rows } = await (payload.db as unknown as PostgresAdapter).drizzle.execute<{
    present: boolean
  }>(sql`select to_regclass('audit_events') is not null as present`)
  return Boolean(rows[0]?.present)
}
