import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { startPayload, stopPayload } from '../helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await stopPayload(payload)
})

describe('smoke', () => {
  it('creates a condition', async () => {
    const c = await payload.create({
      collection: 'conditions',
      data: { name: 'Test condition', summary: 'A short summary. It is easy.', redFlags: [{ text: 'Fever' }] },
    })
    expect(c.slug).toBe('test-condition')
    expect(c.readingLevel).not.toBeNull()
  })
})
