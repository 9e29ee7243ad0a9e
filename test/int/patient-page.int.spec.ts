import { createHash, randomBytes } from 'node:crypto'

import { afterEach, describe, expect, it } from '@jest/globals'
import jsQR from 'jsqr'

import { linkClock } from '../../src/patientLinks/clock'
import { deliveriesOf } from '../helpers/delivery'
import { pageImages } from '../helpers/pdfPages'
import { programLinkIn, visibleText } from '../helpers/patientPage'
import { usePatientPageWorld } from '../helpers/patientPageWorld'

const world = usePatientPageWorld()
const { asClinician, callAs, emailableProgram, send } = world

const DAY_MS = 24 * 60 * 60 * 1000
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

const get = async (url: string, headers: Record<string, string> = {}) => {
  const response = await fetch(url, { headers, redirect: 'manual' })
  const body = new Uint8Array(await response.arrayBuffer())
  return {
    status: response.status,
    headers: response.headers,
    body,
    text: Buffer.from(body).toString(),
  }
}

const sentProgram = async () => {
  const { patient, program } = await emailableProgram({
    conditions: [world.backPain.id],
  })
  const mail = await send(program, patient)
  return { patient, program, mail, link: programLinkIn(mail) }
}

const linkState = async (programId: number, session = world.sessions.clinician) =>
  callAs(session, 'GET', `/programs/${programId}/patient-link`)

afterEach(() => {
  linkClock.reset()
  process.env.PATIENT_LINK_LOOKUPS_PER_MINUTE = '100000'
  delete process.env.TRUSTED_PROXIES
})

describe("The patient's program page", () => {
  it('opens from the emailed link with the program as sent, greeting the patient by first name only', async () => {
    const { patient, program, mail, link } = await sentProgram()
    expect(link).toMatch(new RegExp(`^${world.server.url}/p/[A-Za-z0-9_-]{43}$`))
    expect(mail.text).toContain(link)

    const page = await get(link)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const text = visibleText(page.text)
    const firstName = patient.name.split(' ')[0]
    expect(program.listTitle).toBe(`Home program for ${patient.name}`)
    expect(text).toContain(`Home program for ${firstName}`)
    expect(text).toContain(`Hello, ${firstName}`)
    expect(text).toContain(world.backPain.name)
    expect(text).toMatch(/Updated on \d{1,2} \w+ \d{4}|Updated on \w+ \d{1,2}, \d{4}/)
    expect(text).toContain('Stop and call us')
    expect(page.text).not.toContain(patient.name)
    expect(page.text).not.toContain(patient.email)
    // The one script is the page's own (its forms without a reload), allowed by its hash.
    expect(page.text.match(/<script/g)).toHaveLength(1)
  })

  it('answers with no-store, no-referrer, noindex and a strict CSP, and loads nothing from another host', async () => {
    const { link } = await sentProgram()
    const page = await get(link)
    expect(page.headers.get('cache-control')).toBe('no-store')
    expect(page.headers.get('referrer-policy')).toBe('no-referrer')
    expect(page.headers.get('x-robots-tag')).toContain('noindex')
    const csp = page.headers.get('content-security-policy')!
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("img-src 'self'")
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/)
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/)
    expect(csp).not.toMatch(/unsafe-inline|\*/)
    const sources = [...page.text.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((match) => match[1])
    const loaded = [...page.text.matchAll(/\ssrc="([^"]+)"/g)].map((match) => match[1])
    expect(loaded.length).toBeGreaterThan(0)
    loaded.forEach((source) => expect(source).toMatch(/^\/p\//))
    expect(sources.filter((href) => href.startsWith('/p/')).length).toBeGreaterThan(0)
  })

  it("downloads the delivery's kept PDF byte for byte, and serves the images through the link", async () => {
    const { program, link } = await sentProgram()
    const [delivery] = await deliveriesOf(world.payload, program.id)
    const pdf = await get(`${link}/program.pdf`)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(pdf.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.pdf"$/)
    expect(sha256(pdf.body)).toBe(delivery.pdfSha256)

    const page = await get(link)
    const images = [...page.text.matchAll(/<img src="([^"]+)"/g)].map((match) => match[1])
    expect(images.length).toBeGreaterThan(0)
    for (const image of images) {
      const served = await get(`${world.server.url}${image}`)
      expect(served.status).toBe(200)
      expect(served.headers.get('content-type')).toMatch(/^image\/(png|jpeg)$/)
      expect(served.headers.get('cache-control')).toBe('no-store')
    }
    const unknownImage = await get(`${link}/images/${'0'.repeat(64)}`)
    expect(unknownImage.status).toBe(404)
  })

  it('prints the link and a QR code of it on page 1 of the PDF', async () => {
    const { mail, link } = await sentProgram()
    const attachment = mail.attachments.find((file) => file.contentType === 'application/pdf')!
    const [first] = await pageImages(attachment.content, { scale: 3 })
    const decoded = jsQR(first.rgba, first.width, first.height)
    expect(decoded?.data).toBe(link)
  })

  it('keeps showing the last sent version through an unsent edit, and the new one under the same link once sent', async () => {
    const { patient, program, link } = await sentProgram()
    const first = await get(link)
    const edited = await asClinician('PATCH', `/programs/${program.id}`, {
      title: 'Evening plan after the review',
    })
    expect(edited.status).toBe(200)

    const unsent = await get(link)
    expect(unsent.status).toBe(200)
    expect(unsent.text).toBe(first.text)
    expect(visibleText(unsent.text)).not.toContain('Evening plan after the review')

    const mail = await send(program, patient)
    expect(programLinkIn(mail)).toBe(link)
    const updated = await get(link)
    expect(visibleText(updated.text)).toContain('Evening plan after the review')
    expect(updated.headers.get('etag')).not.toBe(first.headers.get('etag'))
    const deliveries = await deliveriesOf(world.payload, program.id)
    expect(deliveries).toHaveLength(2)
    const pdf = await get(`${link}/program.pdf`)
    expect(sha256(pdf.body)).toBe(deliveries[1].pdfSha256)
  })

  it('renders a delivery once and answers a repeat visit with the same ETag (304 when asked)', async () => {
    const { link } = await sentProgram()
    const first = await get(link)
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"delivery-\d+-normal-[\w-]+"$/)
    const again = await get(link, { 'If-None-Match': etag })
    expect(again.status).toBe(304)
    expect(again.headers.get('cache-control')).toBe('no-store')
  })

  it('switches to large print and back with a plain link (no script needed)', async () => {
    const { link } = await sentProgram()
    const normal = await get(link)
    expect(normal.text).toContain('<body class="normal">')
    expect(normal.text).toContain(`href="${new URL(link).pathname}?size=large">Larger text</a>`)
    const large = await get(`${link}?size=large`)
    expect(large.text).toContain('<body class="large">')
    expect(large.text).toContain(`href="${new URL(link).pathname}?size=normal">Normal text</a>`)
  })

  it("is in the patient's language when the program has one", async () => {
    const { patient, program } = await emailableProgram({
      conditions: [world.backPain.id],
      patient: { preferredLanguage: 'es' },
    })
    const link = programLinkIn(await send(program, patient))
    const page = await get(link)
    expect(page.text).toContain('<html lang="es"')
    expect(visibleText(page.text)).toContain('Descargar PDF')
    expect(visibleText(page.text)).toMatch(/Actualizado el/)
  })
})

describe('A link that does not open a program', () => {
  const notFoundOf = async (url: string) => {
    const response = await get(url)
    return {
      status: response.status,
      text: response.text,
      cache: response.headers.get('cache-control'),
    }
  }

  it('gets one friendly page for unknown, stopped, expired and 1,000 random tokens alike', async () => {
    const unknown = await notFoundOf(
      `${world.server.url}/p/${randomBytes(32).toString('base64url')}`,
    )
    expect(unknown.status).toBe(404)
    expect(unknown.cache).toBe('no-store')
    expect(visibleText(unknown.text)).toContain('Ask your clinic for a new link')
    expect(visibleText(unknown.text)).toContain('555-0142')

    const { program, link } = await sentProgram()
    const token = link.split('/p/')[1]
    const nearMisses = [
      `${token.slice(0, 42)}${token[42] === 'A' ? 'B' : 'A'}`,
      token.slice(0, 42),
      `${token}A`,
      token.toLowerCase() === token ? token.toUpperCase() : token.toLowerCase(),
      '',
      'x'.repeat(5000),
      '%00',
    ]
    for (const miss of nearMisses) {
      expect(await notFoundOf(`${world.server.url}/p/${miss}`)).toEqual(unknown)
    }
    const randoms = await Promise.all(
      Array.from({ length: 1000 }, () =>
        notFoundOf(`${world.server.url}/p/${randomBytes(32).toString('base64url')}`),
      ),
    )
    randoms.forEach((answer) => expect(answer).toEqual(unknown))

    linkClock.set(() => new Date(Date.now() + 181 * DAY_MS))
    expect(await notFoundOf(link)).toEqual(unknown)
    expect(await notFoundOf(`${link}/program.pdf`)).toEqual(unknown)
    linkClock.reset()
    expect((await get(link)).status).toBe(200)

    const stopped = await asClinician('POST', `/programs/${program.id}/patient-link/stop`)
    expect(stopped.status).toBe(200)
    expect(stopped.json).toMatchObject({ state: 'stopped' })
    expect(stopped.json.url).toBeUndefined()
    expect(await notFoundOf(link)).toEqual(unknown)
    expect(await notFoundOf(`${link}/program.pdf`)).toEqual(unknown)
  })

  it('stops its images and PDF with it when the clinician stops the link', async () => {
    const { program, link } = await sentProgram()
    const page = await get(link)
    const image = /<img src="([^"]+)"/.exec(page.text)![1]
    expect((await get(`${world.server.url}${image}`)).status).toBe(200)
    await asClinician('POST', `/programs/${program.id}/patient-link/stop`)
    expect((await get(`${world.server.url}${image}`)).status).toBe(404)
    expect((await get(`${link}/program.pdf`)).status).toBe(404)
  })

  it("expires the clinic setting's number of days after the last send, and each send extends it", async () => {
    await world.payload.updateGlobal({ slug: 'clinic-settings', data: { patientLinkDays: 30 } })
    try {
      const { patient, program, link } = await sentProgram()
      linkClock.set(() => new Date(Date.now() + 29 * DAY_MS))
      expect((await get(link)).status).toBe(200)
      const before = (await linkState(program.id)).json.expiresAt as string
      await asClinician('PATCH', `/programs/${program.id}`, {
        title: 'Plan for the next month',
      })
      await send(program, patient)
      const after = (await linkState(program.id)).json.expiresAt as string
      expect(new Date(after).getTime()).toBeGreaterThan(new Date(before).getTime())
      linkClock.set(() => new Date(Date.now() + 50 * DAY_MS))
      expect((await get(link)).status).toBe(200)
      linkClock.set(() => new Date(Date.now() + 60 * DAY_MS))
      expect((await get(link)).status).toBe(404)
      expect((await linkState(program.id)).json).toMatchObject({ state: 'expired' })
    } finally {
      await world.payload.updateGlobal({ slug: 'clinic-settings', data: { patientLinkDays: 180 } })
    }
  })

  it('limits lookups per client address (here behind a trusted proxy)', async () => {
    process.env.PATIENT_LINK_LOOKUPS_PER_MINUTE = '5'
    process.env.TRUSTED_PROXIES = 'loopback'
    const from = (address: string) => ({ 'X-Forwarded-For': address })
    const url = `${world.server.url}/p/${randomBytes(32).toString('base64url')}`
    for (let i = 0; i < 5; i++) {
      expect((await get(url, from('198.51.100.7'))).status).toBe(404)
    }
    const limited = await get(url, from('198.51.100.7'))
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('60')
    expect((await get(url, from('198.51.100.8'))).status).toBe(404)
  })
})

describe("The clinician's side of the link", () => {
  it('"New link" replaces the link: the old one stops, the new one shows the same program', async () => {
    const { program, link } = await sentProgram()
    const renewed = await asClinician('POST', `/programs/${program.id}/patient-link/new`)
    expect(renewed.status).toBe(200)
    const fresh = renewed.json.url as string
    expect(fresh).toMatch(/\/p\/[A-Za-z0-9_-]{43}$/)
    expect(fresh).not.toBe(link)
    expect((await get(link)).status).toBe(404)
    const page = await get(fresh)
    expect(page.status).toBe(200)
    expect(visibleText(page.text)).toContain('Home program for Rosalind')
  })

  it('a send after "Stop this link" gives the patient a new link', async () => {
    const { patient, program, link } = await sentProgram()
    await asClinician('POST', `/programs/${program.id}/patient-link/stop`)
    await asClinician('PATCH', `/programs/${program.id}`, {
      title: 'Second plan',
    })
    const next = programLinkIn(await send(program, patient))
    expect(next).not.toBe(link)
    expect((await get(next)).status).toBe(200)
    expect((await get(link)).status).toBe(404)
  })

  it("records each opening with its network, never the full address, in the program's API", async () => {
    const { program, link } = await sentProgram()
    const fresh = await asClinician('GET', `/programs/${program.id}?depth=1`)
    expect(fresh.json.patientLink).toMatchObject({ docs: [{ state: 'active', openCount: 0 }] })
    await get(link)
    // The visitor's address as a trusted proxy in front of the app names it.
    process.env.TRUSTED_PROXIES = 'loopback'
    await get(link, { 'X-Forwarded-For': '203.0.113.77' })
    await get(`${link}/program.pdf`)
    // Visits are written together every two seconds; the clinician's panel writes them first.
    const panel = await linkState(program.id)
    expect(panel.json).toMatchObject({ state: 'active', openCount: 2 })
    expect(panel.json.lastOpenedAt).toBeTruthy()
    const read = await asClinician('GET', `/programs/${program.id}?depth=1`)
    const [state] = (read.json.patientLink as { docs: Record<string, unknown>[] }).docs
    expect(state).toMatchObject({ state: 'active', openCount: 2, lastOpenedFrom: '203.0.113.0/24' })
    expect(state.lastOpenedAt).toBeTruthy()
    expect(state.expiresAt).toBeTruthy()
    expect(state).not.toHaveProperty('tokenHash')
    expect(state).not.toHaveProperty('version')
    expect(JSON.stringify(read.json)).not.toContain(link.split('/p/')[1])
  })

  it('lets only staff who may read the program see or change its link; anonymous REST cannot list links', async () => {
    const { program, link } = await sentProgram()
    const expected = {
      anonymous: 403,
      editor: 403,
      otherClinician: 404,
      clinician: 200,
      admin: 200,
    }
    for (const [actor, status] of Object.entries(expected)) {
      const session = world.sessions[actor as keyof typeof world.sessions]
      expect((await linkState(program.id, session)).status).toBe(status)
      for (const action of ['stop', 'new']) {
        const refused = await callAs(
          session,
          'POST',
          `/programs/${program.id}/patient-link/${action}`,
        )
        if (status !== 200) {
          expect(refused.status).toBe(status)
        }
      }
    }
    const state = await linkState(program.id)
    expect(state.json).toMatchObject({ state: 'active' })
    expect(state.json.url).not.toBe(link)

    const anonymousList = await callAs(world.sessions.anonymous, 'GET', '/patient-links')
    expect(anonymousList.status).toBe(403)
    const otherList = await callAs(world.sessions.otherClinician, 'GET', '/patient-links')
    expect(JSON.stringify(otherList.json)).not.toContain(`"program":${program.id}`)
    const adminList = await callAs(world.sessions.admin, 'GET', '/patient-links?limit=100&depth=0')
    expect(adminList.status).toBe(200)
    expect(JSON.stringify(adminList.json)).not.toMatch(/tokenHash|"version"/)
    const created = await callAs(world.sessions.admin, 'POST', '/patient-links', {
      program: program.id,
      tokenHash: 'x',
    })
    expect(created.status).toBe(403)
  })
})
