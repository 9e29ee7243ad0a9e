import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq, type Payload } from 'payload'

import { eraseLinksOfPatient, linkFor, linkTokenForSend } from '../../src/patientLinks/links'
import { countOpen, writeOpens } from '../../src/patientPage/opens'
import { createEmailableProgram } from '../helpers/delivery'
import { createStaff, type Staff } from '../helpers/fixtures'
import { startPayload, stopPayload } from '../helpers/payload'

let payload: Payload
let staff: Staff
beforeAll(async () => {
  payload = await startPayload()
  staff = await createStaff(payload)
})
afterAll(async () => {
  await stopPayload(payload)
})

/** A program's patient and the link made for its first send. */
const linkedProgram = async () => {
  const { patient, program } = await createEmailableProgram(payload, staff.clinician)
  await linkTokenForSend(payload, program.id, patient.id)
  const link = (await linkFor(payload, program.id, patient.id))!
  return { patient, program, link }
}

const at = (iso: string) => new Date(iso)

describe("a link's visits, written by the links module alone", () => {
  it('add up, keep the latest time however they arrive, and the last network', async () => {
    const { patient, program, link } = await linkedProgram()
    countOpen(payload, link.id, at('2026-03-02T10:00:00Z'), '198.51.100.0/24')
    countOpen(payload, link.id, at('2026-03-02T11:00:00Z'), '203.0.113.0/24')
    await writeOpens(payload)
    // A visit counted in another process, written later, though it came first.
    countOpen(payload, link.id, at('2026-03-01T09:00:00Z'), '192.0.2.0/24')
    await writeOpens(payload)
    const after = (await linkFor(payload, program.id, patient.id))!
    expect({
      count: after.openCount,
      last: after.lastOpenedAt && new Date(after.lastOpenedAt).toISOString(),
      from: after.lastOpenedFrom,
    }).toEqual({ count: 3, last: '2026-03-02T11:00:00.000Z', from: '192.0.2.0/24' })
  })

  it('are never written to the link of a patient erased after they were counted', async () => {
    const { patient, program, link } = await linkedProgram()
    countOpen(payload, link.id, at('2026-03-02T10:00:00Z'), '198.51.100.0/24')
    const req = await createLocalReq({}, payload)
    await eraseLinksOfPatient(req, patient.id, new Date().toISOString())
    await writeOpens(payload)
    const after = (await linkFor(payload, program.id, patient.id))!
    expect(after).toMatchObject({
      state: 'stopped',
      stopReason: 'patient-erased',
      openCount: 0,
      lastOpenedFrom: null,
    })
  })

  it('race no second link into being when two sends make it at once', async () => {
    const { patient, program } = await createEmailableProgram(payload, staff.clinician)
    const tokens = await Promise.all(
      Array.from({ length: 4 }, () => linkTokenForSend(payload, program.id, patient.id)),
    )
    expect(new Set(tokens).size).toBe(1)
    const { totalDocs } = await payload.count({
      collection: 'patient-links',
      where: { program: { equals: program.id } },
    })
    expect(totalDocs).toBe(1)
  })
})
