import { randomBytes } from 'node:crypto'
import { stat } from 'node:fs/promises'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import type { Program } from '../../src/payload-types'
import { deliveriesOf, runDueDeliveries } from '../helpers/delivery'
import { relyingOnDefaults, uniqueName } from '../helpers/fixtures'
import { programLinkIn } from '../helpers/patientPage'
import { usePatientPageWorld } from '../helpers/patientPageWorld'
import { richTextDocument, richTextParagraph, richTextText } from '../helpers/richText'

const world = usePatientPageWorld()
const { asClinician, callAs, emailableProgram, mailsTo, panel } = world

const NOTE = 'Mention the ankle you sprained skiing in Tromsø last winter.'
const personalNotes = richTextDocument([
  richTextParagraph([richTextText(NOTE)]),
]) as unknown as Program['personalNotes']

const get = async (url: string) => {
  const response = await fetch(url, { redirect: 'manual' })
  return { status: response.status, text: await response.text() }
}
const notFoundPage = () => get(`${world.server.url}/p/${randomBytes(32).toString('base64url')}`)

/** A patient with personal notes on their program, sent once: their link and their delivery. */
const sentPatient = async (name: string) => {
  const { patient, program } = await emailableProgram({
    conditions: [world.backPain.id],
    patient: { name: uniqueName(name) },
  })
  await world.payload.update({ collection: 'programs', id: program.id, data: { personalNotes } })
  const mail = await world.send(program, patient)
  const [delivery] = await deliveriesOf(world.payload, program.id)
  expect(delivery.status).toBe('sent')
  return { patient, program, link: programLinkIn(mail), delivery }
}

const messageOf = (json: Record<string, unknown>) =>
  (json.errors as { message: string }[] | undefined)?.[0]?.message ?? ''

describe('Deleting a program', () => {
  it('is refused for a program that was sent, saying why, and keeps it and its deliveries', async () => {
    const { program } = await sentPatient('Paula Programkept')
    const refused = await asClinician('DELETE', `/programs/${program.id}`)
    expect(refused.status).toBe(409)
    expect(messageOf(refused.json)).toMatch(/was sent to its patient/)
    expect(messageOf(refused.json)).toMatch(/completed or archived instead/)
    expect((await asClinician('GET', `/programs/${program.id}`)).status).toBe(200)
    expect(await deliveriesOf(world.payload, program.id)).toHaveLength(1)
  })
})

describe('Deleting a patient', () => {
  it('is refused for a patient who was sent a program, saying why and offering archiving', async () => {
    const { patient } = await sentPatient('Delia Deleted')
    const refused = await asClinician('DELETE', `/patients/${patient.id}`)
    expect(refused.status).toBe(409)
    expect(messageOf(refused.json)).toMatch(/was sent a program/)
    expect(messageOf(refused.json)).toMatch(/archive the patient instead/)
    const still = await asClinician('GET', `/patients/${patient.id}`)
    expect(still.status).toBe(200)
  })

  it('still works for a patient who was never sent anything', async () => {
    const patient = await world.payload.create({
      collection: 'patients',
      data: relyingOnDefaults<'patients'>({
        name: uniqueName('Nadia Neversent'),
        clinician: world.staff.clinician.id,
      }),
    })
    const deleted = await asClinician('DELETE', `/patients/${patient.id}`)
    expect(deleted.status).toBe(200)
    const gone = await asClinician('GET', `/patients/${patient.id}`)
    expect(gone.status).toBe(404)

    const { patient: withDraft } = await emailableProgram()
    const refused = await asClinician('DELETE', `/patients/${withDraft.id}`)
    expect(refused.status).toBe(409)
    expect(messageOf(refused.json)).toMatch(/has a program: delete it first/)
  })
})

describe('Archiving a patient', () => {
  it('stops their links at once, refuses sends with why, and keeps their records readable', async () => {
    const { patient, program, link } = await sentPatient('Arthur Archived')
    expect((await get(link)).status).toBe(200)

    const refusedFor = {
      anonymous: [401, 403],
      editor: [403],
      otherClinician: [404],
    }
    for (const [actor, statuses] of Object.entries(refusedFor)) {
      const session = world.sessions[actor as keyof typeof world.sessions]
      const answer = await callAs(session, 'POST', `/patients/${patient.id}/archive`)
      expect(statuses).toContain(answer.status)
    }
    expect((await get(link)).status).toBe(200)

    const archived = await asClinician('POST', `/patients/${patient.id}/archive`)
    expect(archived.status).toBe(200)
    expect(archived.json).toMatchObject({ patient: { status: 'archived' } })
    expect(await get(link)).toEqual(await notFoundPage())
    expect(await panel(program)).toMatchObject({ state: 'stopped', reason: 'patient-archived' })

    await asClinician('PATCH', `/programs/${program.id}`, {
      title: 'A plan after archiving',
    })
    const send = await asClinician('POST', `/programs/${program.id}/send`)
    expect(send.status).toBe(422)
    expect(messageOf(send.json)).toMatch(/archived/)
    await runDueDeliveries(world.payload)
    expect(mailsTo(patient)).toHaveLength(1)

    const record = await asClinician('GET', `/patients/${patient.id}`)
    expect(record.json).toMatchObject({ name: patient.name, status: 'archived' })
    expect(record.json.archivedAt).toBeTruthy()
    const deliveries = await asClinician('GET', `/deliveries?where[patient][equals]=${patient.id}`)
    expect(deliveries.json).toMatchObject({ totalDocs: 1 })

    const edited = await asClinician('PATCH', `/patients/${patient.id}`, {
      status: 'active',
    })
    expect((await asClinician('GET', `/patients/${patient.id}`)).json.status).toBe('archived')
    expect(edited.status).toBeLessThan(500)
  })

  it('keeps a send queued before the archive from going out', async () => {
    const { patient, program } = await emailableProgram({
      conditions: [world.backPain.id],
    })
    await asClinician('POST', `/programs/${program.id}/send`)
    await callAs(world.sessions.admin, 'POST', `/patients/${patient.id}/archive`)
    await runDueDeliveries(world.payload)
    expect(mailsTo(patient)).toHaveLength(0)
    const [delivery] = await deliveriesOf(world.payload, program.id)
    expect(delivery.status).toBe('failed')
    expect(delivery.lastError).toMatch(/archived/)
  })
})

describe("Erasing a patient's personal data", () => {
  it('is refused to a clinician, an editor and a visitor, and without the confirmation', async () => {
    const { patient, link } = await sentPatient('Rita Refused')
    for (const [actor, statuses] of [
      ['clinician', [403]],
      ['otherClinician', [403, 404]],
      ['editor', [403]],
      ['anonymous', [401, 403]],
    ] as const) {
      const answer = await callAs(world.sessions[actor], 'POST', `/patients/${patient.id}/erase`, {
        confirm: String(patient.id),
      })
      expect(statuses).toContain(answer.status)
    }
    const unconfirmed = await callAs(world.sessions.admin, 'POST', `/patients/${patient.id}/erase`)
    expect(unconfirmed.status).toBe(400)
    expect(messageOf(unconfirmed.json)).toMatch(/confirm/)
    const wrong = await callAs(world.sessions.admin, 'POST', `/patients/${patient.id}/erase`, {
      confirm: String(patient.id + 1),
    })
    expect(wrong.status).toBe(400)
    const kept = await world.payload.findByID({ collection: 'patients', id: patient.id })
    expect(kept).toMatchObject({ name: patient.name, email: patient.email })
    expect((await get(link)).status).toBe(200)
  })

  it('removes name, email and notes everywhere and the kept PDF, keeping what was sent and when', async () => {
    const { patient, program, link, delivery } = await sentPatient('Erika Eastwood')
    const staticDir = world.payload.collections.deliveries.config.upload.staticDir as string
    const pdfFile = path.join(staticDir, delivery.filename!)
    await stat(pdfFile)
    expect(JSON.stringify(delivery.snapshot)).toContain(NOTE)
    expect(JSON.stringify(delivery.snapshot)).toContain(patient.name)

    const erased = await callAs(world.sessions.admin, 'POST', `/patients/${patient.id}/erase`, {
      confirm: String(patient.id),
    })
    expect(erased.status).toBe(200)
    expect(erased.json).toMatchObject({ deliveries: 1, programs: 1 })

    expect(await get(link)).toEqual(await notFoundPage())
    expect(await get(`${link}/program.pdf`)).toEqual(await notFoundPage())
    await expect(stat(pdfFile)).rejects.toMatchObject({ code: 'ENOENT' })

    const read = async (p: string) => (await callAs(world.sessions.admin, 'GET', p)).json
    const record = await read(`/patients/${patient.id}`)
    expect(record.email ?? null).toBeNull()
    expect(record.erasedAt).toBeTruthy()
    expect(record.status).toBe('archived')
    const programRead = await read(`/programs/${program.id}?depth=0`)
    expect(programRead.personalNotes ?? null).toBeNull()
    const [after] = (await read(`/deliveries?where[patient][equals]=${patient.id}&depth=0`))
      .docs as Record<string, unknown>[]
    expect(after).toMatchObject({
      id: delivery.id,
      status: 'sent',
      pdfSha256: delivery.pdfSha256,
      pdfBytes: delivery.pdfBytes,
      contentVersions: delivery.contentVersions,
      queuedAt: delivery.queuedAt,
      sentAt: delivery.sentAt,
      idempotencyKey: delivery.idempotencyKey,
    })
    expect(after.erasedAt).toBeTruthy()
    expect(after.snapshot ?? null).toBeNull()
    expect(JSON.stringify(after)).not.toContain(NOTE)
    expect(after.contentVersions).toEqual(delivery.contentVersions)
    expect(after.recipient ?? null).toBeNull()
    const links = await read(`/patient-links?where[patient][equals]=${patient.id}&depth=0`)
    expect(links).toMatchObject({ docs: [{ state: 'stopped', stopReason: 'patient-erased' }] })
    expect(await panel(program)).toMatchObject({ state: 'stopped', reason: 'patient-erased' })

    const everything = JSON.stringify([record, programRead, after, links])
    for (const word of [...patient.name.split(' '), patient.email!, NOTE]) {
      expect(everything).not.toContain(word)
    }

    const restored = await callAs(world.sessions.admin, 'POST', `/patients/${patient.id}/restore`)
    expect(restored.status).toBe(409)
    const send = await asClinician('POST', `/programs/${program.id}/send`)
    expect(send.status).toBe(422)
  })
})
