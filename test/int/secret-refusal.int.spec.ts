import { randomBytes } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import pg from 'pg'

import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../src/db/embedded'
import { DEVELOPMENT_SECRET } from '../../src/secret'
import { resolveSecret } from '../../src/secretRules'
import { hasBuild, startNextServer } from '../helpers/nextServer'
import { startScript } from '../helpers/script'

/**
 * A process on a PostgreSQL database refuses to start without a real secret. The commands run
 * against an empty database of their own, which they would otherwise fill (push the schema,
 * seed the library): it must stay empty. Without EMBEDDED_DATABASE the commands take
 * DATABASE_URL for a PostgreSQL server, as production does.
 */
let empty: EmbeddedDatabase

const tablesIn = async (url: string) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ count: string }>(
      "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'",
    )
    return Number(rows[0].count)
  } finally {
    await client.end()
  }
}

/** Runs a command as on a PostgreSQL server, with the given secret (undefined: none). */
const run = async (
  script: string,
  args: string[],
  secret: string | undefined,
  env: Record<string, string | undefined> = {},
) => {
  const child = startScript(script, args, {
    DATABASE_URL: empty.url,
    EMBEDDED_DATABASE: undefined,
    DATABASE_PUSH: undefined,
    PAYLOAD_SECRET: secret,
    ...env,
  })
  const code = await child.exited
  return { code, output: child.output() }
}

const expectRefusal = (
  { code, output }: { code: number | null; output: string },
  { plain = true } = {},
) => {
  expect(code).not.toBe(0)
  expect(output).toContain('PAYLOAD_SECRET')
  expect(output).toContain('openssl rand -base64 32')
  expect(output).not.toMatch(/created|Delivery worker started/)
  if (plain) {
    // Our commands say it plainly, not as a crash (Payload's own CLI prints it its way).
    expect(output).not.toMatch(/\n\s+at |triggerUncaughtException/)
  }
}

beforeAll(async () => {
  empty = await startEmbeddedDatabase({ memory: true, port: 0 })
}, 60_000)
afterAll(async () => {
  await empty?.stop()
})

describe('a process on PostgreSQL without a real secret', () => {
  it.each([
    ['no secret', 'development', undefined],
    ['the old docker-compose default', 'production', 'change-me-in-production'],
  ])(
    'npm run seed refuses %s (NODE_ENV=%s), says how to make one, and touches no table',
    async (_, nodeEnv, secret) => {
      expectRefusal(await run('src/cli/seed.ts', [], secret, { NODE_ENV: nodeEnv }))
      expect(await tablesIn(empty.url)).toBe(0)
    },
  )

  it.each([
    ['a short secret', 'short-but-set'],
    ['a known default', 'changeme'],
    ['the development secret', DEVELOPMENT_SECRET],
    ['a long but repetitive one', 'a'.repeat(40)],
  ])('the same rule refuses %s for every process', (_, secret) => {
    const env = { DATABASE_URL: empty.url, PAYLOAD_SECRET: secret }
    expect(() => resolveSecret({ ...env, NODE_ENV: 'production' })).toThrow(/openssl rand/)
    expect(() => resolveSecret({ ...env, NODE_ENV: 'development' })).toThrow(/openssl rand/)
  })

  it('accepts 32+ random characters, and needs none to build', () => {
    const strong = randomBytes(32).toString('base64')
    expect(resolveSecret({ DATABASE_URL: empty.url, PAYLOAD_SECRET: strong })).toBe(strong)
    expect(
      resolveSecret({ DATABASE_URL: empty.url, NEXT_PHASE: 'phase-production-build' }),
    ).toBeTruthy()
  })

  it('refuses whatever NODE_ENV says: the jobs worker in production, payload migrate in test', async () => {
    expectRefusal(
      await run('src/cli/jobs.ts', ['--until-idle'], undefined, { NODE_ENV: 'production' }),
    )
    expectRefusal(
      await run('node_modules/payload/bin.js', ['migrate'], 'secret', { NODE_ENV: 'test' }),
      { plain: false },
    )
    expect(await tablesIn(empty.url)).toBe(0)
  })

  it('the built web server stops before it listens', async () => {
    if (!hasBuild()) {
      console.warn('No build (npm run build): the web server case is not checked.')
      return
    }
    await expect(
      startNextServer({
        DATABASE_URL: empty.url,
        EMBEDDED_DATABASE: '',
        PAYLOAD_SECRET: 'change-me-in-production',
      }),
    ).rejects.toThrow(/PAYLOAD_SECRET is a published default[\s\S]*openssl rand -base64 32/)
    expect(await tablesIn(empty.url)).toBe(0)
  })

  it('the development secret still serves the embedded database', async () => {
    const { code, output } = await run('src/cli/jobs.ts', ['--until-idle'], undefined, {
      EMBEDDED_DATABASE: '1',
    })
    expect(output).toContain('Delivery worker stopped.')
    expect(code).toBe(0)
  })
})
