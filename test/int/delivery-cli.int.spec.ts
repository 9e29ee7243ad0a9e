import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { Patient, Program } from '../../src/payload-types'
import { createEmailableProgram, deliveriesOf } from '../helpers/delivery'
import { createStaff, type Staff } from '../helpers/fixtures'
import { startPayload, stopPayload } from '../helpers/payload'
import { startScript } from '../helpers/script'
import { startSmtpServer, type SmtpServer } from '../helpers/smtpServer'

let payload: Payload
let staff: Staff
let smtp: SmtpServer
// Addresses refused once with a 4xx: per address, since other suites' queued deliveries share the database.
const greylistOnce = new Set<string>()
const unknownMailboxes = new Set<string>()

const send = async (...args: string[]) => {
  const script = startScript('src/cli/send.ts', args, {
    SMTP_URL: smtp.url,
    DATABASE_PUSH: 'false',
    DELIVERY_RETRY_DELAY_MS: '200',
  })
  return { code: await script.exited, output: script.output() }
}
const personalData = (patients: Patient[]) =>
  patients.flatMap((patient) => [patient.name, patient.email!])

beforeAll(async () => {
  smtp = await startSmtpServer({
    refuseRecipient: ({ address }) => {
      if (unknownMailboxes.has(address)) {
        return {
          code: 550,
          message: `5.1.1 <${address}>: Recipient address rejected: User unknown`,
        }
      }
      if (greylistOnce.delete(address)) {
        return { code: 451, message: `4.7.1 <${address}>: Greylisted, try again later` }
      }
      return undefined
    },
  })
  payload = await startPayload()
  staff = await createStaff(payload)
})
afterAll(async () => {
  await smtp?.stop()
  await stopPayload(payload)
})

describe('npm run send', () => {
  let accepted: { patient: Patient; program: Program }
  let rejected: { patient: Patient; program: Program }
  let unconsented: { patient: Patient; program: Program }

  it('sends the listed programs with a progress bar, reports each failure, and prints no personal data', async () => {
    accepted = await createEmailableProgram(payload, staff.clinician)
    rejected = await createEmailableProgram(payload, staff.clinician)
    unconsented = await createEmailableProgram(payload, staff.clinician, {
      patient: { emailConsent: false },
    })
    unknownMailboxes.add(rejected.patient.email!)
    greylistOnce.add(accepted.patient.email!)

    const { code, output } = await send(
      '--program',
      `${accepted.program.id},${rejected.program.id}`,
      '--program',
      String(unconsented.program.id),
    )

    expect(output).toContain('Queued 2; 0 already sent or on their way; 1 not sendable.')
    expect(output).toContain(`Program ${unconsented.program.id}: This patient has not agreed`)
    expect(output).toMatch(/Sending \[[^\]]*\] \d+\/2/)
    expect(output).toContain('Sent 1, failed 1, waiting to retry 0.')
    expect(output).toContain(`Program ${rejected.program.id}: failed: SMTP 550`)
    expect(code).toBe(1)
    for (const text of personalData([accepted.patient, rejected.patient, unconsented.patient])) {
      expect(output).not.toContain(text)
    }
    expect(
      smtp.received.filter((mail) => JSON.stringify(mail.to).includes(accepted.patient.email!)),
    ).toHaveLength(1)
    const [delivery] = await deliveriesOf(payload, accepted.program.id)
    expect(delivery.attempts?.map((attempt) => attempt.outcome)).toEqual(['retry', 'sent'])
  })

  it('--all-due queues every ready program whose patient lacks its current version', async () => {
    const fresh = await createEmailableProgram(payload, staff.clinician)
    const { code, output } = await send('--all-due', '--no-wait')

    expect(code).toBe(0)
    expect(output).toMatch(/Queued \d+; [1-9]\d* already sent or on their way/)
    expect(await deliveriesOf(payload, fresh.program.id)).toMatchObject([{ status: 'queued' }])
    expect(await deliveriesOf(payload, accepted.program.id)).toHaveLength(1)
    expect(await deliveriesOf(payload, rejected.program.id)).toMatchObject([{ status: 'queued' }])
    expect(await deliveriesOf(payload, unconsented.program.id)).toHaveLength(0)
  })

  it('explains its usage when given nothing to send', async () => {
    const { code, output } = await send()
    expect(code).toBe(2)
    expect(output).toContain('Usage: npm run send')
  })
})
