import type { PayloadRequest, Where } from 'payload'

import { sendableProgramStatuses } from '../../collections/vocabularies'
import type { Alert, Delivery, PatientLink, Program } from '../payload-types'
import { idOf } from '../relationships/idOf'

const DAY_MS = 86_400_000

/** Programs whose review date is this close (or past) are due for review. */
export const REVIEW_WITHIN_DAYS = 7
/** A send not opened this long after it went out is listed. */
export const UNOPENED_AFTER_DAYS = 3
const ROWS = 20

type ProgramRef = { id: number; title: string }

export type DashboardData = {
  alerts: Array<
    Pick<Alert, 'id' | 'rule' | 'severity' | 'message' | 'raisedAt'> & { program: ProgramRef }
  >
  dueForReview: Array<{ program: ProgramRef; reviewDate: string; overdue: boolean }>
  unopened: Array<{ program: ProgramRef; lastSentAt: string; lastOpenedAt: string | null }>
  lastSends: Array<{
    id: number
    program: ProgramRef
    sentAt: string
    channel: Delivery['channel']
  }>
}

const programRef = (value: number | Program | null | undefined): ProgramRef => {
  const id = idOf(value as number) as number
  const title =
    value && typeof value === 'object' ? (value.listTitle ?? `Program ${id}`) : `Program ${id}`
  return { id, title }
}

const severityOrder: Record<Alert['severity'], number> = { urgent: 0, high: 1, low: 2 }

/**
 * The clinician's dashboard: their unseen alerts ("Needs attention"), programs due for review,
 * sends not opened after 3 days and the last sends, read as the request's user may read them
 * (clinicians their own patients', admins the clinic's, optionally one clinician's). Each read
 * is an audit event.
 */
export const dashboardData = async (
  req: PayloadRequest,
  now: Date,
  { clinician }: { clinician?: number } = {},
): Promise<DashboardData> => {
  const { payload } = req
  const asUser = { req, overrideAccess: false as const }
  const own = (path: string): Where[] => (clinician ? [{ [path]: { equals: clinician } }] : [])
  const [alerts, dueForReview, links, sends] = await Promise.all([
    payload.find({
      collection: 'alerts',
      where: { and: [{ seenAt: { exists: false } }, ...own('clinician')] },
      sort: '-raisedAt',
      limit: 100,
      depth: 1,
      select: { rule: true, severity: true, message: true, raisedAt: true, program: true },
      populate: { programs: { listTitle: true } },
      ...asUser,
    }),
    payload.find({
      collection: 'programs',
      where: {
        and: [
          { status: { in: [...sendableProgramStatuses] } },
          {
            reviewDate: {
              less_than_equal: new Date(now.getTime() + REVIEW_WITHIN_DAYS * DAY_MS).toISOString(),
            },
          },
          ...own('clinician'),
        ],
      },
      sort: 'reviewDate',
      limit: ROWS,
      depth: 0,
      select: { listTitle: true, reviewDate: true },
      ...asUser,
    }),
    // Whether a link was opened after its last send compares two of its columns, which a
    // query cannot: the links sent 3+ days ago are read newest first and compared here.
    payload.find({
      collection: 'patient-links',
      where: {
        and: [
          { state: { equals: 'active' } },
          {
            lastSentAt: {
              less_than: new Date(now.getTime() - UNOPENED_AFTER_DAYS * DAY_MS).toISOString(),
            },
          },
          ...own('program.clinician'),
        ],
      },
      sort: '-lastSentAt',
      limit: 100,
      depth: 1,
      select: { program: true, lastSentAt: true, lastOpenedAt: true },
      populate: { programs: { listTitle: true } },
      ...asUser,
    }),
    payload.find({
      collection: 'deliveries',
      where: { and: [{ status: { equals: 'sent' } }, ...own('clinician')] },
      sort: '-sentAt',
      limit: 10,
      depth: 1,
      select: { program: true, sentAt: true, channel: true },
      populate: { programs: { listTitle: true } },
      ...asUser,
    }),
  ])
  return {
    alerts: alerts.docs
      .map((alert) => ({
        id: alert.id,
        rule: alert.rule,
        severity: alert.severity,
        message: alert.message,
        raisedAt: alert.raisedAt,
        program: programRef(alert.program),
      }))
      .sort(
        (a, b) =>
          severityOrder[a.severity] - severityOrder[b.severity] ||
          (a.raisedAt < b.raisedAt ? 1 : -1),
      )
      .slice(0, ROWS),
    dueForReview: dueForReview.docs.map((program) => ({
      program: { id: program.id, title: program.listTitle ?? `Program ${program.id}` },
      reviewDate: program.reviewDate as string,
      overdue: Date.parse(program.reviewDate as string) < now.getTime(),
    })),
    unopened: (links.docs as PatientLink[])
      .filter((link) => !link.lastOpenedAt || link.lastOpenedAt < (link.lastSentAt as string))
      .slice(0, ROWS)
      .map((link) => ({
        program: programRef(link.program),
        lastSentAt: link.lastSentAt as string,
        lastOpenedAt: link.lastOpenedAt ?? null,
      })),
    lastSends: sends.docs.map((delivery) => ({
      id: delivery.id,
      program: programRef(delivery.program),
      sentAt: delivery.sentAt as string,
      channel: delivery.channel,
    })),
  }
}
