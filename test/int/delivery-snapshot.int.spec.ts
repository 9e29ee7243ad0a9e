import { AsyncLocalStorage } from 'node:async_hooks'
import { createHash } from 'node:crypto'

import { beforeAll, describe, expect, it } from '@jest/globals'
import type { ParsedMail } from 'mailparser'
import pg from 'pg'

import { deliveryStatus } from '../../src/delivery/deliveryStatus'
import { closeDeliveryMailer } from '../../src/delivery/mailer'
import { renderSnapshotPdf } from '../../src/delivery/renderSnapshot'
import { requestDelivery } from '../../src/delivery/requestDelivery'
import { composeCount, composeDocument } from '../../src/handouts/make'
import { imagesOf } from '../../src/handouts/snapshot/mapImages'
import { readSnapshot } from '../../src/handouts/snapshot/read'
import type { Delivery, Technique } from '../../src/payload-types'
import { captureOutput } from '../helpers/captureOutput'
import { useSeededClinic } from '../helpers/clinicSettings'
import { deliveriesOf, runDueDeliveries } from '../helpers/delivery'
import { uniqueName } from '../helpers/fixtures'
import { contentData, createImage } from '../helpers/library'
import { programLinkIn, visibleText } from '../helpers/patientPage'
import { usePatientPageWorld } from '../helpers/patientPageWorld'
import { pdfText } from '../helpers/pdf'
import { startScript } from '../helpers/script'
import { startSmtpServer } from '../helpers/smtpServer'

const world = usePatientPageWorld()
const { asClinician, emailableProgram, mailsTo, send } = world

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

beforeAll(async () => {
  await useSeededClinic(world.payload)
})

/** A technique with an illustration (wider than both stored sizes when `width` says so). */
const techniqueWithPicture = async (name: string, step: string, width = 800) => {
  const image = await createImage(world.payload, width, (width * 3) / 4)
  return world.payload.create({
    collection: 'techniques',
    depth: 0,
    data: {
      ...contentData('techniques'),
      name,
      steps: [{ text: step }],
      images: [image.id],
      _status: 'published',
    },
  })
}

const programWith = async (techniques: Technique[]) => {
  const { patient, program } = await emailableProgram()
  const updated = await world.payload.update({
    collection: 'programs',
    id: program.id,
    depth: 0,
    data: { items: techniques.map((technique) => ({ technique: technique.id })) },
  })
  return { patient, program: updated }
}

const queued = async (programId: number) => {
  const result = await requestDelivery(world.payload, programId)
  if (!('delivery' in result)) {
    throw new Error(result.refused)
  }
  return result.delivery
}

const current = (id: number) =>
  world.payload.findByID({ collection: 'deliveries', id, depth: 0 }) as Promise<Delivery>

const get = async (url: string) => {
  const response = await fetch(url, { redirect: 'manual' })
  const body = new Uint8Array(await response.arrayBuffer())
  return { status: response.status, body, text: Buffer.from(body).toString() }
}

const pdfOf = (mail: ParsedMail) =>
  mail.attachments.find((attachment) => attachment.contentType === 'application/pdf')!.content

/**
 * SQL statements `work` sends through node-postgres (as bench/send/probe.ts counts them): only
 * those made in its own async chain, so a background write that happens meanwhile (the audit
 * trail's or a link's batched visits) is not counted.
 */
const countingSql = async <T>(work: () => Promise<T>) => {
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }
  const query = prototype.query
  const counting = new AsyncLocalStorage<true>()
  let statements = 0
  prototype.query = function (this: unknown, ...args: unknown[]) {
    if (counting.getStore()) {
      statements += 1
    }
    return query.apply(this, args)
  }
  try {
    const result = await counting.run(true, work)
    return { result, statements }
  } finally {
    prototype.query = query
  }
}

/** A stored snapshot with a block kind no version of the schema knows (from a newer server, say). */
const withUnknownBlock = (stored: unknown, at: number) => {
  const snapshot = structuredClone(stored) as { document: { blocks: unknown[] } }
  snapshot.document.blocks.splice(at, 0, { type: 'video', url: 'https://example.org/clip.mp4' })
  return snapshot
}

describe('A send is one snapshot', () => {
  it('retries with the snapshot in another process: library edits made after a failed attempt reach neither the email, its PDF nor the page', async () => {
    const { payload } = world
    const name = uniqueName('Evening calf stroke')
    const technique = await techniqueWithPicture(
      name,
      'Stroke from ankle to knee with an open hand.',
      1600,
    )
    const { patient, program } = await programWith([technique])
    const clinic = await payload.findGlobal({ slug: 'clinic-settings', depth: 0 })
    let refusals = 0
    const flaky = await startSmtpServer({
      refuseRecipient: (address) =>
        address.address === patient.email && refusals++ < 1
          ? { code: 451, message: '4.7.1 Greylisted, try again later' }
          : undefined,
    })
    process.env.SMTP_URL = flaky.url
    closeDeliveryMailer()
    const renamed = uniqueName('Knee glide')
    try {
      expect((await asClinician('POST', `/programs/${program.id}/send`)).status).toBe(202)
      await runDueDeliveries(payload)
      const [first] = await deliveriesOf(payload, program.id)
      expect(first).toMatchObject({ status: 'queued', attempts: [{ outcome: 'retry' }] })
      expect(first.pdfSha256).toMatch(/^[0-9a-f]{64}$/)

      await payload.update({
        collection: 'techniques',
        id: technique.id,
        data: { name: renamed, steps: [{ text: 'Knead the calf with a loose fist.' }] },
      })
      await payload.updateGlobal({ slug: 'clinic-settings', data: { name: 'Renamed Clinic' } })

      const worker = startScript('src/cli/jobs.ts', ['--until-idle'], {
        SMTP_URL: flaky.url,
        DATABASE_PUSH: 'false',
      })
      expect(await worker.exited).toBe(0)

      const mails = flaky.received.filter((mail) =>
        JSON.stringify(mail.to).includes(patient.email!),
      )
      expect(mails).toHaveLength(1)
      const [mail] = mails
      for (const body of [visibleText(String(mail.html)), mail.text!]) {
        expect(body).toContain(name)
        expect(body).toContain('with an open hand')
        expect(body).toContain(clinic.name)
        expect(body).not.toContain(renamed)
        expect(body).not.toContain('loose fist')
        expect(body).not.toContain('Renamed Clinic')
      }
      expect(JSON.stringify([mail.from, mail.replyTo])).not.toContain('Renamed Clinic')

      const pdf = pdfOf(mail)
      const printed = await pdfText(pdf)
      expect(printed).toContain(name)
      expect(printed).toContain('with an open hand')
      expect(printed).not.toContain(renamed)
      expect(printed).not.toContain('loose fist')
      expect(printed).not.toContain('Renamed Clinic')

      const [sent] = await deliveriesOf(payload, program.id)
      expect(sent).toMatchObject({ status: 'sent', pdfSha256: first.pdfSha256 })
      expect(sent.attempts?.map((attempt) => attempt.outcome)).toEqual(['retry', 'sent'])
      expect(sha256(pdf)).toBe(sent.pdfSha256)
      // Made again from the snapshot, in this process, the PDF is the same bytes.
      expect(sha256(await renderSnapshotPdf(readSnapshot(sent.snapshot)))).toBe(sent.pdfSha256)

      const page = await get(programLinkIn(mail))
      expect(page.status).toBe(200)
      const text = visibleText(page.text)
      expect(text).toContain(name)
      expect(text).toContain('with an open hand')
      expect(text).toContain(clinic.name)
      expect(text).not.toContain(renamed)
      expect(text).not.toContain('loose fist')
      expect(text).not.toContain('Renamed Clinic')
      const [picture] = [...page.text.matchAll(/src="([^"]+\/images\/([0-9a-f]{64}))"/g)]
      const snapshot = readSnapshot(sent.snapshot)
      const card = snapshot.document.blocks.find((block) => block.type === 'techniqueCard')!
      expect(picture[2]).toBe(card.image!.email.sha256)
      expect(picture[2]).not.toBe(card.image!.print.sha256)
      const served = await get(new URL(picture[1], world.server.url).href)
      expect(served.status).toBe(200)
      expect(sha256(served.body)).toBe(card.image!.email.sha256)
      // The print size is the PDF's: the page serves only what it shows.
      const printSize = await get(`${programLinkIn(mail)}/images/${card.image!.print.sha256}`)
      expect(printSize.status).toBe(404)
    } finally {
      process.env.SMTP_URL = world.smtp.url
      closeDeliveryMailer()
      await flaky.stop()
      await payload.updateGlobal({ slug: 'clinic-settings', data: { name: clinic.name } })
    }
  }, 120_000)

  it('answers delivery-status from what was stored: no compose, and the same SQL for 1 technique as for 10', async () => {
    const techniques: Technique[] = []
    for (let i = 0; i < 10; i += 1) {
      techniques.push(await techniqueWithPicture(uniqueName('Status stroke'), `Step ${i}.`))
    }
    const one = await programWith(techniques.slice(0, 1))
    const ten = await programWith(techniques)
    await send(one.program, one.patient)
    await send(ten.program, ten.patient)
    const [tenSent] = await deliveriesOf(world.payload, ten.program.id)
    expect(
      Object.keys(tenSent.contentVersions as object).filter((key) => key.startsWith('techniques:')),
    ).toHaveLength(10)

    const measure = async (programId: number) => {
      const composesBefore = composeCount()
      const { result, statements } = await countingSql(() =>
        deliveryStatus(world.payload, programId),
      )
      return { composes: composeCount() - composesBefore, statements, status: result }
    }
    await measure(one.program.id)
    const small = await measure(one.program.id)
    const large = await measure(ten.program.id)
    expect(small.composes).toBe(0)
    expect(large.composes).toBe(0)
    expect(small.status.last).toMatchObject({ status: 'sent', upToDate: true })
    expect(large.status.last).toMatchObject({ status: 'sent', upToDate: true })
    expect(small.statements).toBeGreaterThan(0)
    expect(large.statements).toBe(small.statements)

    await world.payload.update({
      collection: 'techniques',
      id: techniques[9].id,
      data: { steps: [{ text: 'A new last step.' }] },
    })
    const edited = await measure(ten.program.id)
    expect(edited).toMatchObject({ composes: 0, statements: small.statements })
    expect(edited.status.last).toMatchObject({ upToDate: false })
    expect((await measure(one.program.id)).status.last).toMatchObject({ upToDate: true })
  }, 120_000)

  it('fails a delivery whose stored snapshot cannot be read, logging its id and the issue only, and sends nothing', async () => {
    const { payload } = world
    const { patient, program } = await emailableProgram({ conditions: [world.backPain.id] })
    const delivery = await queued(program.id)
    await payload.update({
      collection: 'deliveries',
      id: delivery.id,
      data: { snapshot: withUnknownBlock((await current(delivery.id)).snapshot, 1) },
    })

    const output = await captureOutput(() => runDueDeliveries(payload), {
      logger: payload.logger,
    })

    const failed = await current(delivery.id)
    expect(failed.status).toBe('failed')
    expect(failed.lastError).toMatch(/stored handout cannot be read \(document\.blocks\.1/)
    expect(failed.attempts).toMatchObject([{ outcome: 'failed' }])
    expect(mailsTo(patient)).toHaveLength(0)
    const lines = output.split('\n').filter((line) => line.includes(`Delivery ${delivery.id} `))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain('document.blocks.1')
    expect(output).not.toContain(patient.name.split(' ')[0])
    expect(output).not.toContain(patient.email)

    // Asked again, the failed delivery takes a snapshot that can be read, and is sent.
    expect((await asClinician('POST', `/programs/${program.id}/send`)).json).toMatchObject({
      outcome: 'requeued',
    })
    await runDueDeliveries(payload)
    expect(await current(delivery.id)).toMatchObject({ status: 'sent' })
    expect(mailsTo(patient)).toHaveLength(1)
  })

  it("shows a clear page, not the program, when a sent delivery's snapshot cannot be read", async () => {
    const { payload } = world
    const { patient, program } = await emailableProgram({ conditions: [world.backPain.id] })
    const link = programLinkIn(await send(program, patient))
    const [delivery] = await deliveriesOf(payload, program.id)
    await payload.update({
      collection: 'deliveries',
      id: delivery.id,
      data: { snapshot: withUnknownBlock(delivery.snapshot, 0) },
    })

    let page: Awaited<ReturnType<typeof get>> | undefined
    const output = await captureOutput(
      async () => {
        page = await get(link)
      },
      { logger: payload.logger },
    )

    expect(page!.status).toBe(500)
    const text = visibleText(page!.text)
    expect(text).toContain('This program cannot be shown')
    expect(text).toContain('ask your clinic to send your program again')
    expect(page!.text).not.toContain(patient.name.split(' ')[0])
    expect(page!.text).not.toContain(world.backPain.name)
    expect(page!.text).not.toMatch(/\bat .+:\d+:\d+/)
    const lines = output.split('\n').filter((line) => line.includes(`delivery ${delivery.id}:`))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain('document.blocks.0')
    expect(output).not.toContain(patient.name.split(' ')[0])
  })

  it('loads both sizes of each picture for a send in one compose, and only its own size for a preview', async () => {
    const technique = await techniqueWithPicture(uniqueName('Sized stroke'), 'Press.', 1600)
    const { program } = await programWith([technique])
    const request = {
      payload: world.payload,
      system: true,
      template: 'home-program' as const,
      id: program.id,
    }
    const sizesIn = async (sizes: Array<'print' | 'email'>) =>
      imagesOf(await composeDocument(request, sizes)).map((image) => Object.keys(image.sizes))
    expect(await sizesIn(['email'])).toContainEqual(['email'])
    expect((await sizesIn(['email'])).flat()).not.toContain('print')
    expect((await sizesIn(['print'])).flat()).not.toContain('email')
    const both = await composeDocument(request, ['print', 'email'])
    const card = both.blocks.find((block) => block.type === 'techniqueCard')!
    expect(card.image!.sizes.print!.width).toBe(1200)
    expect(card.image!.sizes.email!.width).toBe(1104)
  })

  it('makes the snapshot of a delivery queued before sends kept one, once, before sending it', async () => {
    const { payload } = world
    const { patient, program } = await emailableProgram({ conditions: [world.backPain.id] })
    const delivery = await queued(program.id)
    await payload.update({ collection: 'deliveries', id: delivery.id, data: { snapshot: null } })

    await runDueDeliveries(payload)

    const sent = await current(delivery.id)
    expect(sent.status).toBe('sent')
    const snapshot = readSnapshot(sent.snapshot)
    expect(snapshot.document.meta.patientName).toBe(patient.name)
    expect(sent.contentVersions).toEqual(snapshot.contentVersions)
    const [mail] = mailsTo(patient)
    expect(sha256(pdfOf(mail))).toBe(sent.pdfSha256)
    expect(String(mail.html)).toContain(world.backPain.name)
  })
})
