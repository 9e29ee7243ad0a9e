import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { generate } from 'otplib'
import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'

import { dataDir } from '../../src/paths'
import { describeInBrowser, launchChromium } from '../helpers/browser'
import { createUser, PASSWORD } from '../helpers/fixtures'
import { startNextServer } from '../helpers/nextServer'
import { startPayload, stopPayload } from '../helpers/payload'
import type { User } from '../../src/payload-types'

const describeIfBrowser = describeInBrowser('staff sign-in browser test')

describeIfBrowser('two-factor sign-in in the admin', () => {
  let payload: Payload
  let server: Awaited<ReturnType<typeof startNextServer>>
  let browser: Browser
  let clinician: User
  const screenshots = path.join(dataDir, 'screenshots')

  beforeAll(async () => {
    payload = await startPayload()
    clinician = await createUser(payload, 'clinician', 'Dr Tilly Twofactor')
    server = await startNextServer()
    browser = await launchChromium()
    mkdirSync(screenshots, { recursive: true })
  }, 180_000)
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    await stopPayload(payload)
  })

  const signIn = async (page: Page) => {
    await page.goto(`${server.url}/admin/login`)
    await page.fill('input[name="email"]', clinician.email)
    await page.fill('input[name="password"]', PASSWORD)
    await page.click('button[type="submit"]')
  }

  it('is set up from the account screen, then sign-in asks for the code', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
    const page = await context.newPage()
    await signIn(page)
    await page.waitForURL(`${server.url}/admin`, { timeout: 60_000 })
    await page.goto(`${server.url}/admin/account`)
    const panel = page.locator('.two-factor')
    await panel.getByRole('button', { name: 'Set up two-factor sign-in' }).click()
    const secret = (await panel.locator('.two-factor__secret').textContent({ timeout: 30_000 }))!
    await expect(panel.locator('img[alt^="QR code"]').isVisible()).resolves.toBe(true)
    await panel.locator('input[name="two-factor-code"]').fill(await generate({ secret }))
    await panel.screenshot({ path: path.join(screenshots, 'two-factor-setup.png') })
    await panel.getByRole('button', { name: 'Confirm and turn on' }).click()
    await panel.locator('.two-factor__recovery-codes li').first().waitFor({ timeout: 30_000 })
    expect(await panel.locator('.two-factor__recovery-codes li').count()).toBe(10)
    await panel.screenshot({ path: path.join(screenshots, 'two-factor-recovery-codes.png') })
    await context.close()

    const later = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
    const again = await later.newPage()
    await signIn(again)
    const code = again.locator('input[name="totp"]')
    await code.waitFor({ timeout: 30_000 })
    await again.screenshot({ path: path.join(screenshots, 'sign-in-asks-for-code.png') })
    await code.fill(await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }))
    await again.click('button[type="submit"]')
    await again.waitForURL(`${server.url}/admin`, { timeout: 60_000 })
    await later.close()
  })

  it('refuses a weak password for a new staff member in the admin: the answer says why and the admin says the password is invalid', async () => {
    const admin = await createUser(payload, 'admin', 'Ada Browser')
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
    const page = await context.newPage()
    await page.goto(`${server.url}/admin/login`)
    await page.fill('input[name="email"]', admin.email)
    await page.fill('input[name="password"]', PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL(`${server.url}/admin`, { timeout: 60_000 })
    await page.goto(`${server.url}/admin/collections/users/create`, { waitUntil: 'networkidle' })
    await page.fill('input[name="email"]', 'wendy.new@clinic.test')
    await page.fill('input[name="password"]', 'password1234')
    await page.fill('input[name="confirm-password"]', 'password1234')
    await page.fill('input[name="name"]', 'Wendy Weak')
    const [saved] = await Promise.all([
      page.waitForResponse(
        (response) =>
          response.request().method() === 'POST' && /\/api\/users\?/.test(response.url()),
      ),
      page.click('#action-save'),
    ])
    expect(saved.status()).toBe(400)
    // The answer carries the reason and the admin says the password is invalid, staying on the
    // new staff member. (The reason beside the field, and its red mark, are cleared again by
    // Payload's next form-state refresh, which runs only its own password check: not asserted.)
    expect(JSON.stringify(await saved.json())).toMatch(/too easy to guess\. .*common/i)
    await page.getByText('The following field is invalid: password').waitFor({ timeout: 30_000 })
    expect(page.url()).toMatch(/\/admin\/collections\/users\/create$/)
    await page.screenshot({ path: path.join(screenshots, 'weak-password-refused.png') })
    await context.close()
  })

  it('takes someone who must set it up (STAFF_TWO_FACTOR=required) to their account first', async () => {
    const newcomer = await createUser(payload, 'editor', 'Eddie Newcomer')
    const required = await startNextServer({ STAFF_TWO_FACTOR: 'required' })
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
    try {
      const page = await context.newPage()
      await page.goto(`${required.url}/admin/login`)
      await page.fill('input[name="email"]', newcomer.email)
      await page.fill('input[name="password"]', PASSWORD)
      await page.click('button[type="submit"]')
      await page.waitForURL(`${required.url}/admin/account`, { timeout: 60_000 })
      const panel = page.locator('.two-factor')
      await panel.getByText('The clinic requires it').waitFor({ timeout: 30_000 })
      await page.screenshot({ path: path.join(screenshots, 'two-factor-required.png') })
      await page.goto(`${required.url}/admin/collections/techniques`)
      await page.waitForURL(`${required.url}/admin/account`, { timeout: 60_000 })
      await panel.getByRole('button', { name: 'Set up two-factor sign-in' }).click()
      const secret = (await panel.locator('.two-factor__secret').textContent({ timeout: 30_000 }))!
      await panel.locator('input[name="two-factor-code"]').fill(await generate({ secret }))
      await panel.getByRole('button', { name: 'Confirm and turn on' }).click()
      await panel.locator('.two-factor__recovery-codes li').first().waitFor({ timeout: 30_000 })
      await page.goto(`${required.url}/admin/collections/techniques`)
      await page.locator('.collection-list').waitFor({ timeout: 60_000 })
      expect(new URL(page.url()).pathname).toBe('/admin/collections/techniques')
    } finally {
      await context.close()
      await required.stop()
    }
  })
})
