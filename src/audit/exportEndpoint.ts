import { stringify } from 'csv-stringify/sync'
import { Forbidden, type Endpoint, type Payload, type Where } from 'payload'

import { hasRole } from '../../collections/access/roles'
import { problem } from '../http/problem'
import type { AuditEvent as StoredEvent } from '../payload-types'
import { flushAuditEvents } from './auditWriter'
import { recordAudit } from './recordAudit'

const PAGE = 1000
const DAY_MS = 24 * 60 * 60 * 1000
const DAY = /^\d{4}-\d{2}-\d{2}$/

const columns = [
  { key: 'at', header: 'when' },
  { key: 'userId', header: 'staff id' },
  { key: 'role', header: 'role' },
  { key: 'action', header: 'action' },
  { key: 'collection', header: 'collection' },
  { key: 'recordIds', header: 'record ids' },
  { key: 'network', header: 'client network' },
]

/** `from` and `to` as instants: a day alone (`2026-12-07`) reaches to the end of that day. */
const rangeOf = (params: URLSearchParams): { from?: Date; before?: Date } | Response => {
  const range: { from?: Date; before?: Date } = {}
  for (const name of ['from', 'to'] as const) {
    const value = params.get(name)
    if (value === null || value === '') {
      continue
    }
    const at = new Date(value)
    if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) || isNaN(at.getTime())) {
      return problem(400, `${name} must be a date (2026-12-07) or a time (2026-12-07T14:30:00Z).`)
    }
    if (name === 'from') {
      range.from = at
    } else {
      range.before = DAY.test(value) ? new Date(at.getTime() + DAY_MS) : new Date(at.getTime() + 1)
    }
  }
  if (range.from && range.before && range.from >= range.before) {
    return problem(400, 'from must come before to.')
  }
  return range
}

const rowOf = (event: StoredEvent) => ({
  ...event,
  recordIds: Array.isArray(event.recordIds) ? event.recordIds.join(' ') : '',
})

/** The events of the range, a page at a time, oldest first, as CSV text. */
const csvPages = (payload: Payload, { from, before }: { from?: Date; before?: Date }) => {
  let after = 0
  let first = true
  const encoder = new TextEncoder()
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const where: Where[] = [{ id: { greater_than: after } }]
      if (from) {
        where.push({ at: { greater_than_equal: from.toISOString() } })
      }
      if (before) {
        where.push({ at: { less_than: before.toISOString() } })
      }
      const { docs } = await payload.find({
        collection: 'audit-events',
        where: { and: where },
        sort: 'id',
        limit: PAGE,
        pagination: false,
        depth: 0,
      })
      if (docs.length > 0 || first) {
        controller.enqueue(encoder.encode(stringify(docs.map(rowOf), { header: first, columns })))
      }
      first = false
      if (docs.length < PAGE) {
        controller.close()
        return
      }
      after = docs[docs.length - 1].id
    },
  })
}

/**
 * `GET /api/audit-events/export.csv?from=2026-01-01&to=2026-12-31`: the trail as CSV (oldest
 * first; both bounds optional, a day reaching to its end), for admins only; the export is itself
 * an audit event.
 */
export const auditExportEndpoint: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) {
      throw new Forbidden(req.t)
    }
    const range = rangeOf(req.searchParams)
    if (range instanceof Response) {
      return range
    }
    // The trail as it stands at this request: every event recorded before it, its own excluded.
    await flushAuditEvents(req.payload)
    const asked = new Date()
    if (!range.before || range.before > asked) {
      range.before = asked
    }
    void recordAudit(req, { action: 'export', collection: 'audit-events' })
    const name = `audit-events-${range.from?.toISOString().slice(0, 10) ?? 'start'}-to-${
      req.searchParams.get('to') ? req.searchParams.get('to')!.slice(0, 10) : 'now'
    }.csv`
    return new Response(csvPages(req.payload, range), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
