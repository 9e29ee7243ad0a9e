import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { closeDeliveryMailer } from '../../src/delivery/mailer'
import { requestDelivery } from '../../src/delivery/requestDelivery'
import { recoverDeliveries } from '../../src/delivery/recoverDeliveries'
import { runDeliveryQueue } from '../../src/delivery/runDeliveryQueue'
import { workerMayBeAlive } from '../../src/delivery/workerIdentity'
import type { Delivery } from '../../src/payload-types'
import { createEmailableProgram, pause, runDueDeliveries } from '../helpers/delivery'
import { createStaff, type Staff } from '../helpers/fixtures'
import { freePort } from '../helpers/freePort'
import { startPayload, stopPayload } from '../helpers/payload'
import { startScript } from '../helpers/script'
import { startSmtpServer, type SmtpServer } from '../helpers/smtpServer'

let payload: Payload
let staff: Staff
let smtp: SmtpServer | undefined

const useSmtp = async (options: Parameters<typeof startSmtpServer>[0] = {}) => {
  smtp = await startSmtpServer(options)
  process.env.SMTP_URL = smtp.url
  return smtp
}
const queueProgram = async () => {
  const { patient, program } = await createEmailableProgram(payload, staff.clinician)
  const result = await requestDelivery(payload, program.id)
  if (!('delivery' in result)) {
    throw new Error(result.refused)
  }
  return { patient, program, delivery: result.delivery }
}
const current = (delivery: Pick<Delivery, 'id'>) =>
  payload.findByID({ collection: 'deliveries', id: delivery.id, depth: 0 })
const to = (server: SmtpServer, address: string) =>
  server.received.filter((mail) => JSON.stringify(mail.to).includes(address))

/** Runs due jobs, waiting out the retry backoff, until the delivery is sent or failed. */
const runUntilSettled = async (delivery: Pick<Delivery, 'id'>) => {
  for (let pass = 0; pass < 40; pass += 1) {
    await runDueDeliveries(payload)
    const { status } = await current(delivery)
    if (status === 'sent' || status === 'failed') {
      return
    }
    await pause(250)
  }
}

beforeAll(async () => {
  payload = await startPayload()
  staff = await createStaff(payload)
})
afterEach(async () => {
  closeDeliveryMailer()
  await smtp?.stop()
  smtp = undefined
  delete process.env.SMTP_URL
})
afterAll(async () => {
  await stopPayload(payload)
})

describe('Delivery through mail server faults', () => {
  it('sends exactly once when the mail server is down at first and comes back', async () => {
    const port = await freePort()
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`
    const { patient, delivery } = await queueProgram()

    await runDueDeliveries(payload)
    const waiting = await current(delivery)
    expect(waiting.status).toBe('queued')
    expect(waiting.attempts).toMatchObject([
      { outcome: 'retry', error: expect.stringMatching(/ECONNREFUSED|ECONNECTION/) },
    ])

    const server = await useSmtp({ port })
    await runUntilSettled(delivery)
    expect(to(server, patient.email!)).toHaveLength(1)
    const sent = await current(delivery)
    expect(sent.status).toBe('sent')
    expect(sent.attempts?.map((attempt) => attempt.outcome)).toEqual(['retry', 'sent'])
    await runDueDeliveries(payload)
    expect(to(server, patient.email!)).toHaveLength(1)
  })

  it('keeps sending the next messages while the mail server is slow to accept one', async () => {
    let arrivedMeanwhile: () => void = () => undefined
    const later = new Promise<'the later message arrived first'>((resolve) => {
      arrivedMeanwhile = () => resolve('the later message arrived first')
    })
    const slow = await queueProgram()
    const next = await queueProgram()
    const last = await queueProgram()
    let heldUntil: string | undefined
    const addressOf = (mail: { to?: unknown }) => JSON.stringify(mail.to)
    await useSmtp({
      beforeAccepting: async (mail) => {
        if (addressOf(mail).includes(last.patient.email!)) {
          arrivedMeanwhile()
        }
        if (addressOf(mail).includes(slow.patient.email!)) {
          heldUntil = await Promise.race([
            later,
            pause(20_000).then(() => 'the slow message was accepted first'),
          ])
        }
      },
    })
    const ours = [slow, next, last].map(({ delivery }) => delivery.id)

    await runDeliveryQueue(payload, {
      concurrency: 2,
      idleMs: 100,
      checkEveryMs: 100,
      done: async () =>
        (
          await payload.count({
            collection: 'deliveries',
            where: { id: { in: ours }, status: { equals: 'sent' } },
          })
        ).totalDocs === 3,
    })

    expect(heldUntil).toBe('the later message arrived first')
  }, 60_000)

  it('retries after a 4xx reply and sends once', async () => {
    let refusals = 0
    const server = await useSmtp({
      refuseRecipient: () =>
        refusals++ < 2 ? { code: 451, message: '4.7.1 Greylisted, try again later' } : undefined,
    })
    const { patient, delivery } = await queueProgram()
    await runUntilSettled(delivery)

    expect(to(server, patient.email!)).toHaveLength(1)
    const sent = await current(delivery)
    expect(sent.status).toBe('sent')
    expect(sent.attempts?.map((attempt) => attempt.outcome)).toEqual(['retry', 'retry', 'sent'])
    expect(sent.attempts?.[0].error).toContain('451')
  })

  it("retries after a 4xx reply in the worker's loop, after the backoff, and leaves no job behind", async () => {
    let refusals = 0
    const server = await useSmtp({
      refuseRecipient: () =>
        refusals++ < 1 ? { code: 451, message: '4.7.1 Greylisted, try again later' } : undefined,
    })
    const { patient, delivery } = await queueProgram()
    await runDeliveryQueue(payload, {
      idleMs: 50,
      checkEveryMs: 50,
      done: async () => ['sent', 'failed'].includes((await current(delivery)).status),
    })

    expect(to(server, patient.email!)).toHaveLength(1)
    const sent = await current(delivery)
    expect(sent.attempts?.map((attempt) => attempt.outcome)).toEqual(['retry', 'sent'])
    const [first, second] = sent.attempts!.map((attempt) => Date.parse(attempt.at))
    expect(second - first).toBeGreaterThanOrEqual(200)
    const { totalDocs } = await payload.count({
      collection: 'payload-jobs',
      where: { 'input.delivery': { equals: delivery.id } },
    })
    expect(totalDocs).toBe(0)
  })

  it('records a 5xx reply as a failure and does not retry it', async () => {
    const server = await useSmtp({
      refuseRecipient: (address) => ({
        code: 550,
        message: `5.1.1 <${address.address}>: Recipient address rejected: User unknown`,
      }),
    })
    const { patient, delivery } = await queueProgram()
    await runUntilSettled(delivery)

    const failed = await current(delivery)
    expect(failed.status).toBe('failed')
    expect(failed.failedAt).toBeTruthy()
    expect(failed.attempts).toMatchObject([
      { outcome: 'failed', error: expect.stringContaining('550') },
    ])
    expect(failed.lastError).toContain('User unknown')
    expect(failed.lastError).not.toContain(patient.email)

    await pause(1_000)
    await runDueDeliveries(payload)
    expect((await current(delivery)).attempts).toHaveLength(1)
    expect(to(server, patient.email!)).toHaveLength(0)
  })

  it('never sends a second copy when the worker is killed after the mail server accepted the message', async () => {
    let worker: ReturnType<typeof startScript> | undefined
    const server = await useSmtp({ beforeAccepting: () => worker?.kill() })
    const { patient, delivery } = await queueProgram()

    worker = startScript('src/cli/jobs.ts', ['--until-idle'], {
      SMTP_URL: server.url,
      DATABASE_PUSH: 'false',
    })
    await worker.exited
    expect(to(server, patient.email!)).toHaveLength(1)
    const interrupted = await current(delivery)
    expect(interrupted.status).toBe('sending')
    // The script's own process may outlive its launcher by a moment.
    for (let wait = 0; wait < 50 && workerMayBeAlive(interrupted.claimedBy!); wait += 1) {
      await pause(100)
    }

    expect(await recoverDeliveries(payload)).toMatchObject({ interrupted: 1 })
    await runDueDeliveries(payload)
    const recorded = await current(delivery)
    expect(recorded.status).toBe('failed')
    expect(recorded.attempts?.at(-1)).toMatchObject({ outcome: 'unconfirmed' })
    expect(recorded.lastError).toContain('may have arrived')
    expect(to(server, patient.email!)).toHaveLength(1)
  })
})
