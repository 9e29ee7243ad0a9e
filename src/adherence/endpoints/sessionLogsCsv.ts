import { stringify } from 'csv-stringify/sync'
import type { Endpoint, PayloadRequest } from 'payload'

import { recordAudit } from '../../audit/recordAudit'
import { noStore, programEndpoint } from '../../http/programEndpoint'
import { idOf } from '../../relationships/idOf'

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, return) is kept as text. */
export const spreadsheetSafe = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)

const COLUMNS = ['day', 'routine', 'pain', 'comment', 'logged_at'] as const

/** The program's session logs as CSV rows, oldest first, read as the request's user may. */
export const sessionLogsCsv = async (req: PayloadRequest, programId: number) => {
  const logs = await req.payload.find({
    collection: 'session-logs',
    where: { program: { equals: programId } },
    depth: 0,
    pagination: false,
    sort: ['day', 'loggedAt'],
    select: { day: true, routine: true, pain: true, comment: true, loggedAt: true },
    req,
    overrideAccess: false,
  })
  const routineIds = [...new Set(logs.docs.map((log) => idOf(log.routine as number) as number))]
  const routines = routineIds.length
    ? (
        await req.payload.find({
          collection: 'routines',
          where: { id: { in: routineIds } },
          depth: 0,
          pagination: false,
          select: { name: true },
          req,
          overrideAccess: false,
        })
      ).docs
    : []
  const names = new Map(routines.map((routine) => [routine.id, routine.name]))
  return stringify(
    logs.docs.map((log) => {
      const routine = idOf(log.routine as number) as number
      return [
        log.day,
        spreadsheetSafe(names.get(routine) ?? `Routine ${routine}`),
        log.pain ?? '',
        spreadsheetSafe(log.comment ?? ''),
        log.loggedAt,
      ]
    }),
    { header: true, columns: [...COLUMNS], record_delimiter: 'windows' },
  )
}

/**
 * `GET /api/programs/:id/session-logs.csv`: the program's session logs for staff who may read
 * the program (403 for others, 404 for a program they may not see). The export is an audit event.
 */
export const sessionLogsCsvEndpoint: Endpoint = programEndpoint(
  '/:id/session-logs.csv',
  'get',
  async (req, id) => {
    const csv = await sessionLogsCsv(req, id)
    void recordAudit(req, { action: 'export', collection: 'programs', ids: [id] })
    return new Response(`\uFEFF${csv}`, {
      headers: {
        ...noStore,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="program-${id}-session-logs.csv"`,
      },
    })
  },
)
