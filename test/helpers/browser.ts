import { existsSync } from 'node:fs'

import { describe } from '@jest/globals'
import { chromium } from 'playwright-core'

import { hasBuild } from './nextServer'

const CHROMIUM = '/usr/bin/chromium'

/**
 * `describe` when Debian's chromium and a build of the app are here, else `describe.skip` with
 * the reason printed; with `REQUIRE_BROWSER` set (as `.ci/run` sets it) a missing one fails.
 */
export const describeInBrowser = (suite: string) => {
  if (existsSync(CHROMIUM) && hasBuild()) {
    return describe
  }
  const why = existsSync(CHROMIUM)
    ? 'no build: run npm run build'
    : 'Debian chromium is not installed'
  if (process.env.REQUIRE_BROWSER) {
    throw new Error(`The ${suite} cannot run (${why}).`)
  }
  console.warn(`Skipping the ${suite}: ${why}.`)
  return describe.skip
}

/** Headless Debian chromium, kept off the network this machine cannot reach. */
export const launchChromium = () =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
