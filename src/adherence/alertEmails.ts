import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { and, eq, gt, isNull, lt, notInArray, or, sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import type { AlertRule, AlertSeverity } from '../../collections/vocabularies'
import { payloadTable } from '../db/payloadTables'
import { deliveryMailer } from '../delivery/mailer'
import { mailFrom } from '../email/transport'
import { publicOrigin } from '../patientLinks/linkUrl'
import { alertEmail } from './alertEmail'

/** A clinician gets at most one alert email in this long. */
export const ALERT_EMAIL_INTERVAL_MS = 5 * 60_000

const ALERT_COLUMNS = [
  'id',
  'clinician',
  'rule',
  'severity',
  'seenAt',
  'emailBatch',
  'emailClaimedAt',
  'emailedAt',
] as const

/**
 * A batch claimed this long ago and never stamped was claimed by a worker that stopped before
 * it finished (sending one takes seconds): its alerts are claimed again with the next batch.
 */
export const ALERT_CLAIM_STALE_MS = 10 * 60_000

export type AlertEmailOutcome = { sent: number; failed: number }

/**
 * Emails each clinician the alerts raised for them since their last email, at most once per
 * 5 minutes. One statement claims every unseen, unemailed alert of the clinicians with no claim
 * in the last 5 minutes into a batch per clinician (rows another worker claimed are skipped, so
 * each alert is in one batch only); each batch is then sent once and stamped. A batch the mail
 * server refuses is released, to go out with the next one after the interval; one left claimed
 * by a worker that stopped goes out with the next batch once its claim is stale.
 */
export const sendAlertEmails = async (payload: Payload, now: Date): Promise<AlertEmailOutcome> => {
  const alerts = payloadTable(payload, 'alerts', ALERT_COLUMNS)
  const { drizzle } = payload.db as unknown as PostgresAdapter
  const at = now.toISOString()
  const since = new Date(now.getTime() - ALERT_EMAIL_INTERVAL_MS).toISOString()
  const stale = new Date(now.getTime() - ALERT_CLAIM_STALE_MS).toISOString()
  const recentlyEmailed = drizzle
    .select({ clinician: alerts.clinician })
    .from(alerts)
    .where(gt(alerts.emailClaimedAt, since))
  const claimed = await drizzle
    .update(alerts)
    .set({
      emailBatch: sql`${alerts.clinician}::text || ${`@${at}`}`,
      emailClaimedAt: at,
    } as Record<(typeof ALERT_COLUMNS)[number], unknown>)
    .where(
      and(
        or(isNull(alerts.emailBatch), lt(alerts.emailClaimedAt, stale)),
        isNull(alerts.emailedAt),
        isNull(alerts.seenAt),
        notInArray(alerts.clinician, recentlyEmailed),
      ),
    )
    .returning({
      clinician: alerts.clinician,
      rule: alerts.rule,
      severity: alerts.severity,
      batch: alerts.emailBatch,
    })
  const batches = new Map<string, { clinician: number; alerts: typeof claimed }>()
  for (const row of claimed) {
    const key = String(row.batch)
    const batch = batches.get(key) ?? { clinician: Number(row.clinician), alerts: [] }
    batch.alerts.push(row)
    batches.set(key, batch)
  }
  const outcome: AlertEmailOutcome = { sent: 0, failed: 0 }
  for (const [key, batch] of batches) {
    const stamp = (values: Partial<Record<(typeof ALERT_COLUMNS)[number], unknown>>) =>
      drizzle
        .update(alerts)
        .set(values as Record<(typeof ALERT_COLUMNS)[number], unknown>)
        .where(eq(alerts.emailBatch, key))
    try {
      const clinician = await payload.findByID({
        collection: 'users',
        id: batch.clinician,
        depth: 0,
        select: { email: true },
      })
      const message = alertEmail(
        batch.alerts.map((alert) => ({
          rule: alert.rule as AlertRule,
          severity: alert.severity as AlertSeverity,
        })),
        `${publicOrigin()}/admin`,
      )
      await deliveryMailer().transporter.sendMail({
        from: mailFrom(),
        to: clinician.email,
        ...message,
      })
      await stamp({ emailedAt: at })
      outcome.sent += 1
    } catch (error) {
      await stamp({ emailBatch: null })
      payload.logger.error(
        `An alert email (${batch.alerts.length} ${batch.alerts.length === 1 ? 'alert' : 'alerts'}) was not sent; it goes with the next batch: ${(error as Error).message}`,
      )
      outcome.failed += 1
    }
  }
  return outcome
}
