import { createHash } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'

import { seed } from '../../seeds/seed'
import { dataDir } from '../../src/paths'
import type { Patient } from '../../src/payload-types'
import { describeInBrowser, launchChromium } from '../helpers/browser'
import { createEmailableProgram, deliveriesOf, pause } from '../helpers/delivery'
import { createStaff, PASSWORD, type Staff } from '../helpers/fixtures'
import { api, logIn } from '../helpers/http'
import { startNextServer } from '../helpers/nextServer'
import { startPayload, stopPayload } from '../helpers/payload'
import { programLinkIn } from '../helpers/patientPage'
import { startSmtpServer, type SmtpServer } from '../helpers/smtpServer'

const describeIfBrowser = describeInBrowser('patient page browser test')
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

describeIfBrowser("the patient's program page in a browser", () => {
  let payload: Payload
  let staff: Staff
  let server: Awaited<ReturnType<typeof startNextServer>>
  let browser: Browser
  let smtp: SmtpServer
  let patient: Patient
  let programId: number
  let link: string
  const screenshots = path.join(dataDir, 'screenshots')

  const mailTo = async (address: string): Promise<ParsedMail> => {
    for (let waited = 0; waited < 60_000; waited += 250) {
      const mail = smtp.received.find((received) => JSON.stringify(received.to).includes(address))
      if (mail) {
        return mail
      }
      await pause(250)
    }
    throw new Error(`no email reached ${address}`)
  }

  /** A phone-sized page that notes every request it makes, to check none leaves the server. */
  const openPage = async (width: number) => {
    // axe runs its checks in pages of the same context: a page of its own context, not browser.newPage().
    const context = await browser.newContext({
      viewport: { width, height: 800 },
      acceptDownloads: true,
    })
    const page = await context.newPage()
    const requested: string[] = []
    page.on('request', (request) => requested.push(request.url()))
    return { page, requested }
  }

  const axeViolations = async (page: Page) =>
    (await new AxeBuilder({ page }).withTags(WCAG_AA).analyze()).violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
    )

  beforeAll(async () => {
    payload = await startPayload()
    await seed(payload)
    staff = await createStaff(payload)
    smtp = await startSmtpServer()
    // SERVER_URL: the emailed link leads back to this server.
    server = await startNextServer((url) => ({
      SERVER_URL: url,
      SMTP_URL: smtp.url,
      JOBS_AUTORUN: 'true',
      PATIENT_LINK_LOOKUPS_PER_MINUTE: '100000',
    }))
    browser = await launchChromium()
    mkdirSync(screenshots, { recursive: true })

    const backPain = (
      await payload.find({
        collection: 'conditions',
        where: { slug: { equals: 'lower-back-pain' } },
      })
    ).docs[0]
    const made = await createEmailableProgram(payload, staff.clinician, {
      conditions: [backPain.id],
    })
    patient = made.patient
    programId = made.program.id
    const clinician = await logIn(server.url, staff.clinician.email)
    const sent = await api(server.url, clinician, 'POST', `/programs/${programId}/send`)
    expect(sent.status).toBe(202)
    link = programLinkIn(await mailTo(patient.email!))
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    await smtp?.stop()
    await stopPayload(payload)
  })

  it('opens the emailed link at 360 px: the program, first name only, nothing from another host, 0 axe violations', async () => {
    const { page, requested } = await openPage(360)
    const response = await page.goto(link)
    expect(response?.status()).toBe(200)
    const firstName = patient.name.split(' ')[0]
    await page.getByRole('heading', { level: 1, name: `Home program for ${firstName}` }).waitFor()
    await page.getByText(`Hello, ${firstName}`).waitFor()
    await page.getByText(/Updated on/).waitFor()
    expect(await page.content()).not.toContain(patient.email!)
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(scrollWidth).toBeLessThanOrEqual(360)
    await page.screenshot({ path: path.join(screenshots, 'patient-page-360.png'), fullPage: true })
    expect(await axeViolations(page)).toEqual([])
    const origin = new URL(server.url).origin
    requested.forEach((url) => expect(new URL(url).origin).toBe(origin))
    await page.close()
  })

  it('downloads the PDF that was sent, byte for byte', async () => {
    const { page } = await openPage(360)
    await page.goto(link)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download PDF' }).click(),
    ])
    const bytes = await readFile((await download.path())!)
    const [delivery] = await deliveriesOf(payload, programId)
    expect(sha256(bytes)).toBe(delivery.pdfSha256)
    await page.close()
  })

  it('switches to large print and back, and has 0 axe violations at 1280 px in both sizes', async () => {
    const { page } = await openPage(1280)
    await page.goto(link)
    expect(await axeViolations(page)).toEqual([])
    const size = () =>
      page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize))
    const normal = await size()
    await page.screenshot({ path: path.join(screenshots, 'patient-page-1280.png') })
    await page.getByRole('link', { name: 'Larger text' }).click()
    await page.getByRole('link', { name: 'Normal text' }).waitFor()
    expect(await size()).toBeGreaterThan(normal * 1.2)
    expect(await axeViolations(page)).toEqual([])
    await page.setViewportSize({ width: 360, height: 800 })
    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({ path: path.join(screenshots, 'patient-page-360-large.png') })
    await page.getByRole('link', { name: 'Normal text' }).click()
    await page.getByRole('link', { name: 'Larger text' }).waitFor()
    expect(await size()).toBe(normal)
    await page.close()
  })

  it("shows the clinician the link's state, and stopping it gives the patient the not-found page", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
    await page.goto(`${server.url}/admin/login`)
    await page.fill('input[name="email"]', staff.clinician.email)
    await page.fill('input[name="password"]', PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL(`${server.url}/admin`, { timeout: 60_000 })
    await page.goto(`${server.url}/admin/collections/programs/${programId}`)
    const panel = page.locator('.patient-link-panel')
    await panel.getByText(/Active until/).waitFor({ timeout: 60_000 })
    await panel.getByText(/opened \d+ times?/).waitFor()
    await panel.screenshot({ path: path.join(screenshots, 'patient-link-panel.png') })
    await page.screenshot({ path: path.join(screenshots, 'program-with-link-panel.png') })
    page.once('dialog', (dialog) => void dialog.accept())
    await panel.getByRole('button', { name: 'Stop this link' }).click()
    await panel.getByText(/Stopped: the link no longer opens/).waitFor()
    await page.close()

    const { page: patientPage } = await openPage(360)
    const response = await patientPage.goto(link)
    expect(response?.status()).toBe(404)
    await patientPage.getByText('Ask your clinic for a new link').waitFor()
    expect(await axeViolations(patientPage)).toEqual([])
    await patientPage.screenshot({ path: path.join(screenshots, 'patient-page-not-found.png') })
    await patientPage.close()
  })
})
