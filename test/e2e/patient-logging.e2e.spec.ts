import { mkdirSync } from 'node:fs'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { seed } from '../../seeds/seed'
import { dataDir } from '../../src/paths'
import { describeInBrowser, launchChromium } from '../helpers/browser'
import { createEmailableProgram, pause } from '../helpers/delivery'
import { createStaff, type Staff } from '../helpers/fixtures'
import { api, logIn } from '../helpers/http'
import { startNextServer } from '../helpers/nextServer'
import { startPayload, stopPayload } from '../helpers/payload'
import { programLinkIn } from '../helpers/patientPage'
import { startSmtpServer, type SmtpServer } from '../helpers/smtpServer'

const describeIfBrowser = describeInBrowser('patient logging browser test')
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

describeIfBrowser("logging a session on the patient's page in a browser", () => {
  let payload: Payload
  let staff: Staff
  let server: Awaited<ReturnType<typeof startNextServer>>
  let browser: Browser
  let smtp: SmtpServer
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

  /** A program sent to a new patient: its emailed link and its id. */
  const sentLink = async () => {
    const backPain = (
      await payload.find({
        collection: 'conditions',
        where: { slug: { equals: 'lower-back-pain' } },
      })
    ).docs[0]
    const { patient, program } = await createEmailableProgram(payload, staff.clinician, {
      conditions: [backPain.id],
    })
    const clinician = await logIn(server.url, staff.clinician.email)
    expect((await api(server.url, clinician, 'POST', `/programs/${program.id}/send`)).status).toBe(
      202,
    )
    return { link: programLinkIn(await mailTo(patient.email!)), programId: program.id }
  }

  const logsOf = async (programId: number) =>
    (
      await payload.find({
        collection: 'session-logs',
        where: { program: { equals: programId } },
        depth: 0,
        pagination: false,
      })
    ).docs

  /** axe runs in the page: in a page without JavaScript there is nothing to check with (none). */
  const axeViolations = async (page: Page, javaScriptEnabled = true) =>
    javaScriptEnabled
      ? (await new AxeBuilder({ page }).withTags(WCAG_AA).analyze()).violations.map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
        )
      : []

  const openPhone = async (javaScriptEnabled: boolean) => {
    const context: BrowserContext = await browser.newContext({
      viewport: { width: 360, height: 800 },
      javaScriptEnabled,
    })
    const page = await context.newPage()
    const reloads: string[] = []
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) {
        reloads.push(frame.url())
      }
    })
    // Script errors and CSP refusals (a missing favicon is not the page's).
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on(
      'console',
      (message) =>
        message.type() === 'error' &&
        !message.text().startsWith('Failed to load resource') &&
        errors.push(message.text()),
    )
    return { context, page, reloads, errors }
  }

  beforeAll(async () => {
    payload = await startPayload()
    await seed(payload)
    staff = await createStaff(payload)
    smtp = await startSmtpServer()
    server = await startNextServer((url) => ({
      SERVER_URL: url,
      SMTP_URL: smtp.url,
      JOBS_AUTORUN: 'true',
      PATIENT_LINK_LOOKUPS_PER_MINUTE: '100000',
    }))
    browser = await launchChromium()
    mkdirSync(screenshots, { recursive: true })
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    await smtp?.stop()
    await stopPayload(payload)
  })

  /** Logs the first routine with pain 8 and a note, undoes it and logs it again. */
  const logUndoLog = async (
    page: Page,
    programId: number,
    name: string,
    javaScriptEnabled: boolean,
  ) => {
    const card = page.locator('.log-card').first()
    await card.getByText('Not done yet today').waitFor()
    await card.locator('label.pain-choice', { hasText: /^8$/ }).click()
    await card.getByLabel('Note for your clinician (optional)').fill('Stiff after sitting all day')
    await page.screenshot({
      path: path.join(screenshots, `patient-logging-${name}-before.png`),
      fullPage: true,
    })
    await card.getByRole('button', { name: 'Done', exact: true }).click()
    const done = page.locator('.log-card').first()
    await done.getByText('Done today, pain 8 of 10').waitFor()
    expect(await done.getByLabel('Note for your clinician (optional)').inputValue()).toBe(
      'Stiff after sitting all day',
    )
    expect(await logsOf(programId)).toMatchObject([
      { pain: 8, comment: 'Stiff after sitting all day' },
    ])
    await page
      .locator('.week-summary')
      .getByText(/^1 of \d+ sessions? this week/)
      .waitFor()
    await done.screenshot({ path: path.join(screenshots, `patient-logging-${name}-done.png`) })
    expect(await axeViolations(page, javaScriptEnabled)).toEqual([])

    await done.getByRole('button', { name: 'Undo' }).click()
    await page.locator('.log-card').first().getByText('Not done yet today').waitFor()
    expect(await logsOf(programId)).toEqual([])
    await page
      .locator('.week-summary')
      .getByText(/^0 of \d+ sessions? this week/)
      .waitFor()

    const again = page.locator('.log-card').first()
    await again.locator('label.pain-choice', { hasText: /^8$/ }).click()
    await again.getByLabel('Note for your clinician (optional)').fill('Stiff after sitting all day')
    await again.getByRole('button', { name: 'Done', exact: true }).click()
    await page.locator('.log-card').first().getByText('Done today, pain 8 of 10').waitFor()
    expect(await logsOf(programId)).toHaveLength(1)
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(scrollWidth).toBeLessThanOrEqual(360)
    expect(await axeViolations(page, javaScriptEnabled)).toEqual([])
  }

  it('at 360 px with JavaScript: logs pain 8 and a note, undoes it and logs it again, without a reload', async () => {
    const { link, programId } = await sentLink()
    const { context, page, reloads, errors } = await openPhone(true)
    await page.goto(link)
    expect(await axeViolations(page)).toEqual([])
    const loaded = reloads.length
    await logUndoLog(page, programId, 'script', true)
    // Every save was answered in place: the page never loaded again.
    expect(reloads.length).toBe(loaded)
    await page
      .locator('#page-status')
      .getByText(/^Saved: .+, done today\.$/)
      .waitFor({ state: 'attached' })
    expect(errors).toEqual([])
    await page.screenshot({
      path: path.join(screenshots, 'patient-logging-script-360.png'),
      fullPage: true,
    })
    await context.close()
  }, 300_000)

  it('at 360 px without JavaScript: the same with plain form posts, each coming back to the page', async () => {
    const { link, programId } = await sentLink()
    const { context, page, reloads } = await openPhone(false)
    await page.goto(link)
    const loaded = reloads.length
    await logUndoLog(page, programId, 'no-script', false)
    // Each of the three saves came back to the page (a 303 to it, at the routine's card).
    expect(reloads.length).toBeGreaterThanOrEqual(loaded + 3)
    expect(page.url()).toMatch(/#routine-\d+$/)
    await context.close()
  }, 300_000)

  it('saves reminders with and without JavaScript, and looks right at desktop width', async () => {
    const { link } = await sentLink()
    for (const javaScriptEnabled of [true, false]) {
      const { context, page } = await openPhone(javaScriptEnabled)
      await page.goto(link)
      const reminders = page.locator('#reminders')
      await reminders.locator('label.choice', { hasText: /^On$/ }).click()
      await reminders.getByLabel('Time of day').fill(javaScriptEnabled ? '07:30' : '19:15')
      await reminders.locator('label.choice.day', { hasText: 'Sunday' }).click()
      await reminders.getByRole('button', { name: 'Save reminders' }).click()
      await page
        .locator('#reminders-now')
        .getByText(
          `Email reminders are on, at ${javaScriptEnabled ? '07:30' : '19:15'}, except on ${javaScriptEnabled ? 'Sunday' : 'Sunday'}.`,
        )
        .waitFor()
      expect(await axeViolations(page, javaScriptEnabled)).toEqual([])
      await context.close()
      if (javaScriptEnabled) {
        // The second round starts from the saved choice: untick Sunday so it stays ticked once.
        const { context: reset, page: resetPage } = await openPhone(true)
        await resetPage.goto(link)
        await resetPage.locator('#reminders label.choice.day', { hasText: 'Sunday' }).click()
        await resetPage
          .locator('#reminders')
          .getByRole('button', { name: 'Save reminders' })
          .click()
        await resetPage
          .locator('#reminders-now')
          .getByText('Email reminders are on, at 07:30.')
          .waitFor()
        await reset.close()
      }
    }
    const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await desktop.newPage()
    await page.goto(link)
    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({
      path: path.join(screenshots, 'patient-logging-1280.png'),
      fullPage: true,
    })
    await desktop.close()
  }, 300_000)
})
