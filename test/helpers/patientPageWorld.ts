import { afterAll, beforeAll, expect } from '@jest/globals'
import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'

import { seed } from '../../seeds/seed'
import { closeDeliveryMailer } from '../../src/delivery/mailer'
import type { Condition, Patient, Program } from '../../src/payload-types'
import { createEmailableProgram, deliveriesOf, runDueDeliveries } from './delivery'
import { createStaff, type Staff } from './fixtures'
import { api, logInEveryone, type Session } from './http'
import { startPayload, stopPayload } from './payload'
import { startRestServer } from './restServer'
import { startSmtpServer, type SmtpServer } from './smtpServer'

type World = {
  payload: Payload
  server: Awaited<ReturnType<typeof startRestServer>>
  smtp: SmtpServer
  staff: Staff
  sessions: Awaited<ReturnType<typeof logInEveryone>>
  backPain: Condition
}

/**
 * Everything a patient's program page needs, for one test file: a real SMTP server (SMTP_URL),
 * Payload with the seeded library, the REST server (its address as SERVER_URL, so emailed links
 * point at it), a user and a signed-in session of each role, patient-link lookups unthrottled
 * (PATIENT_LINK_LOOKUPS_PER_MINUTE), and the seeded lower-back-pain condition.
 *
 * Call it at the top of a test file: it registers its own beforeAll and afterAll (which stops
 * everything and removes the settings). Its fields are filled in by that beforeAll: read them
 * inside tests and hooks only.
 */
export const usePatientPageWorld = () => {
  const world = {} as World

  beforeAll(async () => {
    world.smtp = await startSmtpServer()
    process.env.SMTP_URL = world.smtp.url
    world.payload = await startPayload()
    await seed(world.payload)
    world.server = await startRestServer()
    process.env.SERVER_URL = world.server.url
    world.staff = await createStaff(world.payload)
    world.sessions = await logInEveryone(world.server.url, world.staff)
    process.env.PATIENT_LINK_LOOKUPS_PER_MINUTE = '100000'
    world.backPain = (
      await world.payload.find({
        collection: 'conditions',
        where: { slug: { equals: 'lower-back-pain' } },
      })
    ).docs[0]
  })
  afterAll(async () => {
    delete process.env.SMTP_URL
    delete process.env.SERVER_URL
    delete process.env.PATIENT_LINK_LOOKUPS_PER_MINUTE
    closeDeliveryMailer()
    await world.server?.stop()
    await world.smtp?.stop()
    await stopPayload(world.payload)
  })

  /** A request to the REST API in `session`, through the REST server. */
  const callAs = (session: Session, method: string, path: string, body?: unknown) =>
    api(world.server.url, session, method, path, body)

  /** A request as the clinician, through the REST server. */
  const asClinician = (method: string, path: string, body?: unknown) =>
    callAs(world.sessions.clinician, method, path, body)

  /** A patient of the clinician who can be emailed, and a ready program for them. */
  const emailableProgram = (options?: Parameters<typeof createEmailableProgram>[2]) =>
    createEmailableProgram(world.payload, world.staff.clinician, options)

  /** The messages the SMTP server received for the patient, oldest first. */
  const mailsTo = (patient: Patient) =>
    world.smtp.received.filter((mail) => JSON.stringify(mail.to).includes(patient.email!))

  /** Sends the program as the clinician would and returns the email the patient received. */
  const send = async (program: Program, patient: Patient): Promise<ParsedMail> => {
    const before = mailsTo(patient).length
    expect((await asClinician('POST', `/programs/${program.id}/send`)).status).toBe(202)
    await runDueDeliveries(world.payload)
    const mails = mailsTo(patient)
    if (mails.length !== before + 1) {
      const deliveries = await deliveriesOf(world.payload, program.id)
      throw new Error(`not sent: ${JSON.stringify(deliveries.map((d) => [d.status, d.lastError]))}`)
    }
    return mails[mails.length - 1]
  }

  /** The program's patient-link panel, as the clinician's admin reads it. */
  const panel = async (program: Program) =>
    (await asClinician('GET', `/programs/${program.id}/patient-link`)).json

  return Object.assign(world, { asClinician, callAs, emailableProgram, mailsTo, send, panel })
}
