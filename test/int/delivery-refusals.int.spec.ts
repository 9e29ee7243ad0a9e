import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { closeDeliveryMailer } from '../../src/delivery/mailer'

import { createEmailableProgram, deliveriesOf, runDueDeliveries } from '../helpers/delivery'
import { createStaff, type Actor, type Staff } from '../helpers/fixtures'
import { api, logInEveryone, type Session } from '../helpers/http'
import { startPayload, stopPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'
import { startSmtpServer, type SmtpServer } from '../helpers/smtpServer'

let payload: Payload
let server: Awaited<ReturnType<typeof startRestServer>>
let smtp: SmtpServer
let staff: Staff
let sessions: Record<Actor, Session>

const send = (actor: Actor, programId: number) =>
  api(server.url, sessions[actor], 'POST', `/programs/${programId}/send`)

beforeAll(async () => {
  smtp = await startSmtpServer()
  process.env.SMTP_URL = smtp.url
  payload = await startPayload()
  server = await startRestServer()
  staff = await createStaff(payload)
  sessions = await logInEveryone(server.url, staff)
})
afterAll(async () => {
  delete process.env.SMTP_URL
  closeDeliveryMailer()
  await server?.stop()
  await smtp?.stop()
  await stopPayload(payload)
})

describe('A program is not sent', () => {
  it.each([
    ['the patient has no email address', { patient: { email: null } }, 'no email address'],
    [
      'the patient has not agreed to email',
      { patient: { emailConsent: false } },
      'not agreed to receive',
    ],
    ['the program is a draft', { status: 'draft' as const }, 'This program is draft'],
  ])('when %s: 422 with the reason, and nothing is queued', async (_case, options, reason) => {
    const { program } = await createEmailableProgram(payload, staff.clinician, options as never)
    const response = await send('clinician', program.id)
    expect(response.status).toBe(422)
    expect(JSON.stringify(response.json)).toContain(reason)
    expect(await deliveriesOf(payload, program.id)).toHaveLength(0)
  })

  it('when the stored address is not a valid one (imported data): 422', async () => {
    const { patient, program } = await createEmailableProgram(payload, staff.clinician)
    await payload.db.updateOne({
      collection: 'patients',
      id: patient.id,
      data: { email: 'pat at example dot com' },
    })
    const response = await send('clinician', program.id)
    expect(response.status).toBe(422)
    expect(JSON.stringify(response.json)).toContain('not a valid address')
    expect(await deliveriesOf(payload, program.id)).toHaveLength(0)
  })

  it.each([
    ['another clinician', 'otherClinician', '404', 'Not Found'],
    ['an editor', 'editor', '403', 'not allowed'],
    ['an anonymous visitor', 'anonymous', '403', 'not allowed'],
  ] as const)(
    'when %s (%s) asks: %s, and nothing is queued',
    async (_who, actor, status, message) => {
      const { program } = await createEmailableProgram(payload, staff.clinician)
      const response = await send(actor, program.id)
      expect(String(response.status)).toBe(status)
      expect(JSON.stringify(response.json)).toContain(message)
      expect(await deliveriesOf(payload, program.id)).toHaveLength(0)
    },
  )

  it('when there is no such program: 404', async () => {
    expect((await send('admin', 987654)).status).toBe(404)
    expect((await api(server.url, sessions.admin, 'POST', '/programs/abc/send')).status).toBe(404)
  })
})

describe('Who may send and see deliveries', () => {
  it("lets an admin send any clinician's program; only its clinician and admins see the delivery and its PDF", async () => {
    const { patient, program } = await createEmailableProgram(payload, staff.clinician)
    const response = await send('admin', program.id)
    expect(response.status).toBe(202)
    await runDueDeliveries(payload)
    expect(
      smtp.received.filter((mail) => JSON.stringify(mail.to).includes(patient.email!)),
    ).toHaveLength(1)

    const [delivery] = await deliveriesOf(payload, program.id)
    const read = (actor: Actor) =>
      api(server.url, sessions[actor], 'GET', `/deliveries/${delivery.id}`)
    const download = (actor: Actor) =>
      fetch(`${server.url}${delivery.url}`, {
        headers: sessions[actor].token ? { Authorization: `JWT ${sessions[actor].token}` } : {},
      })
    expect((await read('clinician')).status).toBe(200)
    expect((await read('admin')).status).toBe(200)
    for (const actor of ['otherClinician', 'editor', 'anonymous'] as const) {
      expect([403, 404]).toContain((await read(actor)).status)
      expect((await download(actor)).status).toBe(403)
    }
    expect((await download('clinician')).status).toBe(200)

    const listed = await api(
      server.url,
      sessions.otherClinician,
      'GET',
      `/deliveries?where[program][equals]=${program.id}`,
    )
    expect(listed.json).toMatchObject({ totalDocs: 0 })
  })

  it('refuses every write to a delivery, even by an admin', async () => {
    const { program } = await createEmailableProgram(payload, staff.clinician)
    await send('clinician', program.id)
    const [delivery] = await deliveriesOf(payload, program.id)
    for (const actor of ['clinician', 'admin'] as const) {
      expect(
        (
          await api(server.url, sessions[actor], 'PATCH', `/deliveries/${delivery.id}`, {
            status: 'sent',
          })
        ).status,
      ).toBe(403)
      expect(
        (await api(server.url, sessions[actor], 'DELETE', `/deliveries/${delivery.id}`)).status,
      ).toBe(403)
    }
    expect((await payload.findByID({ collection: 'deliveries', id: delivery.id })).status).toBe(
      'queued',
    )
  })

  it('does not let staff run or queue jobs over the API', async () => {
    for (const actor of ['clinician', 'editor'] as const) {
      expect([401, 403]).toContain(
        (await api(server.url, sessions[actor], 'GET', '/payload-jobs/run')).status,
      )
      expect([401, 403]).toContain(
        (await api(server.url, sessions[actor], 'GET', '/payload-jobs')).status,
      )
    }
  })
})
