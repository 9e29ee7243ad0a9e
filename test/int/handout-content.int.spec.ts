import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { conditions as seededConditions } from '../../seeds/data'
import { seed } from '../../seeds/seed'
import { closeDeliveryMailer } from '../../src/delivery/mailer'
import { requestDelivery } from '../../src/delivery/requestDelivery'
import { makeHandoutEmail, makeHandoutPdf, type HandoutRequest } from '../../src/handouts/make'
import type { ClinicSetting, Condition, Program, Technique } from '../../src/payload-types'
import { useSeededClinic } from '../helpers/clinicSettings'
import { createEmailableProgram, runDueDeliveries } from '../helpers/delivery'
import { createStaff, relyingOnDefaults, uniqueName, type Staff } from '../helpers/fixtures'
import { contentData } from '../helpers/library'
import { startPayload, stopPayload } from '../helpers/payload'
import { pdfPagesText, pdfText } from '../helpers/pdf'
import { richTextDocument, richTextParagraph, richTextText } from '../helpers/richText'
import { startSmtpServer, type SmtpServer } from '../helpers/smtpServer'

let payload: Payload
let smtp: SmtpServer
let staff: Staff
let clinic: ClinicSetting
let conditions: Condition[]
let osteoarthritis: Condition
let mailFromBefore: string | undefined

const bySlug = async (collection: 'conditions' | 'techniques', slug: string) =>
  (await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1 })).docs[0]

const request = (
  template: HandoutRequest['template'],
  id: number,
  options: Partial<HandoutRequest> = {},
): HandoutRequest => ({ payload, system: true, template, id, ...options })

const programFor = async (data: Partial<Program>) => {
  const patient = await payload.create({
    collection: 'patients',
    data: relyingOnDefaults<'patients'>({
      name: uniqueName('Rosa Patient'),
      clinician: staff.clinician.id,
    }),
  })
  return payload.create({
    collection: 'programs',
    depth: 0,
    data: relyingOnDefaults<'programs'>({ patient: patient.id, status: 'ready', ...data }),
  })
}

/** How often `needle` occurs in `text`. */
const count = (text: string, needle: string) => text.split(needle).length - 1
const papers = [
  { paper: 'A4', largePrint: false },
  { paper: 'LETTER', largePrint: false },
  { paper: 'A4', largePrint: true },
] as const

beforeAll(async () => {
  mailFromBefore = process.env.MAIL_FROM
  delete process.env.MAIL_FROM
  smtp = await startSmtpServer()
  process.env.SMTP_URL = smtp.url
  payload = await startPayload()
  await seed(payload)
  staff = await createStaff(payload)
  clinic = await useSeededClinic(payload)
  const seededSlugs = seededConditions.map((condition) => condition.slug)
  conditions = (
    await payload.find({
      collection: 'conditions',
      where: { slug: { in: seededSlugs } },
      limit: 100,
      sort: 'name',
    })
  ).docs
  osteoarthritis = (await bySlug('conditions', 'osteoarthritis')) as Condition
}, 300_000)

afterAll(async () => {
  delete process.env.SMTP_URL
  if (mailFromBefore !== undefined) {
    process.env.MAIL_FROM = mailFromBefore
  }
  closeDeliveryMailer()
  await smtp?.stop()
  await stopPayload(payload)
})

describe('a home program explains each technique once', () => {
  it('prints each technique’s card once, after a plan naming the cards by number', async () => {
    const program = await programFor({ conditions: [osteoarthritis.id] })
    const neckRolls = (await bySlug('techniques', 'neck-and-shoulder-rolls')) as Technique
    const firstStep = neckRolls.steps![0].text
    const { pdf } = await makeHandoutPdf(request('home-program', program.id))
    const text = await pdfText(pdf)
    expect(count(text, firstStep)).toBe(1)
    expect(count(text, 'Your techniques')).toBe(1)
    expect(text).toMatch(/Morning routine, about \d+ minutes .*1 Neck and shoulder rolls: 8 times/)
    expect(text).toContain('2 Chest opening stretch: 2 times, hold 20 s')
    // Neck rolls are in four of the program's routines, each plan line naming card 1.
    expect(count(text, '1 Neck and shoulder rolls:')).toBe(4)

    const { email } = await makeHandoutEmail(request('home-program', program.id))
    expect(count(email.text, firstStep)).toBe(1)
    expect(email.html).toContain('Neck and shoulder rolls')
    expect(count(email.html, firstStep) + count(email.html, 'Every step is in the PDF')).toBe(1)
  })

  it('fits a program from any seeded condition in half the pages it took with a card per use', async () => {
    // Before: Osteoarthritis took 23 pages in A4, 26 in Letter and 66 in large print.
    const program = await programFor({ conditions: [osteoarthritis.id] })
    const pages = await Promise.all(
      papers.map(
        async (options) =>
          (
            await pdfPagesText(
              (await makeHandoutPdf(request('home-program', program.id, options))).pdf,
            )
          ).length,
      ),
    )
    expect(pages[0]).toBeLessThanOrEqual(12)
    expect(pages[1]).toBeLessThanOrEqual(13)
    expect(pages[2]).toBeLessThanOrEqual(33)
  })
})

describe('safety comes first', () => {
  it.each(papers)(
    'puts "Stop and call us if…" with every red flag on page 1 of a home program (%o)',
    async (options) => {
      for (const condition of conditions) {
        const program = await programFor({ conditions: [condition.id] })
        const { pdf } = await makeHandoutPdf(request('home-program', program.id, options))
        const [first, second] = (await pdfPagesText(pdf)).map((page) => page.replace(/\s+/g, ' '))
        expect(first).toContain('Stop and call us if…')
        expect(first).toContain(condition.redFlags[0].text)
        // In large print the title leaves too little of page 1 for some conditions' whole box:
        // it starts there and goes on at the top of page 2.
        const shown = options.largePrint ? `${first} ${second.split('Your plan')[0]}` : first
        for (const flag of condition.redFlags) {
          expect(shown).toContain(flag.text)
        }
      }
    },
  )

  it('puts the safety box above the first technique in the email', async () => {
    const program = await programFor({ conditions: [osteoarthritis.id] })
    const { email } = await makeHandoutEmail(request('home-program', program.id))
    const safety = email.html.indexOf('Stop and call us if…')
    expect(safety).toBeGreaterThan(-1)
    expect(safety).toBeLessThan(email.html.indexOf('Neck and shoulder rolls'))
    expect(email.text.indexOf('Stop and call us if…')).toBeLessThan(
      email.text.indexOf('Neck and shoulder rolls'),
    )
  })

  it('keeps the safety box before the techniques in a condition guide and a technique card', async () => {
    const guide = await pdfText(
      (await makeHandoutPdf(request('condition-guide', osteoarthritis.id))).pdf,
    )
    expect(guide.indexOf('Stop and call us if…')).toBeGreaterThan(-1)
    expect(guide.indexOf('Stop and call us if…')).toBeLessThan(
      guide.indexOf('Techniques you can do at home'),
    )
    const neckRolls = (await bySlug('techniques', 'neck-and-shoulder-rolls')) as Technique
    const card = await pdfText((await makeHandoutPdf(request('technique-card', neckRolls.id))).pdf)
    expect(card.indexOf('Stop and call us if…')).toBeGreaterThan(-1)
    expect(card.indexOf('Stop and call us if…')).toBeLessThan(card.indexOf('Steps'))
  })
})

describe('one dosage, no contradictions', () => {
  it('never prints a technique’s weekly default inside a daily routine', async () => {
    const technique = await payload.create({
      collection: 'techniques',
      data: {
        ...contentData('techniques'),
        _status: 'published',
        defaultDosage: { durationMinutes: 10, repetitions: 12, frequency: 'weekly' },
      },
    })
    const routine = await payload.create({
      collection: 'routines',
      data: {
        ...contentData('routines', technique.id),
        _status: 'published',
        items: [{ technique: technique.id, dosage: { repetitions: 6, frequency: 'daily' } }],
      },
    })
    const other = await payload.create({
      collection: 'routines',
      data: {
        ...contentData('routines', technique.id),
        _status: 'published',
        items: [{ technique: technique.id, dosage: { durationMinutes: 2 } }],
      },
    })
    const program = await programFor({ routines: [routine.id, other.id] })
    const text = await pdfText((await makeHandoutPdf(request('home-program', program.id))).pdf)
    expect(text).not.toContain('Once a week')
    expect(text).not.toMatch(/once a week/i)
    expect(text).toContain(`1 ${technique.name}: 6 times`)
    expect(text).toContain(`1 ${technique.name}: 2 min`)
    // The card says how much in each routine, not the technique's default of 12 times.
    expect(text).not.toContain('12 times')
  })
})

describe('notes say who wrote them', () => {
  it('prints an editor’s note on a library routine as a tip, and only the clinician’s own as theirs', async () => {
    const neckRolls = (await bySlug('techniques', 'neck-and-shoulder-rolls')) as Technique
    const program = await programFor({
      conditions: [osteoarthritis.id],
      items: [{ technique: neckRolls.id, note: 'Do these at your desk at noon.' }],
    })
    const text = await pdfText((await makeHandoutPdf(request('home-program', program.id))).pdf)
    expect(text).toContain('Tip: Start small and let the circles get bigger as you loosen up.')
    expect(count(text, `Note from ${staff.clinician.name}`)).toBe(1)
    expect(text).toMatch(new RegExp(`Note from ${staff.clinician.name}:? Do these at your desk`))
    const { email } = await makeHandoutEmail(request('home-program', program.id))
    expect(email.html).toContain('Start small and let the circles get bigger')
    expect(count(email.text, `Note from ${staff.clinician.name}`)).toBe(1)
  })
})

describe('links work on paper', () => {
  it('prints an inline link’s address, shortened, after its text; the email keeps the link', async () => {
    const personalNotes = richTextDocument([
      richTextParagraph([
        richTextText('Read '),
        {
          type: 'link',
          version: 1,
          fields: {
            url: 'https://www.versusarthritis.org/about-arthritis/?utm_source=clinic',
            linkType: 'custom',
          },
          children: [richTextText('the Versus Arthritis guide')],
        },
        richTextText(' before your next visit.'),
      ]),
    ])
    const program = await programFor({
      conditions: [osteoarthritis.id],
      personalNotes: personalNotes as Program['personalNotes'],
    })
    const pdf = await pdfText((await makeHandoutPdf(request('home-program', program.id))).pdf)
    expect(pdf).toContain(
      'Read the Versus Arthritis guide (versusarthritis.org/about-arthritis) before your next visit.',
    )
    const { email } = await makeHandoutEmail(request('home-program', program.id))
    expect(email.html).toMatch(
      /<a [^>]*href="https:\/\/www\.versusarthritis\.org\/about-arthritis\/\?utm_source=clinic"[^>]*>the Versus Arthritis guide<\/a>/,
    )
  })
})

describe('the email of a home program', () => {
  const sent = async (program: Program, address: string) => {
    expect(await requestDelivery(payload, program.id)).not.toHaveProperty('refused')
    await runDueDeliveries(payload)
    return smtp.received.find((mail) => JSON.stringify(mail.to).includes(address))!
  }

  it('comes from the clinic, by its name and address, when MAIL_FROM is not set', async () => {
    const { patient, program } = await createEmailableProgram(payload, staff.clinician, {
      conditions: [osteoarthritis.id],
    })
    const mail = await sent(program, patient.email!)
    expect(mail.from?.value).toEqual([{ name: clinic.name, address: clinic.email }])
    expect(mail.replyTo?.value).toEqual([{ name: clinic.name, address: clinic.email }])
  })

  it('keeps its HTML part under 60 KB for a program from each seeded condition, two conditions and large print', async () => {
    const programs = [
      ...conditions.map((condition) => ({ conditions: [condition.id], largePrint: false })),
      ...conditions.map((condition, i) => ({
        conditions: [condition.id, conditions[(i + 3) % conditions.length].id],
        largePrint: i % 2 === 0,
      })),
    ]
    for (const data of programs) {
      const { patient, program } = await createEmailableProgram(payload, staff.clinician, data)
      if (data.largePrint) {
        await payload.update({ collection: 'programs', id: program.id, data: { largePrint: true } })
      }
      const mail = await sent(program, patient.email!)
      // mailparser put each picture in place as a data: link; as sent, each was a short cid: link.
      const asSent = (mail.html || '').replace(/data:image\/\w+;base64,[A-Za-z0-9+/=]+/g, 'cid:x')
      expect(asSent).toContain('Stop and call us if')
      expect(Buffer.byteLength(asSent)).toBeLessThanOrEqual(60 * 1024)
      const pictures = mail.attachments.filter((file) => file.related)
      expect(pictures.length).toBeGreaterThan(0)
      expect(new Set(pictures.map((file) => file.checksum)).size).toBe(pictures.length)
      for (const picture of pictures) {
        // The email size: at most twice the message's 552 px column (PNG width at byte 16).
        expect(picture.content.readUInt32BE(16)).toBeLessThanOrEqual(1104)
      }
      const pdf = mail.attachments.find((file) => file.contentType === 'application/pdf')!
      const whole = await pdfText(pdf.content)
      if (asSent.includes('Every step is in the PDF')) {
        expect(whole).toContain('Steps')
      }
    }
  })
})
