import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'

import { startScript } from '../helpers/script'

let dataDir: string
const started: Array<ReturnType<typeof startScript>> = []

/** A process of the project on the embedded database in `dataDir`, as on a machine without DATABASE_URL. */
const start = (script: string, args: string[] = []) => {
  const process = startScript(script, args, {
    DATA_DIR: dataDir,
    EMBEDDED_DB_PORT: '0',
    DATABASE_URL: undefined,
    EMBEDDED_DATABASE: undefined,
  })
  started.push(process)
  return process
}
const startHolder = async (mode: 'serve' | 'lock-only') => {
  const holder = start('test/helpers/embeddedHolder.ts', [mode])
  await holder.printed(mode === 'serve' ? 'serving' : 'holding')
  const { pid } = JSON.parse(await readFile(path.join(dataDir, 'pglite.port'), 'utf8')) as {
    pid: number
  }
  return { ...holder, pid }
}
const open = async () => {
  const opener = start('test/helpers/openEmbeddedDatabase.ts')
  return { code: await opener.exited, output: opener.output() }
}

// One folder for the file: creating a PGlite database takes seconds, reopening it much less.
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'embedded-lock-'))
})
afterEach(async () => {
  await Promise.all(started.splice(0).map((process) => process.kill()))
})
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true })
})

describe('the embedded database folder', () => {
  it('is opened by one process; a second one finds its port in the data folder and uses its database', async () => {
    const holder = await startHolder('serve')

    const { code, output } = await open()

    expect(output).toMatch(
      new RegExp(
        `Database: embedded PGlite served by process ${holder.pid} \\(.*embeddedHolder\\.ts serve\\)`,
      ),
    )
    expect(output).toContain(`Note: written by process ${holder.pid}`)
    expect(code).toBe(0)
  })

  it('stops a second process at once, naming the holder, when the holder serves no connection', async () => {
    const holder = await startHolder('lock-only')

    // Both are refused while the holder holds the folder: they are started together.
    const handout = start('src/cli/handout.ts', ['--technique', 'effleurage'])
    const { code, output } = await open()

    const message = new RegExp(
      `The embedded database in .*pglite is open in process ${holder.pid} \\(.*embeddedHolder\\.ts lock-only\\), open since \\d{4}-\\d\\d-\\d\\dT[\\d:]+Z, which serves no connection`,
    )
    expect(output).toMatch(message)
    expect(output).not.toMatch(/\n\s+at /)
    expect(code).toBe(1)
    expect(await handout.exited).toBe(1)
    expect(handout.output()).toMatch(message)
  })

  it('is opened again by the next process after its holder was killed', async () => {
    const holder = await startHolder('serve')
    await holder.kill()
    expect(existsSync(path.join(dataDir, 'pglite.lock'))).toBe(true)

    const { code, output } = await open()

    expect(output).toMatch(/Database: embedded PGlite in .*pglite/)
    expect(code).toBe(0)
    expect(existsSync(path.join(dataDir, 'pglite.lock'))).toBe(false)
    expect(existsSync(path.join(dataDir, 'pglite.port'))).toBe(false)
  })
})
