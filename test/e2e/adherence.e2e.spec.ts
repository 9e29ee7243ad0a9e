import { mkdirSync } from 'node:fs'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'

import { evaluateAlerts } from '../../src/adherence'
import { addDays, daysFrom, localDay, weekdayOf } from '../../src/adherence/days'
import { dataDir } from '../../src/paths'
import type { Program } from '../../src/payload-types'
import { describeInBrowser, launchChromium } from '../helpers/browser'
import { useSeededClinic } from '../helpers/clinicSettings'
import { createEmailableProgram } from '../helpers/delivery'
import { createStaff, PASSWORD, uniqueName, type Staff } from '../helpers/fixtures'
import { contentData } from '../helpers/library'
import { startNextServer } from '../helpers/nextServer'
import { startPayload, stopPayload } from '../helpers/payload'

const describeIfBrowser = describeInBrowser('adherence browser test')
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** WCAG A/AA violations inside `selector` (Payload's own admin around it is not ours to judge). */
const axeViolations = async (page: Page, selector: string) =>
  (await new AxeBuilder({ page }).include(selector).withTags(WCAG_AA).analyze()).violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
  )

describeIfBrowser("the clinician's adherence panel and dashboard in a browser", () => {
  let payload: Payload
  let staff: Staff
  let server: Awaited<ReturnType<typeof startNextServer>>
  let browser: Browser
  let program: Program
  const screenshots = path.join(dataDir, 'screenshots')

  beforeAll(async () => {
    payload = await startPayload()
    staff = await createStaff(payload)
    await useSeededClinic(payload)
    await payload.updateGlobal({ slug: 'clinic-settings', data: { timeZone: 'Europe/London' } })
    const technique = await payload.create({
      collection: 'techniques',
      data: { ...contentData('techniques'), _status: 'published' },
    })
    const routines = await Promise.all(
      ['Morning release', 'Evening wind-down'].map((name) =>
        payload.create({
          collection: 'routines',
          data: {
            ...contentData('routines', technique.id),
            name: uniqueName(name),
            _status: 'published',
          },
        }),
      ),
    )
    const today = localDay(new Date(), 'Europe/London')
    const created = await createEmailableProgram(payload, staff.clinician)
    program = await payload.update({
      collection: 'programs',
      id: created.program.id,
      depth: 0,
      data: {
        title: 'Lower back home program',
        routines: routines.map((routine) => routine.id),
        practiceDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
        status: 'active',
        startDate: `${addDays(today, -34)}T12:00:00.000Z`,
        reviewDate: `${addDays(today, 3)}T12:00:00.000Z`,
      },
    })
    // A month of sessions: steady at first, fewer and more painful in the last week.
    const days = daysFrom(addDays(today, -34), addDays(today, -1))
    for (const [index, day] of days.entries()) {
      const lastWeek = index >= days.length - 7
      for (const [order, routine] of routines.entries()) {
        const commented = index === days.length - 2 && order === 0
        const skipped =
          weekdayOf(day) === 'sun' ||
          (lastWeek && (index + order) % 3 !== 0) ||
          (!lastWeek && (index * 7 + order) % 9 === 0)
        if (skipped && !commented) {
          continue
        }
        await payload.create({
          collection: 'session-logs',
          data: {
            program: program.id,
            patient: created.patient.id,
            routine: routine.id,
            day,
            pain: lastWeek ? 5 + (index % 4) : 2 + ((index + order) % 3),
            comment: commented
              ? 'Sharp pain when bending; stopped after 5 minutes.'
              : index === 10 && order === 1
                ? 'Much looser this evening.'
                : undefined,
            loggedAt: `${day}T18:00:00.000Z`,
          },
        })
      }
    }
    await evaluateAlerts(payload, program.id, new Date())
    server = await startNextServer()
    browser = await launchChromium()
    mkdirSync(screenshots, { recursive: true })
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    await stopPayload(payload)
  })

  const logIn = async (email: string, theme: 'light' | 'dark') => {
    const context = await browser.newContext({
      viewport: { width: 1400, height: 1000 },
      colorScheme: theme,
    })
    await context.addCookies([{ name: 'payload-theme', value: theme, url: server.url }])
    const page = await context.newPage()
    await page.goto(`${server.url}/admin/login`)
    await page.fill('input[name="email"]', email)
    await page.fill('input[name="password"]', PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL(`${server.url}/admin`, { timeout: 60_000 })
    return page
  }

  const shoot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true })

  it.each(['light', 'dark'] as const)(
    'shows the clinician their alerts first and the program’s adherence panel (%s theme)',
    async (theme) => {
      const page = await logIn(staff.clinician.email, theme)
      const dashboard = page.locator('.clinic-dashboard')
      await dashboard.waitFor({ timeout: 30_000 })
      await expect(
        dashboard.getByRole('heading', { name: /Needs attention/ }).count(),
      ).resolves.toBe(1)
      await expect(dashboard.textContent()).resolves.toContain('Lower back home program')
      await expect(dashboard.textContent()).resolves.toMatch(/Urgent/)
      await expect(dashboard.textContent()).resolves.toContain('Due for review')
      await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe(theme)
      await shoot(page, `dashboard-${theme}`)
      await expect(axeViolations(page, '.clinic-dashboard')).resolves.toEqual([])

      await page.goto(`${server.url}/admin/collections/programs/${program.id}`)
      const panel = page.locator('.adherence-panel')
      await panel.waitFor({ timeout: 30_000 })
      await expect(panel.textContent()).resolves.toMatch(/Last 7 days\d+%/)
      await expect(panel.textContent()).resolves.toContain('Sharp pain when bending')
      await expect(panel.locator('svg[role="img"]').count()).resolves.toBe(2)
      await panel.scrollIntoViewIfNeeded()
      await panel.screenshot({ path: path.join(screenshots, `adherence-panel-${theme}.png`) })
      await expect(axeViolations(page, '.adherence-panel')).resolves.toEqual([])
      await page.context().close()
    },
  )

  it('marks an alert seen from the dashboard, shows admins the thresholds, and editors none of it', async () => {
    const page = await logIn(staff.clinician.email, 'light')
    const rows = page.locator('.clinic-dashboard [data-alert]')
    await rows.first().waitFor({ timeout: 30_000 })
    const before = await rows.count()
    await rows.first().getByRole('button', { name: 'Mark seen' }).click()
    await page.waitForFunction(
      (count) => document.querySelectorAll('.clinic-dashboard [data-alert]').length === count,
      before - 1,
      { timeout: 15_000 },
    )
    await page.context().close()

    const admin = await logIn(staff.admin.email, 'light')
    await admin.goto(`${server.url}/admin/globals/clinic-settings`)
    await admin
      .locator('.collapsible', { hasText: 'Adherence alerts' })
      .locator('.collapsible__toggle')
      .first()
      .click()
    const urgentAt = admin.locator('input[name="adherenceAlerts.painUrgentAt"]')
    await urgentAt.waitFor({ timeout: 30_000 })
    await expect(urgentAt.inputValue()).resolves.toBe('7')
    await expect(
      admin.locator('input[name="adherenceAlerts.adherenceDropPoints"]').inputValue(),
    ).resolves.toBe('20')
    await shoot(admin, 'clinic-settings-alerts')
    await admin.context().close()

    const editor = await logIn(staff.editor.email, 'light')
    await editor.getByText('Techniques').first().waitFor({ timeout: 30_000 })
    await expect(editor.locator('.clinic-dashboard').count()).resolves.toBe(0)
    await editor.context().close()
  })
})
