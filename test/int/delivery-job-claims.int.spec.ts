import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { claimDueJobs, type ClaimedJob } from '../../src/delivery/claimDueJobs'
import { sendDeliveryTaskSlug } from '../../src/delivery/settings'
import { startPayload, stopPayload } from '../helpers/payload'

let payload: Payload
// A queue of its own: other suites' delivery jobs share the database.
const queue = `claims-${process.pid}-${Date.now()}`

const queueJobs = (count: number, waitUntil?: Date) =>
  Promise.all(
    Array.from({ length: count }, (_, i) =>
      payload.jobs.queue({
        task: sendDeliveryTaskSlug,
        queue,
        input: { delivery: -(i + 1) },
        waitUntil,
      }),
    ),
  )

const ids = (jobs: ClaimedJob[]) => jobs.map((job) => job.id)

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await payload.delete({ collection: 'payload-jobs', where: { queue: { equals: queue } } })
  await stopPayload(payload)
})

describe('delivery workers claiming jobs', () => {
  it('gives each due job to one worker only when workers poll at the same moment', async () => {
    const jobs = await queueJobs(10)
    await queueJobs(2, new Date(Date.now() + 60 * 60_000))

    const [first, second] = await Promise.all([
      claimDueJobs(payload, queue, 6).then(ids),
      claimDueJobs(payload, queue, 6).then(ids),
    ])

    expect(first.filter((id) => second.includes(id))).toEqual([])
    expect([...first, ...second].sort((a, b) => a - b)).toEqual(
      jobs.map((job) => job.id).sort((a, b) => a - b),
    )
    expect(await claimDueJobs(payload, queue, 6)).toEqual([])
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { queue: { equals: queue } },
      limit: 20,
    })
    expect(docs.filter((job) => job.processing)).toHaveLength(10)
  })
})
