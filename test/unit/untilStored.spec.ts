import { describe, expect, it } from '@jest/globals'

import { untilStored } from '../../src/delivery/untilStored'

describe('untilStored: a write counts once a fresh read finds it', () => {
  it('writes again when the write returned but was not kept (a COMMIT lost with its connection)', async () => {
    let kept = false
    let writes = 0
    await untilStored(
      async () => {
        writes += 1
        kept = writes >= 2
      },
      async () => kept,
    )
    expect(writes).toBe(2)
    expect(kept).toBe(true)
  })

  it('writes again after a write that failed, and stops at the first one kept', async () => {
    let writes = 0
    await untilStored(
      async () => {
        writes += 1
        if (writes === 1) {
          throw new Error('Connection terminated unexpectedly')
        }
      },
      async () => writes >= 2,
    )
    expect(writes).toBe(2)
  })

  it('gives up with the last failure after its tries', async () => {
    await expect(
      untilStored(
        async () => {},
        async () => false,
        2,
      ),
    ).rejects.toThrow('a fresh read does not find it stored')
  })
})
