import type { Payload } from 'payload'

import { getPayload } from 'payload'

import config from '../src/payload.config'
import { shutdownPayload } from '../src/db/shutdown'
import { copyOf } from './copyOf'
import { hostileRequests, type HostileRequest, type Role } from './hostileRequests'
import { growLibrary, prepareFuzz } from './prepare'
import { sendAll, type Outcome } from './sendAll'
import { differences, takeSnapshot } from './snapshot'
import { stallRequests } from './stallRequests'
import { startSteadyClient, type Latencies } from './steadyClient'

export type FuzzOptions = {
  baseUrl: string
  databaseUrl: string
  count: number
  seed: number
  concurrency: number
  seconds: number
  /** Seconds of steady traffic alone first; 0 skips measuring waits (the test suite's way). */
  baselineSeconds: number
  library?: { techniques: number; routines: number }
  /** An already running Payload on the same database (tests); otherwise one is started. */
  payload?: Payload
}

export type FuzzResult = {
  outcomes: Outcome[]
  planned: number
  steady?: { alone: Latencies; during: Latencies }
  changedRows: ReturnType<typeof differences>
  failed: boolean
}

const logIn = async (baseUrl: string, email: string, password: string) => {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) {
    throw new Error(`Could not log in as ${email}: ${response.status}`)
  }
  return ((await response.json()) as { token: string }).token
}

/** The stall kinds spread through the hostile requests, so they meet the steady client. */
const interleave = (requests: HostileRequest[], stalls: HostileRequest[]) => {
  const every = Math.max(1, Math.floor(requests.length / (stalls.length * 3)))
  const mixed: HostileRequest[] = []
  requests.forEach((request, index) => {
    if (index % every === 0) {
      mixed.push(stalls[(index / every) % stalls.length])
    }
    mixed.push(request)
  })
  return mixed
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export const fuzzServer = async (options: FuzzOptions): Promise<FuzzResult> => {
  const payload = options.payload ?? (await getPayload({ config }))
  try {
    if (options.library) {
      await growLibrary(payload, options.library)
    }
    const { staff, ids } = await prepareFuzz(payload)
    const tokens: Record<Role, string | undefined> = {
      anonymous: undefined,
      editor: await logIn(options.baseUrl, staff.editor, staff.password),
      clinician: await logIn(options.baseUrl, staff.clinician, staff.password),
    }
    // The steady client signs in on its own, so nothing the suite sends touches its session.
    const steadyToken = await logIn(options.baseUrl, staff.clinician, staff.password)
    const measuring = options.baselineSeconds > 0
    let alone: Latencies | undefined
    if (measuring) {
      const stop = startSteadyClient(options.baseUrl, steadyToken, ids.techniques)
      await sleep(options.baselineSeconds * 1000)
      alone = await stop()
    }

    const before = await takeSnapshot(options.databaseUrl)
    const copy = copyOf(
      await payload.findByID({ collection: 'techniques', id: ids.techniques, depth: 0 }),
    ) as Record<string, unknown>
    const target = await payload.create({
      collection: 'techniques',
      data: { ...copy, name: `Fuzz target ${Date.now()}` } as never,
      overrideAccess: true,
    })
    const requests = interleave(
      hostileRequests(payload.config, ids, { count: options.count, seed: options.seed }),
      stallRequests(target.id, ids.patients),
    )
    const stop = measuring
      ? startSteadyClient(options.baseUrl, steadyToken, ids.techniques)
      : undefined
    const outcomes = await sendAll(options.baseUrl, requests, tokens, {
      concurrency: options.concurrency,
      deadline: Date.now() + options.seconds * 1000,
    })
    const during = stop ? await stop() : undefined
    await payload.delete({ collection: 'techniques', id: target.id, overrideAccess: true })
    const changedRows = differences(before, await takeSnapshot(options.databaseUrl))

    const steady = alone && during ? { alone, during } : undefined
    const failed =
      outcomes.some(({ status, problem }) => status >= 500 || status === 0 || problem) ||
      changedRows.length > 0 ||
      outcomes.length < requests.length ||
      Boolean(
        steady &&
        (steady.during.p95 > 3 * Math.max(steady.alone.p95, 20) || steady.during.max > 2_000),
      )
    return { outcomes, planned: requests.length, steady, changedRows, failed }
  } finally {
    if (!options.payload) {
      await shutdownPayload(payload)
    }
  }
}
