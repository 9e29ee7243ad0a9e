import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'

import { dataDir } from '../../src/paths'
import { describeInBrowser, launchChromium } from '../helpers/browser'
import { createEmailableProgram } from '../helpers/delivery'
import { createStaff, PASSWORD, relyingOnDefaults, type Staff } from '../helpers/fixtures'
import { contentData } from '../helpers/library'
import { startNextServer } from '../helpers/nextServer'
import { startPayload, stopPayload } from '../helpers/payload'
import { startSmtpServer, type SmtpServer } from '../helpers/smtpServer'

const describeIfBrowser = describeInBrowser('browser test')

describeIfBrowser('the admin panel in a browser', () => {
  let payload: Payload
  let staff: Staff
  let server: Awaited<ReturnType<typeof startNextServer>>
  let browser: Browser
  let smtp: SmtpServer
  const screenshots = path.join(dataDir, 'screenshots')

  beforeAll(async () => {
    payload = await startPayload()
    staff = await createStaff(payload)
    smtp = await startSmtpServer()
    // The app runs the delivery queue itself, as it does for clinics.
    server = await startNextServer({ SMTP_URL: smtp.url, JOBS_AUTORUN: 'true' })
    browser = await launchChromium()
    mkdirSync(screenshots, { recursive: true })
  }, 180_000)

  const logIn = async (email: string) => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
    await page.goto(`${server.url}/admin/login`)
    await page.fill('input[name="email"]', email)
    await page.fill('input[name="password"]', PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL(`${server.url}/admin`, { timeout: 60_000 })
    return page
  }

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    await smtp?.stop()
    await stopPayload(payload)
  })

  it('logs in as an editor and opens a technique with its reading level', async () => {
    const technique = await payload.create({
      collection: 'techniques',
      data: {
        ...contentData('techniques'),
        _status: 'published',
        summary:
          'Comprehensive myofascial decompression facilitates considerable improvements regarding musculoskeletal flexibility.',
      },
    })
    const page = await logIn(staff.editor.email)
    // The sign-in view moves to /admin before the dashboard has drawn: wait for it.
    await page.getByText('Techniques').first().waitFor({ timeout: 30_000 })

    await page.goto(`${server.url}/admin/collections/techniques/${technique.id}`)
    await expect(page.locator('input[name="name"]').inputValue()).resolves.toBe(technique.name)
    const readingLevel = page.locator('.reading-level')
    await readingLevel.waitFor()
    await expect(readingLevel.textContent()).resolves.toMatch(/Grade \d+\.\d.*Harder than grade 8/)
    await page.screenshot({ path: path.join(screenshots, 'technique.png'), fullPage: true })
    await page.close()
  })

  it("fills a new program's routines from the condition a clinician picks", async () => {
    const technique = await payload.create({
      collection: 'techniques',
      data: { ...contentData('techniques'), _status: 'published' },
    })
    const routine = await payload.create({
      collection: 'routines',
      data: { ...contentData('routines', technique.id), _status: 'published' },
    })
    const condition = await payload.create({
      collection: 'conditions',
      data: {
        ...contentData('conditions'),
        _status: 'published',
        recommendedRoutines: [routine.id],
      },
    })
    const page = await logIn(staff.clinician.email)
    await page.goto(`${server.url}/admin/collections/programs/create`)
    await page.locator('#field-conditions .rs__control').click()
    await page.keyboard.type(condition.name)
    await page.locator('.rs__option', { hasText: condition.name }).click()
    await expect(
      page.locator('#field-routines', { hasText: routine.name }).waitFor({ timeout: 30_000 }),
    ).resolves.toBeUndefined()
    await page.screenshot({ path: path.join(screenshots, 'new-program.png'), fullPage: true })
    await page.close()
  })

  it('previews and downloads a program handout from the program view', async () => {
    const technique = await payload.create({
      collection: 'techniques',
      data: { ...contentData('techniques'), _status: 'published' },
    })
    const patient = await payload.create({
      collection: 'patients',
      data: relyingOnDefaults<'patients'>({
        name: 'Preview Patient',
        clinician: staff.clinician.id,
      }),
    })
    const program = await payload.create({
      collection: 'programs',
      data: relyingOnDefaults<'programs'>({
        patient: patient.id,
        items: [{ technique: technique.id, note: 'Slow and gentle.' }],
      }),
    })
    const page = await logIn(staff.clinician.email)
    await page.goto(`${server.url}/admin/collections/programs/${program.id}`)
    await page.getByRole('button', { name: 'Preview PDF' }).click()
    const frame = page.locator('iframe.handout-preview__frame')
    await frame.waitFor()
    const source = await frame.getAttribute('src')
    const preview = await page.request.get(`${server.url}${source}`)
    expect(preview.status()).toBe(200)
    expect(preview.headers()['content-type']).toBe('application/pdf')
    await page.screenshot({ path: path.join(screenshots, 'program-preview.png') })
    await page.getByRole('button', { name: 'Close' }).click()
    const download = await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href')
    const file = await page.request.get(`${server.url}${download}`)
    expect(file.headers()['content-disposition']).toMatch(/^attachment; filename=".+\.pdf"/)
    expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-')
    await page.close()
  })

  it('emails a program to its patient from the program view, and shows when it is out of date', async () => {
    const technique = await payload.create({
      collection: 'techniques',
      data: { ...contentData('techniques'), _status: 'published' },
    })
    const { patient, program } = await createEmailableProgram(payload, staff.clinician)
    await payload.update({
      collection: 'programs',
      id: program.id,
      data: { items: [{ technique: technique.id }] },
    })
    const page = await logIn(staff.clinician.email)
    await page.goto(`${server.url}/admin/collections/programs/${program.id}`)
    const panel = page.locator('.delivery-panel')
    await panel.getByText('Not emailed yet.').waitFor()
    await panel.getByRole('button', { name: 'Email to patient' }).click()
    await panel.getByText('Queued: the program will be emailed').waitFor()
    await panel.getByText(`to ${patient.email}`).waitFor({ timeout: 60_000 })
    await expect(panel.getByRole('button', { name: 'Up to date' }).isDisabled()).resolves.toBe(true)
    const mails = smtp.received.filter((mail) => JSON.stringify(mail.to).includes(patient.email!))
    expect(mails).toHaveLength(1)
    expect(mails[0].text).toContain(technique.name)
    await page.screenshot({ path: path.join(screenshots, 'program-sent.png') })

    await payload.update({
      collection: 'programs',
      id: program.id,
      data: { items: [{ technique: technique.id, note: 'Twice a day now.' }] },
    })
    await page.reload()
    await panel.getByText('The program has changed since').waitFor()
    await panel.getByRole('button', { name: 'Send the update' }).click()
    await panel.getByRole('button', { name: 'Up to date' }).waitFor({ timeout: 60_000 })
    expect(
      smtp.received.filter((mail) => JSON.stringify(mail.to).includes(patient.email!)),
    ).toHaveLength(2)

    await panel.getByRole('link', { name: 'Delivery record' }).click()
    await page.getByText('PDF SHA-256').waitFor()
    await page.waitForLoadState('networkidle')
    await page.screenshot({ path: path.join(screenshots, 'delivery.png'), fullPage: true })
    await expect(
      page.locator('input[name="status"], #field-status').first().isVisible(),
    ).resolves.toBe(true)
    await page.close()
  })

  it('serves the REST API over HTTP with the same access rules', async () => {
    const anonymous = await fetch(`${server.url}/api/patients`)
    expect(anonymous.status).toBe(403)
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: staff.clinician.email, password: PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    const list = await fetch(`${server.url}/api/patients`, {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(list.status).toBe(200)
  })
})
