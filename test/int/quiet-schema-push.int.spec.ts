import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { PostgresAdapter, postgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { SPINNER_FRAME, withoutSpinner, withQuietPush } from '../../src/db/quietSchemaPush'
import { startPayload, stopPayload } from '../helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await stopPayload(payload)
})

/** What `work` writes on standard output (kept from the terminal). */
const stdoutOf = async (work: () => Promise<unknown>) => {
  const written: string[] = []
  const write = process.stdout.write
  process.stdout.write = ((chunk: unknown) => {
    written.push(String(chunk))
    return true
  }) as typeof write
  try {
    await work()
  } finally {
    process.stdout.write = write
  }
  return written.join('')
}

/** drizzle-kit's own push of Payload's schema, as Payload's development push calls it. */
const push = async () => {
  const { pushSchema } = await import('drizzle-kit/api')
  const db = payload.db as unknown as PostgresAdapter
  const schema = db.schema as Parameters<typeof pushSchema>[0]
  return pushSchema(schema, db.drizzle as never, undefined, db.tablesFilter)
}

describe("the development schema push without drizzle-kit's spinner (src/db/quietSchemaPush)", () => {
  it('drizzle-kit still draws the frame the quiet push keeps out, while it reads the database', async () => {
    expect(await stdoutOf(push)).toContain(SPINNER_FRAME)
  })

  it('keeps every frame out, and lets other writes through', async () => {
    const written = await stdoutOf(() =>
      withoutSpinner(async () => {
        await push()
        process.stdout.write('schema pushed\n')
      }),
    )
    expect(written).not.toContain(SPINNER_FRAME)
    expect(written).toContain('schema pushed')
  })

  it('names what the adapter lacks when it no longer offers drizzle-kit where it is wrapped', () => {
    type AdapterResult = ReturnType<typeof postgresAdapter>
    const adapter = {
      name: 'postgres',
      defaultIDType: 'number',
      init: () => ({}),
    } as unknown as AdapterResult
    expect(() => withQuietPush(adapter).init({ payload } as never)).toThrow(
      /no longer has PostgresAdapter\.requireDrizzleKit \(a function\): src\/db\/quietSchemaPush\.ts needs updating/,
    )
  })
})
