import { createHash, createHmac, randomBytes } from 'node:crypto'

import { afterEach, describe, expect, it } from '@jest/globals'
import type { ParsedMail } from 'mailparser'

import { payloadSecret } from '../../src/secret'
import type { Patient, Program } from '../../src/payload-types'
import { deliveriesOf, runDueDeliveries, uniqueAddress } from '../helpers/delivery'
import { relyingOnDefaults, uniqueName } from '../helpers/fixtures'
import { pdfInfo, pdfText } from '../helpers/pdf'
import { programLinkIn, visibleText } from '../helpers/patientPage'
import { usePatientPageWorld } from '../helpers/patientPageWorld'

const world = usePatientPageWorld()
const { asClinician, emailableProgram, mailsTo, send, panel } = world
const secretBefore = process.env.PAYLOAD_SECRET

const get = async (url: string) => {
  const response = await fetch(url, { redirect: 'manual' })
  return { status: response.status, text: await response.text() }
}

const notFoundPage = async () =>
  get(`${world.server.url}/p/${randomBytes(32).toString('base64url')}`)

const requestSend = (program: Program) => asClinician('POST', `/programs/${program.id}/send`)

const anotherPatient = (name: string) =>
  world.payload.create({
    collection: 'patients',
    data: relyingOnDefaults<'patients'>({
      name: uniqueName(name),
      email: uniqueAddress(),
      emailConsent: true,
      clinician: world.staff.clinician.id,
    }),
  })

const moveTo = async (program: Program, patient: Patient) => {
  const moved = await asClinician('PATCH', `/programs/${program.id}`, {
    patient: patient.id,
  })
  expect(moved.status).toBe(200)
}

const pdfOf = (mail: ParsedMail) =>
  mail.attachments.find((file) => file.contentType === 'application/pdf')!.content

afterEach(() => {
  process.env.PAYLOAD_SECRET = secretBefore
  if (secretBefore === undefined) {
    delete process.env.PAYLOAD_SECRET
  }
})

describe('A program moved to another patient', () => {
  it("stops the former patient's link at once, says why, and gives the new patient their own link naming only them", async () => {
    const { patient: agatha, program } = await emailableProgram({
      conditions: [world.backPain.id],
      patient: { name: uniqueName('Agatha Ashworth') },
    })
    const agathasLink = programLinkIn(await send(program, agatha))
    expect((await get(agathasLink)).status).toBe(200)

    const bertram = await anotherPatient('Bertram Blackwood')
    await moveTo(program, bertram)

    const unknown = await notFoundPage()
    expect(await get(agathasLink)).toEqual(unknown)
    expect(await get(`${agathasLink}/program.pdf`)).toEqual(unknown)
    const stopped = await panel(program)
    expect(stopped).toMatchObject({ state: 'stopped', reason: 'patient-changed' })
    expect(stopped.url).toBeUndefined()
    const renewed = await asClinician('POST', `/programs/${program.id}/patient-link/new`)
    expect(renewed.status).toBe(409)
    expect(JSON.stringify(renewed.json)).toMatch(/another patient/)

    const mail = await send(program, bertram)
    const bertramsLink = programLinkIn(mail)
    expect(bertramsLink).not.toBe(agathasLink)
    const page = await get(bertramsLink)
    expect(page.status).toBe(200)
    expect(visibleText(page.text)).toContain(`Home program for ${bertram.name.split(' ')[0]}`)
    expect(await get(agathasLink)).toEqual(unknown)
    expect(await panel(program)).toMatchObject({ state: 'active', url: bertramsLink })

    const agathaWords = agatha.name.split(' ')
    const pdf = pdfOf(mail)
    const text = await pdfText(pdf)
    const info = await pdfInfo(pdf)
    expect(text).toContain(bertram.name)
    expect(info.title).toContain(bertram.name)
    for (const said of [
      mail.subject!,
      mail.html as string,
      mail.text!,
      text,
      info.title!,
      page.text,
    ]) {
      for (const word of agathaWords) {
        expect(said).not.toContain(word)
      }
    }
    expect(mail.subject).toContain(`Home program for ${bertram.name}`)
    expect(mailsTo(agatha)).toHaveLength(1)
  })

  it('never emails the former patient a send queued before the move, and records why', async () => {
    const { patient: agatha, program } = await emailableProgram({
      conditions: [world.backPain.id],
      patient: { name: uniqueName('Agatha Queued') },
    })
    expect((await requestSend(program)).status).toBe(202)
    const bertram = await anotherPatient('Bertram Queued')
    await moveTo(program, bertram)
    await runDueDeliveries(world.payload)

    expect(mailsTo(agatha)).toHaveLength(0)
    expect(mailsTo(bertram)).toHaveLength(0)
    const [delivery] = await deliveriesOf(world.payload, program.id)
    expect(delivery).toMatchObject({ status: 'failed' })
    expect(delivery.lastError).toMatch(/moved to another patient/)
    // The link was made for Agatha when the send was asked for (it is in the snapshot), and
    // stopped by the move: the panel says so.
    expect(await panel(program)).toMatchObject({ state: 'stopped', reason: 'patient-changed' })
    await send(program, bertram)
  })

  it("keeps a title the clinician wrote, and drops the former patient's default title", async () => {
    const { patient, program } = await emailableProgram({
      patient: { name: uniqueName('Agatha Titled') },
    })
    const read = async () => (await asClinician('GET', `/programs/${program.id}`)).json
    expect(await read()).toMatchObject({ listTitle: `Home program for ${patient.name}` })
    const bertram = await anotherPatient('Bertram Titled')
    await moveTo(program, bertram)
    const moved = await read()
    expect(moved.listTitle).toBe(`Home program for ${bertram.name}`)
    expect(JSON.stringify(moved)).not.toContain(patient.name)

    await asClinician('PATCH', `/programs/${program.id}`, {
      title: 'Knee plan after surgery',
    })
    await asClinician('PATCH', `/patients/${bertram.id}`, {
      name: 'Bertram Renamed',
    })
    expect(await read()).toMatchObject({
      title: 'Knee plan after surgery',
      listTitle: 'Knee plan after surgery',
    })
  })
})

describe('A change of the server secret', () => {
  it('shows the old link stopped (never "active") and the next send mails a working link', async () => {
    const { patient, program } = await emailableProgram({
      conditions: [world.backPain.id],
    })
    const before = programLinkIn(await send(program, patient))
    expect(await panel(program)).toMatchObject({ state: 'active', url: before })

    process.env.PAYLOAD_SECRET = `rotated-${randomBytes(24).toString('hex')}`
    expect((await get(before)).status).toBe(404)
    const stopped = await panel(program)
    expect(stopped).toMatchObject({ state: 'stopped', reason: 'secret-changed' })
    expect(stopped.url).toBeUndefined()

    await asClinician('PATCH', `/programs/${program.id}`, {
      title: 'Plan after the secret changed',
    })
    const after = programLinkIn(await send(program, patient))
    expect(after).not.toBe(before)
    const page = await get(after)
    expect(page.status).toBe(200)
    expect(visibleText(page.text)).toContain('Plan after the secret changed')
    expect(await panel(program)).toMatchObject({ state: 'active', url: after })
  })

  it('"New link" after a secret change gives a link that works under the new secret', async () => {
    const { patient, program } = await emailableProgram({
      conditions: [world.backPain.id],
    })
    const before = programLinkIn(await send(program, patient))
    process.env.PAYLOAD_SECRET = `rotated-${randomBytes(24).toString('hex')}`
    const renewed = await asClinician('POST', `/programs/${program.id}/patient-link/new`)
    expect(renewed.json).toMatchObject({ state: 'active' })
    const fresh = renewed.json.url as string
    expect(fresh).not.toBe(before)
    expect((await get(fresh)).status).toBe(200)
  })
})

describe('A link sent before links had a patient', () => {
  it('keeps opening its program for the same patient, and later sends keep mailing it', async () => {
    const { patient, program } = await emailableProgram({
      conditions: [world.backPain.id],
    })
    await send(program, patient)
    // The row as the migration leaves a link made before: its token named no patient.
    const [link] = (
      await world.payload.find({
        collection: 'patient-links',
        where: { program: { equals: program.id } },
      })
    ).docs
    const legacy = createHmac('sha256', payloadSecret())
      .update(`patient-link:${program.id}:${link.version}`)
      .digest('base64url')
    await world.payload.update({
      collection: 'patient-links',
      id: link.id,
      data: { tokenFormat: 1, tokenHash: createHash('sha256').update(legacy).digest('hex') },
    })
    const url = `${world.server.url}/p/${legacy}`
    expect((await get(url)).status).toBe(200)
    expect(await panel(program)).toMatchObject({ state: 'active', url })

    await asClinician('PATCH', `/programs/${program.id}`, {
      title: 'A later plan',
    })
    expect(programLinkIn(await send(program, patient))).toBe(url)
    expect(visibleText((await get(url)).text)).toContain('A later plan')

    await moveTo(program, await anotherPatient('Bertram Later'))
    expect((await get(url)).status).toBe(404)
  })
})
