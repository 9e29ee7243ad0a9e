import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { closeDeliveryMailer } from '../../src/delivery/mailer'
import { requestDelivery } from '../../src/delivery/requestDelivery'
import { runDeliveryQueue } from '../../src/delivery/runDeliveryQueue'
import { createEmailableProgram } from '../helpers/delivery'
import { createStaff } from '../helpers/fixtures'
import { startPayload, stopPayload } from '../helpers/payload'
import { localCluster, restartPostgres } from '../helpers/restartPostgres'
import { startSmtpServer, type SmtpServer } from '../helpers/smtpServer'

const cluster = localCluster()
let payload: Payload
let smtp: SmtpServer

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  delete process.env.SMTP_URL
  closeDeliveryMailer()
  await smtp?.stop()
  await stopPayload(payload)
})

// Needs the machine's own PostgreSQL server to restart: it runs in CI's PostgreSQL pass, and
// is skipped on the embedded database.
describe('Delivery through a database restart', () => {
  ;(cluster ? it : it.skip)(
    'loses nothing and sends nothing twice when PostgreSQL restarts mid-batch',
    async () => {
      let restart: Promise<void> | undefined
      smtp = await startSmtpServer({
        beforeAccepting: () => {
          if (smtp.received.length === 3) {
            restart = restartPostgres(cluster as string)
          }
        },
      })
      process.env.SMTP_URL = smtp.url
      const staff = await createStaff(payload)
      const deliveries: number[] = []
      const addresses = new Set<string>()
      for (let index = 0; index < 10; index += 1) {
        const { patient, program } = await createEmailableProgram(payload, staff.clinician)
        addresses.add(patient.email!)
        const result = await requestDelivery(payload, program.id)
        if ('delivery' in result) {
          deliveries.push(result.delivery.id)
        }
      }
      expect(deliveries).toHaveLength(10)

      const settled = async () => {
        const { totalDocs } = await payload.count({
          collection: 'deliveries',
          where: { id: { in: deliveries }, status: { in: ['sent', 'failed'] } },
        })
        return totalDocs === deliveries.length
      }
      await runDeliveryQueue(payload, {
        concurrency: 2,
        idleMs: 250,
        recoverEveryMs: 2_000,
        done: () => settled().catch(() => false),
      })

      expect(restart).toBeDefined()
      await restart
      const { docs } = await payload.find({
        collection: 'deliveries',
        where: { id: { in: deliveries } },
        pagination: false,
      })
      expect(docs.map((delivery) => delivery.status)).toEqual(deliveries.map(() => 'sent'))
      // Other suites' leftover deliveries on the same database may be sent too: count only ours.
      const ours = smtp.received.filter((mail) =>
        [mail.to].flat().some((to) => to?.value.some((a) => addresses.has(a.address!))),
      )
      const messageIds = ours.map((mail) => mail.messageId)
      expect(new Set(messageIds).size).toBe(10)
      expect(messageIds).toHaveLength(10)
      expect(new Set(docs.map((delivery) => delivery.messageId))).toEqual(new Set(messageIds))
    },
    240_000,
  )
})
