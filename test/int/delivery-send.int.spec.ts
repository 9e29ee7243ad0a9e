import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { simpleParser } from 'mailparser'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { seed } from '../../seeds/seed'
import { closeDeliveryMailer } from '../../src/delivery/mailer'
import { outboxDir } from '../../src/email/transport'
import type { Condition, Media, Program, Technique } from '../../src/payload-types'
import { createEmailableProgram, deliveriesOf, runDueDeliveries } from '../helpers/delivery'
import { createStaff, type Staff } from '../helpers/fixtures'
import { api, logIn, type Session } from '../helpers/http'
import { contentData, createImage } from '../helpers/library'
import { startPayload, stopPayload } from '../helpers/payload'
import { pdfText } from '../helpers/pdf'
import { startRestServer } from '../helpers/restServer'
import { startSmtpServer, type SmtpServer } from '../helpers/smtpServer'

let payload: Payload
let server: Awaited<ReturnType<typeof startRestServer>>
let smtp: SmtpServer
let staff: Staff
let clinician: Session
let backPain: Condition

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const messagesTo = (address: string) =>
  smtp.received.filter((mail) => mail.to && JSON.stringify(mail.to).includes(address))
const techniquesOf = async (program: Program) => {
  const { docs } = await payload.find({
    collection: 'routines',
    where: { id: { in: program.routines as number[] } },
    depth: 1,
  })
  return docs.flatMap((routine) => routine.items.map((item) => (item.technique as Technique).name))
}

beforeAll(async () => {
  smtp = await startSmtpServer()
  process.env.SMTP_URL = smtp.url
  payload = await startPayload()
  await seed(payload)
  server = await startRestServer()
  staff = await createStaff(payload)
  clinician = await logIn(server.url, staff.clinician.email)
  backPain = (
    await payload.find({ collection: 'conditions', where: { slug: { equals: 'lower-back-pain' } } })
  ).docs[0]
})
afterAll(async () => {
  delete process.env.SMTP_URL
  closeDeliveryMailer()
  await server?.stop()
  await smtp?.stop()
  await stopPayload(payload)
})

describe('Emailing a program to its patient', () => {
  it('delivers the program in the body with its PDF attached, and records exactly what was sent', async () => {
    const { patient, program } = await createEmailableProgram(payload, staff.clinician, {
      conditions: [backPain.id],
    })
    const techniques = await techniquesOf(program)
    expect(techniques.length).toBeGreaterThan(0)

    const response = await api(server.url, clinician, 'POST', `/programs/${program.id}/send`)
    expect(response.status).toBe(202)
    expect(response.json).toMatchObject({ outcome: 'queued', delivery: { status: 'queued' } })
    expect(messagesTo(patient.email!)).toHaveLength(0)

    await runDueDeliveries(payload)

    const [mail] = messagesTo(patient.email!)
    expect(messagesTo(patient.email!)).toHaveLength(1)
    expect(mail.to).toMatchObject({ value: [{ address: patient.email, name: patient.name }] })
    expect(mail.subject).toContain(program.listTitle)
    for (const name of techniques) {
      expect(mail.html).toContain(name)
      expect(mail.text).toContain(name)
    }
    expect(mail.text).toContain(patient.name.split(' ')[0])
    const attachment = mail.attachments.find((file) => file.contentType === 'application/pdf')!
    expect(attachment.filename).toMatch(/\.pdf$/)
    expect(attachment.contentDisposition).toBe('attachment')
    expect(attachment.related).toBeFalsy()
    // mailparser puts the pictures it finds for the HTML's cid: links in place, as data: links.
    const pictures = mail.attachments.filter((file) => file.related)
    expect(pictures.length).toBeGreaterThan(0)
    expect(mail.html).not.toContain('cid:')
    for (const picture of pictures) {
      expect(picture).toMatchObject({ contentType: 'image/png', contentDisposition: 'inline' })
      expect(picture.cid).toBeTruthy()
      expect(mail.html).toContain(
        `data:image/png;base64,${picture.content.toString('base64').slice(0, 60)}`,
      )
    }
    const pdf = await pdfText(attachment.content)
    expect(pdf).toContain(patient.name)
    techniques.forEach((name) => expect(pdf).toContain(name))
    expect(pdf).toContain(backPain.name)

    const [delivery] = await deliveriesOf(payload, program.id)
    expect(delivery).toMatchObject({
      status: 'sent',
      channel: 'email',
      transport: 'smtp',
      recipient: patient.email,
      template: 'home-program',
      patient: patient.id,
      clinician: staff.clinician.id,
      messageId: mail.messageId,
      pdfSha256: sha256(attachment.content),
      pdfBytes: attachment.content.length,
    })
    expect(delivery.sentAt).toBeTruthy()
    expect(delivery.attempts).toMatchObject([{ outcome: 'sent' }])
    expect(delivery.contentVersions).toMatchObject({
      [`programs:${program.id}`]: program.updatedAt,
      [`patients:${patient.id}`]: patient.updatedAt,
      [`conditions:${backPain.id}`]: backPain.updatedAt,
    })

    const download = await fetch(`${server.url}${delivery.url}`, {
      headers: { Authorization: `JWT ${clinician.token}` },
    })
    expect(download.status).toBe(200)
    expect(sha256(new Uint8Array(await download.arrayBuffer()))).toBe(delivery.pdfSha256)
  })

  it('sends one email however often it is asked for the same content', async () => {
    const { patient, program } = await createEmailableProgram(payload, staff.clinician, {
      conditions: [backPain.id],
    })
    const clicks = await Promise.all(
      [1, 2, 3].map(() => api(server.url, clinician, 'POST', `/programs/${program.id}/send`)),
    )
    expect(clicks.map((click) => click.status).sort()).toEqual([200, 200, 202])
    await runDueDeliveries(payload)
    await runDueDeliveries(payload)
    const again = await api(server.url, clinician, 'POST', `/programs/${program.id}/send`)
    expect(again).toMatchObject({ status: 200, json: { outcome: 'already-sent' } })
    await runDueDeliveries(payload)

    expect(messagesTo(patient.email!)).toHaveLength(1)
    expect(await deliveriesOf(payload, program.id)).toHaveLength(1)
  })

  it('shows when the last delivery is out of date, and sends the update', async () => {
    const { patient, program } = await createEmailableProgram(payload, staff.clinician, {
      conditions: [backPain.id],
    })
    const status = () =>
      api(server.url, clinician, 'GET', `/programs/${program.id}/delivery-status`)
    expect((await status()).json).toMatchObject({ sendable: true, last: null })

    await api(server.url, clinician, 'POST', `/programs/${program.id}/send`)
    await runDueDeliveries(payload)
    expect((await status()).json).toMatchObject({ last: { status: 'sent', upToDate: true } })

    const footRub = (
      await payload.find({
        collection: 'techniques',
        where: { slug: { equals: 'foot-reflexology' } },
      })
    ).docs[0]
    await payload.update({
      collection: 'programs',
      id: program.id,
      data: { items: [{ technique: footRub.id, note: 'Added after our second visit.' }] },
    })
    expect((await status()).json).toMatchObject({ last: { status: 'sent', upToDate: false } })

    expect((await api(server.url, clinician, 'POST', `/programs/${program.id}/send`)).status).toBe(
      202,
    )
    await runDueDeliveries(payload)
    const mails = messagesTo(patient.email!)
    expect(mails).toHaveLength(2)
    expect(mails[1].text).toContain(footRub.name)
    expect(mails[1].text).toContain('Added after our second visit.')
    expect(mails[0].text).not.toContain('Added after our second visit.')
    expect((await status()).json).toMatchObject({ last: { status: 'sent', upToDate: true } })
    expect(await deliveriesOf(payload, program.id)).toHaveLength(2)
  })

  it('sends the library as it stands: a technique edited after one delivery reaches the next', async () => {
    const footRub = (
      await payload.find({
        collection: 'techniques',
        where: { slug: { equals: 'foot-reflexology' } },
      })
    ).docs[0]
    const technique = await payload.create({
      collection: 'techniques',
      data: {
        name: 'Evening calf stroke',
        slug: `evening-calf-stroke-${Date.now()}`,
        category: footRub.category,
        kind: footRub.kind,
        bodyRegion: footRub.bodyRegion,
        summary: 'Long strokes up the calf before bed.',
        steps: [{ text: 'Stroke from ankle to knee with an open hand.' }],
        images: (footRub.images ?? []).map((image) =>
          typeof image === 'number' ? image : image.id,
        ),
        _status: 'published',
      },
    })
    const { patient, program } = await createEmailableProgram(payload, staff.clinician)
    await payload.update({
      collection: 'programs',
      id: program.id,
      data: { items: [{ technique: technique.id }] },
    })
    await api(server.url, clinician, 'POST', `/programs/${program.id}/send`)
    await runDueDeliveries(payload)

    const edited = await payload.update({
      collection: 'techniques',
      id: technique.id,
      data: { steps: [{ text: 'Stroke from ankle to knee with a loose fist.' }] },
    })
    expect((await api(server.url, clinician, 'POST', `/programs/${program.id}/send`)).status).toBe(
      202,
    )
    await runDueDeliveries(payload)

    const mails = messagesTo(patient.email!)
    expect(mails).toHaveLength(2)
    expect(mails[0].text).toContain('with an open hand')
    expect(mails[1].text).toContain('with a loose fist')
    expect(mails[1].text).not.toContain('with an open hand')
    const pdf = mails[1].attachments.find(
      (attachment) => attachment.contentType === 'application/pdf',
    )!
    expect(await pdfText(pdf.content)).toContain('with a loose fist')
    const latest = (await deliveriesOf(payload, program.id)).at(-1)!
    expect(latest.contentVersions).toMatchObject({
      [`techniques:${technique.id}`]: edited.updatedAt,
    })
  })

  it('sends an illustration replaced after one delivery with its new picture, under the same file name', async () => {
    const image = await createImage(payload)
    const technique = await payload.create({
      collection: 'techniques',
      data: { ...contentData('techniques'), images: [image.id], _status: 'published' },
    })
    const { patient, program } = await createEmailableProgram(payload, staff.clinician)
    await payload.update({
      collection: 'programs',
      id: program.id,
      data: { items: [{ technique: technique.id }] },
    })
    const emailSize = (media: Media) =>
      readFile(
        path.join(
          payload.collections.media.config.upload.staticDir as string,
          media.sizes!.email!.filename!,
        ),
      )
    const before = sha256(await emailSize(image))
    await api(server.url, clinician, 'POST', `/programs/${program.id}/send`)
    await runDueDeliveries(payload)

    const orange = await sharp({
      create: { width: 800, height: 600, channels: 3, background: { r: 214, g: 110, b: 40 } },
    })
      .png()
      .toBuffer()
    const replaced = await payload.update({
      collection: 'media',
      id: image.id,
      data: {},
      file: { data: orange, mimetype: 'image/png', name: image.filename!, size: orange.length },
      overwriteExistingFiles: true,
    })
    expect(replaced.sizes!.email!.filename).toBe(image.sizes!.email!.filename)
    const after = sha256(await emailSize(replaced))
    expect(after).not.toBe(before)
    expect((await api(server.url, clinician, 'POST', `/programs/${program.id}/send`)).status).toBe(
      202,
    )
    await runDueDeliveries(payload)

    const inlinePictures = (mail: (typeof smtp.received)[number]) =>
      mail.attachments
        .filter((attachment) => attachment.related)
        .map((attachment) => sha256(attachment.content))
    const [first, second] = messagesTo(patient.email!)
    expect(inlinePictures(first)).toContain(before)
    expect(inlinePictures(second)).toContain(after)
    expect(inlinePictures(second)).not.toContain(before)
  })

  it('writes the message to the outbox folder when no mail server is configured, and says so', async () => {
    const { patient, program } = await createEmailableProgram(payload, staff.clinician, {
      conditions: [backPain.id],
    })
    delete process.env.SMTP_URL
    try {
      expect(
        (await api(server.url, clinician, 'POST', `/programs/${program.id}/send`)).status,
      ).toBe(202)
      await runDueDeliveries(payload)
    } finally {
      process.env.SMTP_URL = smtp.url
    }
    const [delivery] = await deliveriesOf(payload, program.id)
    expect(delivery).toMatchObject({ status: 'sent', transport: 'outbox' })
    // Named after the Message-ID, which holds the delivery's id and key: earlier runs' files may share the id.
    const files = (await readdir(outboxDir())).filter((file) =>
      file.includes(`delivery-${delivery.id}.${delivery.idempotencyKey.slice(0, 16)}`),
    )
    expect(files).toHaveLength(1)
    const mail = await simpleParser(await readFile(path.join(outboxDir(), files[0])))
    expect(mail.messageId).toBe(delivery.messageId)
    expect(mail.to).toMatchObject({ value: [{ address: patient.email }] })
    const attachment = mail.attachments.find((file) => file.contentType === 'application/pdf')!
    expect(sha256(attachment.content)).toBe(delivery.pdfSha256)
    expect(messagesTo(patient.email!)).toHaveLength(0)
    const status = await api(
      server.url,
      clinician,
      'GET',
      `/programs/${program.id}/delivery-status`,
    )
    expect(status.json).toMatchObject({
      last: { status: 'sent', transport: 'outbox', upToDate: true },
    })
  })
})
